import type { StressorId } from '../../../../shared/domain/stressors';

/**
 * A line colour per stressor for charts. Every chart is captioned with its stressor, so colour never carries
 * meaning alone.
 */
export const STRESSOR_COLOURS: Readonly<Record<StressorId, string>> = {
  'emotional-labor': '#b3261e',
  'role-conflict': '#7a4f00',
  'role-ambiguity': '#1f5fa8',
  'role-overload': '#6b3fa0',
  'service-climate': '#1e6b3a',
};
