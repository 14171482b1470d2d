/**
 * Which training module to suggest when a stressor runs high at check-in.
 *
 * emotional labour → deep acting and recovery; role conflict → handling policy against the customer;
 * role ambiguity → asking for clarity and using standards; overload → peak-period tactics; service
 * climate → speaking up. The first module in each list that the person can see is suggested.
 */
import type { StressorId } from './stressors';

/** Modules to suggest per stressor, best first. */
export const MICRO_LESSONS: Readonly<Record<StressorId, readonly string[]>> = {
  'emotional-labor': ['boundary-spanners-and-stress', 'owning-mistakes-and-recovery'],
  'role-conflict': ['owning-mistakes-and-recovery', 'boundary-spanners-and-stress'],
  'role-ambiguity': ['service-ideology-and-values', 'guidelines-for-service-programmes'],
  'role-overload': [
    'guidelines-for-service-programmes',
    'shaping-a-service-job',
    'boundary-spanners-and-stress',
  ],
  'service-climate': ['boundary-spanners-and-stress', 'leading-a-service-team'],
};

/** The module to suggest for a stressor, given the module ids the person can take. */
export function suggestModule(stressor: StressorId, available: ReadonlySet<string>): string | null {
  return MICRO_LESSONS[stressor].find((moduleId) => available.has(moduleId)) ?? null;
}
