/**
 * The five boundary-spanner stressors a shift check-in asks about, and how answers are scored.
 *
 * Contact-centre staff span the boundary between the organisation and its customers; research on that
 * role names five recurring sources of strain. A check-in asks one question per stressor, answered on a
 * 1–5 scale. Each question borrows its construct from the literature below; a single item is an
 * indication for reflection and team trends, not the validated multi-item scale itself.
 *
 * | Stressor        | What the item asks about          | Item     | Sources                              |
 * | --------------- | --------------------------------- | -------- | ------------------------------------ |
 * | emotional-labor | Showing feelings you do not feel  | strain   | Brotheridge & Lee 2003; Grandey 2003 |
 * | role-conflict   | Incompatible demands              | strain   | Rizzo, House & Lirtzman 1970         |
 * | role-ambiguity  | How CLEAR expectations were       | resource | Rizzo, House & Lirtzman 1970         |
 * | role-overload   | More work than time to do it well | strain   | Bacharach, Bamberger & Conley 1990   |
 * | service-climate | How well service was supported    | resource | Schneider, White & Paul 1998         |
 *
 * Scoring. Every answer becomes a strain score from 0 (no strain) to 100 (most strain), so all five
 * stressors read the same way on every chart:
 *
 * | Rating                     | 1   | 2  | 3  | 4  | 5   |
 * | -------------------------- | --- | -- | -- | -- | --- |
 * | strain item (high = worse) | 0   | 25 | 50 | 75 | 100 |
 * | resource item (reversed)   | 100 | 75 | 50 | 25 | 0   |
 *
 * - A score of `HIGH_STRAIN` (75) or more counts as high: the person is offered a micro-lesson for it.
 * - Aggregates are means of strain scores (team rollups keep sums and counts, never individual answers).
 * - The team climate index is `100 − mean service-climate strain`, i.e. the positive reading of that item.
 * - Energy (1–5) is reported as its own mean and is not a stressor.
 */
import { STRESSORS, type Stressor } from '../content/stressor-list';
import { assertNever } from './assert-never';

/** A stressor's id (the same ids content packs use to tag micro-lessons). */
export type StressorId = Stressor;

/** Every stressor, in the order check-ins ask about them. */
export const STRESSOR_IDS: readonly StressorId[] = STRESSORS;

/**
 * How the check-in item is worded.
 *
 * 'strain' = a high answer means more strain; 'resource' = a high answer means less strain (service
 * climate is worded positively; role ambiguity is asked as clarity).
 */
export type ItemDirection = 'strain' | 'resource';

/** What a stressor measures, which way its item is worded, and where the construct comes from. */
export interface StressorDefinition {
  readonly id: StressorId;
  readonly direction: ItemDirection;
  readonly construct: string;
  readonly sources: readonly string[];
}

/** The definition of every stressor (see the scoring table at the top of this file). */
export const STRESSOR_DEFINITIONS: Readonly<Record<StressorId, StressorDefinition>> = {
  'emotional-labor': {
    id: 'emotional-labor',
    direction: 'strain',
    construct: 'Showing feelings you do not feel (surface vs deep acting)',
    sources: ['Brotheridge & Lee 2003', 'Grandey 2003'],
  },
  'role-conflict': {
    id: 'role-conflict',
    direction: 'strain',
    construct: 'Incompatible demands from customers, rules and targets',
    sources: ['Rizzo, House & Lirtzman 1970'],
  },
  'role-ambiguity': {
    id: 'role-ambiguity',
    direction: 'resource',
    construct: 'How clear expectations, authority and priorities were (reversed: clarity lowers strain)',
    sources: ['Rizzo, House & Lirtzman 1970'],
  },
  'role-overload': {
    id: 'role-overload',
    direction: 'strain',
    construct: 'More work than can be done well in the time available',
    sources: ['Bacharach, Bamberger & Conley 1990'],
  },
  'service-climate': {
    id: 'service-climate',
    direction: 'resource',
    construct: 'How well the team and management supported good service (reversed: support lowers strain)',
    sources: ['Schneider, White & Paul 1998'],
  },
};

/** An answer on the 1–5 check-in scale. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** A strain score at or above this counts as "high" (suggest a micro-lesson). */
export const HIGH_STRAIN = 75;

/**
 * The strain score (0–100) of one answer, as documented at the top of this file.
 *
 * Strain items map 1→0, 2→25, 3→50, 4→75, 5→100; resource items are reversed (1→100 … 5→0).
 */
export function strainScore(stressor: StressorId, rating: Rating): number {
  const direction = STRESSOR_DEFINITIONS[stressor].direction;
  switch (direction) {
    case 'strain':
      return (rating - 1) * 25;
    case 'resource':
      return (5 - rating) * 25;
    default:
      return assertNever(direction);
  }
}

/** Whether a value is a whole number from 1 to 5. */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * A record with one value per stressor, computed by `valueFor`.
 *
 * Written out key by key so the compiler checks every stressor is present, without casts.
 */
export function mapStressors<T>(valueFor: (stressor: StressorId) => T): Readonly<Record<StressorId, T>> {
  return {
    'emotional-labor': valueFor('emotional-labor'),
    'role-conflict': valueFor('role-conflict'),
    'role-ambiguity': valueFor('role-ambiguity'),
    'role-overload': valueFor('role-overload'),
    'service-climate': valueFor('service-climate'),
  };
}
