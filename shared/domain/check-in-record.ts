/**
 * Shift check-ins: what is stored, and how a moment in time is placed in a shift. The form's zod schema is
 * in check-in.ts (which re-exports all of this); code on the start-up path imports this file, without zod.
 *
 * A check-in rates the five stressors and the person's energy on a 1–5 scale, with optional tags and an
 * optional free-text note. The note is private: it is encrypted and stored apart from the record, and no
 * team figure ever uses it. Days, weekdays and shift periods are local time, as staff experience them.
 */
import type { Rating, StressorId } from './stressors';
import { mapStressors, strainScore } from './stressors';

/** When in the shift a check-in is made. */
export const CHECK_IN_MOMENTS = ['shift-start', 'shift-end'] as const;
/** When in the shift a check-in is made. */
export type CheckInMoment = (typeof CHECK_IN_MOMENTS)[number];

/** What a person can say shaped their shift. */
export const CHECK_IN_TAGS = [
  'peak-period',
  'difficult-customer',
  'system-issue',
  'short-staffed',
  'policy-change',
  'good-support',
] as const;
/** What a person can say shaped their shift. */
export type CheckInTag = (typeof CHECK_IN_TAGS)[number];

/** Longest private note, in characters. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * The parts of the day a check-in falls in, by local clock.
 *
 * early 05:00–10:59, day 11:00–16:59, late 17:00–22:59, night 23:00–04:59.
 */
export const SHIFT_PERIODS = ['early', 'day', 'late', 'night'] as const;
/** A part of the day (see `SHIFT_PERIODS`). */
export type ShiftPeriod = (typeof SHIFT_PERIODS)[number];

/** The stored, non-secret part of a check-in (the note is stored separately, encrypted). */
export interface CheckInRecord {
  readonly id: string;
  readonly personId: string;
  readonly teamId: string | null;
  readonly moment: CheckInMoment;
  readonly at: number;
  /** Local calendar day, YYYY-MM-DD. */
  readonly day: string;
  /** Local weekday, 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly period: ShiftPeriod;
  readonly ratings: Readonly<Record<StressorId, Rating>>;
  readonly energy: Rating;
  readonly tags: readonly CheckInTag[];
}

/** The shift period containing `time` (local clock). */
export function shiftPeriodAt(time: number): ShiftPeriod {
  const hour = new Date(time).getHours();
  if (hour >= 5 && hour < 11) return 'early';
  if (hour >= 11 && hour < 17) return 'day';
  if (hour >= 17 && hour < 23) return 'late';
  return 'night';
}

/** The local calendar day containing `time`, as YYYY-MM-DD. */
export function localDay(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The strain score (0–100) of each stressor in a check-in. */
export function strainProfile(record: Pick<CheckInRecord, 'ratings'>): Readonly<Record<StressorId, number>> {
  return mapStressors((stressor) => strainScore(stressor, record.ratings[stressor]));
}
