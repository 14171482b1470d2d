/**
 * Shift check-ins: the form's zod schema, with everything in check-in-record.ts (what is stored, and how a
 * moment in time is placed in a shift), which code on the start-up path imports directly to avoid zod.
 */
import { z } from 'zod';
import type { StressorId } from './stressors';
import { CHECK_IN_MOMENTS, CHECK_IN_TAGS, NOTE_MAX_LENGTH } from './check-in-record';

export * from './check-in-record';

const ratingSchema = z.literal([1, 2, 3, 4, 5]);

/** zod schema for what the check-in form submits */
export const checkInInputSchema = z.strictObject({
  moment: z.enum(CHECK_IN_MOMENTS),
  ratings: z.strictObject({
    'emotional-labor': ratingSchema,
    'role-conflict': ratingSchema,
    'role-ambiguity': ratingSchema,
    'role-overload': ratingSchema,
    'service-climate': ratingSchema,
  } satisfies Record<StressorId, typeof ratingSchema>),
  energy: ratingSchema,
  tags: z
    .array(z.enum(CHECK_IN_TAGS))
    .max(CHECK_IN_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, { error: 'duplicate-tag' }),
  note: z.string().max(NOTE_MAX_LENGTH, { error: 'too-long' }).optional(),
});
/** What the check-in form submits, once parsed. */
export type CheckInInput = z.infer<typeof checkInInputSchema>;
