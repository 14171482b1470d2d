/**
 * Input rules for the organisation, its teams and its people.
 *
 * The zod schemas here are the single source of truth for what the setup and admin forms accept; the
 * repositories parse with them again, so nothing bypasses the rules by skipping the form.
 */
import { z } from 'zod';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from './idle-lock';
import { ROLES, requiresTeam } from './roles';

const name = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'too-long' }));

/** An organisation's display name. */
export const organisationNameSchema = name(80);
/** A team's name. */
export const teamNameSchema = name(60);
/** A person's display name as shown on the roster. */
export const personNameSchema = name(60);

/** What an admin enters for a person. */
export const personInputSchema = z
  .object({
    displayName: personNameSchema,
    role: z.enum(ROLES),
    teamId: z.string().min(1).nullable(),
  })
  .refine((person) => !requiresTeam(person.role) || person.teamId !== null, {
    path: ['teamId'],
    error: 'team-required',
  });
export type PersonInput = z.input<typeof personInputSchema>;

/** The workstation-wide idle-lock setting. */
export const idleLockMinutesSchema = z
  .number()
  .int({ error: 'whole-minutes' })
  .min(IDLE_LOCK_MIN_MINUTES, { error: 'too-short' })
  .max(IDLE_LOCK_MAX_MINUTES, { error: 'too-long' });
