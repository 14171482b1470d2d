/**
 * The stressor ids, apart from the content-pack schema so that code on the start-up path (the database
 * schema, rollups) can use them without loading zod.
 */

/** The five boundary-spanner stressors a module can help with (links check-ins to micro-lessons). */
export const STRESSORS = [
  'emotional-labor',
  'role-conflict',
  'role-ambiguity',
  'role-overload',
  'service-climate',
] as const;
export type Stressor = (typeof STRESSORS)[number];
