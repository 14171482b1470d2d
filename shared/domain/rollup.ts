/**
 * Team rollups: the only data team views are built from.
 *
 * Each check-in by a team member is added to its team's rollup for that local day and shift period, in the
 * same database transaction that stores the check-in. A rollup holds counts and sums plus the ids of who
 * contributed (so the anonymity rule can count distinct people) — never one person's answers.
 * `rebuildRollups` recomputes them from the check-ins, and gives the same result as adding one at a time.
 *
 * Rollups kept per-stressor rating histograms until schema 8. No view ever read them, and they were most
 * of a rollup's size: the rollups are now stored only in the compact team weeks (team-week.ts), which
 * makes each check-in's write smaller and a restore faster. Backups made before still restore: their
 * histograms are ignored.
 */
import type { CheckInRecord, CheckInTag, ShiftPeriod } from './check-in-record';
import { CHECK_IN_TAGS, SHIFT_PERIODS } from './check-in-record';
import type { StressorId } from './stressors';
import { mapStressors, strainScore } from './stressors';

/** One team's check-ins for one local day and shift period. Contains no ratings of any individual. */
export interface TeamRollup {
  readonly teamId: string;
  readonly day: string;
  readonly period: ShiftPeriod;
  readonly weekday: number;
  readonly count: number;
  /** Distinct person ids, sorted. */
  readonly contributorIds: readonly string[];
  readonly strainSums: Readonly<Record<StressorId, number>>;
  readonly energySum: number;
  readonly tagCounts: Readonly<Partial<Record<CheckInTag, number>>>;
}

/** The rollup a check-in belongs to, as [teamId, day, period]; null without a team (no rollup). */
export function rollupKey(
  record: Pick<CheckInRecord, 'teamId' | 'day' | 'period'>,
): [string, string, ShiftPeriod] | null {
  return record.teamId === null ? null : [record.teamId, record.day, record.period];
}

/**
 * The rollup with one more check-in added; creates it when `rollup` is null.
 *
 * Throws when the check-in has no team or belongs to a different rollup: both are programming errors
 * (callers look the rollup up by `rollupKey`), and silently mixing teams would corrupt team figures.
 */
export function addToRollup(rollup: TeamRollup | null, record: CheckInRecord): TeamRollup {
  const key = rollupKey(record);
  if (key === null) throw new Error('A check-in without a team has no rollup.');
  const [teamId, day, period] = key;
  const base = rollup ?? emptyRollup(teamId, day, period, record.weekday);
  if (base.teamId !== teamId || base.day !== day || base.period !== period) {
    throw new Error(
      `Check-in ${record.id} does not belong to rollup ${base.teamId}/${base.day}/${base.period}.`,
    );
  }
  return {
    ...base,
    count: base.count + 1,
    contributorIds: base.contributorIds.includes(record.personId)
      ? base.contributorIds
      : [...base.contributorIds, record.personId].sort(compareText),
    strainSums: mapStressors(
      (stressor) => base.strainSums[stressor] + strainScore(stressor, record.ratings[stressor]),
    ),
    energySum: base.energySum + record.energy,
    tagCounts: addTags(base.tagCounts, record.tags),
  };
}

/**
 * The rollup without `personId` among its contributors; used by "erase my data".
 *
 * The sums and counts stay as they are, for three reasons. Without the person's id nothing in
 * the rollup links to them any more. Subtracting their answers instead would let anyone who saw a team
 * figure before and after the erasure compute exactly what that person answered — the erasure itself would
 * disclose them. And because the anonymity rule counts only listed contributors, a rollup that keeps their
 * answers but not their id needs more *other* people before it is shown: erasure only ever makes team
 * views stricter.
 */
export function removePersonFromRollup(rollup: TeamRollup, personId: string): TeamRollup {
  if (!rollup.contributorIds.includes(personId)) return rollup;
  return { ...rollup, contributorIds: rollup.contributorIds.filter((id) => id !== personId) };
}

/** All rollups computed from scratch, sorted by team id, day, then period (in `SHIFT_PERIODS` order). */
export function rebuildRollups(records: readonly CheckInRecord[]): TeamRollup[] {
  const rollups = new Map<string, TeamRollup>();
  for (const record of records) {
    const key = rollupKey(record);
    if (key === null) continue;
    const mapKey = key.join('\u0000');
    rollups.set(mapKey, addToRollup(rollups.get(mapKey) ?? null, record));
  }
  return [...rollups.values()].sort(compareRollups);
}

/** Orders rollups by team id, day, then period (in `SHIFT_PERIODS` order). */
export function compareRollups(
  a: Pick<TeamRollup, 'teamId' | 'day' | 'period'>,
  b: Pick<TeamRollup, 'teamId' | 'day' | 'period'>,
): number {
  return (
    compareText(a.teamId, b.teamId) ||
    compareText(a.day, b.day) ||
    SHIFT_PERIODS.indexOf(a.period) - SHIFT_PERIODS.indexOf(b.period)
  );
}

function emptyRollup(teamId: string, day: string, period: ShiftPeriod, weekday: number): TeamRollup {
  return {
    teamId,
    day,
    period,
    weekday,
    count: 0,
    contributorIds: [],
    strainSums: mapStressors(() => 0),
    energySum: 0,
    tagCounts: {},
  };
}

/** Tag counts with `tags` added, keys kept in `CHECK_IN_TAGS` order so results never depend on history. */
function addTags(
  counts: Readonly<Partial<Record<CheckInTag, number>>>,
  tags: readonly CheckInTag[],
): Readonly<Partial<Record<CheckInTag, number>>> {
  const next: Partial<Record<CheckInTag, number>> = {};
  for (const tag of CHECK_IN_TAGS) {
    const count = (counts[tag] ?? 0) + (tags.includes(tag) ? 1 : 0);
    if (count > 0) next[tag] = count;
  }
  return next;
}

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
