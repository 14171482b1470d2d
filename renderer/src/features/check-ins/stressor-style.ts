import type { StressorId } from '../../../../shared/domain/stressors';

/**
 * A line colour per stressor for charts: the design token (ui/tokens.css) that holds it, with a light and a
 * dark value that each stand out from the chart's background. Every chart is captioned with its stressor,
 * so colour never carries meaning alone.
 */
export const STRESSOR_COLOURS: Readonly<Record<StressorId, string>> = {
  'emotional-labor': '--color-stressor-emotional-labor',
  'role-conflict': '--color-stressor-role-conflict',
  'role-ambiguity': '--color-stressor-role-ambiguity',
  'role-overload': '--color-stressor-role-overload',
  'service-climate': '--color-stressor-service-climate',
};
