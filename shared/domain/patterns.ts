/**
 * Personal patterns: what a person's own check-in history shows them, and only them.
 *
 * The rules are deliberately cautious so a pattern is worth reflecting on rather than noise from a few
 * odd shifts: enough check-ins overall and on the weekday, and a clear gap from the person's own average.
 */
import type { CheckInRecord } from './check-in';
import { strainProfile } from './check-in';
import type { StressorId } from './stressors';
import { HIGH_STRAIN, STRESSOR_IDS } from './stressors';

/** Fewest check-ins on one weekday for a pattern on that weekday. */
export const PATTERN_MIN_WEEKDAY_CHECK_INS = 3;
/** Fewest check-ins overall before any pattern is looked for. */
export const PATTERN_MIN_CHECK_INS = 8;
/** How many strain points above the person's own mean a weekday must run. */
export const PATTERN_MIN_DIFFERENCE = 15;
/** Most patterns shown at once. */
export const PATTERN_MAX_SHOWN = 3;

/** Absorbs floating-point error so a gap of exactly 15 points counts. */
const TOLERANCE = 1e-9;

/** A stressor that runs higher for a person on one weekday than on their average shift. */
export interface PersonalPattern {
  readonly stressor: StressorId;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Mean strain (0–100) on that weekday. */
  readonly meanStrain: number;
  /** Mean strain (0–100) over all their check-ins. */
  readonly overallMean: number;
  /** Check-ins on that weekday. */
  readonly checkIns: number;
}

/**
 * Weekdays where a stressor runs clearly higher for this person, strongest first, at most 3.
 *
 * Needs ≥ 3 check-ins on that weekday, ≥ 8 check-ins overall, and a weekday mean at least 15 strain
 * points above their overall mean for that stressor.
 */
export function findPersonalPatterns(
  records: readonly Pick<CheckInRecord, 'weekday' | 'ratings'>[],
): PersonalPattern[] {
  if (records.length < PATTERN_MIN_CHECK_INS) return [];
  const profiles = records.map((record) => ({ weekday: record.weekday, strain: strainProfile(record) }));
  const patterns: PersonalPattern[] = [];
  for (const stressor of STRESSOR_IDS) {
    const overallMean = mean(profiles.map((profile) => profile.strain[stressor]));
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const onWeekday = profiles.filter((profile) => profile.weekday === weekday);
      if (onWeekday.length < PATTERN_MIN_WEEKDAY_CHECK_INS) continue;
      const meanStrain = mean(onWeekday.map((profile) => profile.strain[stressor]));
      if (meanStrain - overallMean + TOLERANCE >= PATTERN_MIN_DIFFERENCE) {
        patterns.push({ stressor, weekday, meanStrain, overallMean, checkIns: onWeekday.length });
      }
    }
  }
  // Array.prototype.sort is stable, so ties keep stressor order, then weekday order.
  return patterns
    .sort((a, b) => b.meanStrain - b.overallMean - (a.meanStrain - a.overallMean))
    .slice(0, PATTERN_MAX_SHOWN);
}

/** Stressors whose latest strain (from the most recent check-in) is ≥ HIGH_STRAIN, highest first. */
export function highStressors(latest: Pick<CheckInRecord, 'ratings'> | null): StressorId[] {
  if (latest === null) return [];
  const profile = strainProfile(latest);
  return STRESSOR_IDS.filter((stressor) => profile[stressor] >= HIGH_STRAIN).sort(
    (a, b) => profile[b] - profile[a],
  );
}

function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return values.length === 0 ? 0 : total / values.length;
}
