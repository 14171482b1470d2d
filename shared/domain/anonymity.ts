/**
 * The k-anonymity rule for team views.
 *
 * A team figure is shown only when at least k distinct people contributed to it (k = 5 unless an admin
 * sets it, never below 3). People are counted by id across all the rollups a view covers, never by adding
 * up per-rollup counts: the same five people checking in every day for a month are still five people.
 *
 * A filtered view (Saturdays, late shifts) is also compared with the view it narrows, and the difference
 * between the two is itself a figure about the check-ins left out. So a filtered view is released only when
 * what is left out either is nothing or covers at least k people too.
 */
import type { CheckInTag } from './check-in-record';
import { CHECK_IN_TAGS } from './check-in-record';
import type { TeamRollup } from './rollup';
import type { StressorId } from './stressors';
import { mapStressors, STRESSOR_IDS } from './stressors';

/** The anonymity threshold unless an admin configures another. */
export const K_DEFAULT = 5;
/** The lowest threshold an admin may configure. */
export const K_MINIMUM = 3;

/** The threshold in force: the default when unset, a whole number, never below `K_MINIMUM`. */
export function effectiveK(configured: number | null | undefined): number {
  if (configured === null || configured === undefined || !Number.isFinite(configured)) return K_DEFAULT;
  // Rounding up: a fractional setting never weakens the rule.
  return Math.max(K_MINIMUM, Math.ceil(configured));
}

/** A released aggregate or the reason it is withheld. */
export type Released<T> =
  | { readonly kind: 'value'; readonly value: T; readonly people: number }
  | { readonly kind: 'suppressed'; readonly reason: 'too-few-people' | 'difference-too-small' };

/** Summary of a set of rollups: people = distinct contributors across all of them (NOT a sum of counts). */
export interface TeamSummary {
  readonly people: number;
  readonly checkIns: number;
  /** Mean strain score (0–100) per stressor. */
  readonly meanStrain: Readonly<Record<StressorId, number>>;
  /** Mean energy rating (1–5). */
  readonly meanEnergy: number;
  /** How many check-ins carried each tag (tags nobody chose are absent). */
  readonly tagCounts: Readonly<Partial<Record<CheckInTag, number>>>;
  /** 100 − mean service-climate strain: higher is a better service climate. */
  readonly climateIndex: number;
}

/**
 * Running totals of some rollups and the distinct people behind them: everything a `TeamSummary` is
 * computed from. Built in one pass (`addRollupToTotals`) and combined (`addTotals`) without going back to
 * the rollups, so views over many rollups (a two-year dashboard) stay linear in the number of rollups.
 */
export interface RollupTotals {
  count: number;
  readonly strainSums: Record<StressorId, number>;
  energySum: number;
  readonly tagCounts: Partial<Record<CheckInTag, number>>;
  readonly people: Set<string>;
}

/** Totals of nothing. */
export function emptyTotals(): RollupTotals {
  return {
    count: 0,
    strainSums: mapStressors(() => 0),
    energySum: 0,
    tagCounts: {},
    people: new Set<string>(),
  };
}

/** Add one rollup to `totals` (in place). */
export function addRollupToTotals(totals: RollupTotals, rollup: TeamRollup): void {
  addFigures(totals, rollup, rollup.contributorIds);
}

/** Add `source` to `target` (in place). */
export function addTotals(target: RollupTotals, source: RollupTotals): void {
  addFigures(target, source, source.people);
}

function addFigures(
  target: RollupTotals,
  source: Pick<RollupTotals, 'count' | 'strainSums' | 'energySum' | 'tagCounts'>,
  people: Iterable<string>,
): void {
  target.count += source.count;
  for (const stressor of STRESSOR_IDS) target.strainSums[stressor] += source.strainSums[stressor];
  target.energySum += source.energySum;
  for (const tag of CHECK_IN_TAGS) {
    const count = source.tagCounts[tag];
    if (count) target.tagCounts[tag] = (target.tagCounts[tag] ?? 0) + count;
  }
  for (const person of people) target.people.add(person);
}

/** The totals of some rollups. */
export function totalsOf(rollups: readonly TeamRollup[]): RollupTotals {
  const totals = emptyTotals();
  for (const rollup of rollups) addRollupToTotals(totals, rollup);
  return totals;
}

/** The summary of some totals; null when they hold no check-ins. */
export function summaryOfTotals(totals: RollupTotals): TeamSummary | null {
  const checkIns = totals.count;
  if (checkIns === 0) return null;
  const meanStrain = mapStressors((stressor) => totals.strainSums[stressor] / checkIns);
  const tagCounts: Partial<Record<CheckInTag, number>> = {};
  for (const tag of CHECK_IN_TAGS) {
    const count = totals.tagCounts[tag] ?? 0;
    if (count > 0) tagCounts[tag] = count;
  }
  return {
    people: totals.people.size,
    checkIns,
    meanStrain,
    meanEnergy: totals.energySum / checkIns,
    tagCounts,
    climateIndex: 100 - meanStrain['service-climate'],
  };
}

/** Some totals released under the k rule (as `releaseView` releases the rollups they came from). */
export function releaseTotals(totals: RollupTotals, k: number): Released<TeamSummary> {
  const summary = summaryOfTotals(totals);
  if (summary === null || totals.people.size < effectiveK(k)) {
    return { kind: 'suppressed', reason: 'too-few-people' };
  }
  return { kind: 'value', value: summary, people: totals.people.size };
}

/** The combined figures of a set of rollups and who contributed to them; null when there are no check-ins. */
export function summariseRollups(
  rollups: readonly TeamRollup[],
): { readonly people: ReadonlySet<string>; readonly summary: TeamSummary } | null {
  const totals = totalsOf(rollups);
  const summary = summaryOfTotals(totals);
  return summary === null ? null : { people: totals.people, summary };
}

/**
 * Release a view only if ≥ k distinct people contributed.
 *
 * `k` goes through `effectiveK`, so no caller can release below `K_MINIMUM`.
 */
export function releaseView(rollups: readonly TeamRollup[], k: number): Released<TeamSummary> {
  return releaseTotals(totalsOf(rollups), k);
}

/**
 * Release a filtered view (e.g. Saturdays, or late shifts) of a base view only if comparing them is safe.
 *
 * The filtered view needs ≥ k people, AND the people in the base but not in the filter must be either none
 * or ≥ k — so comparing the two never isolates fewer than k people.
 *
 * One more check closes a gap in that rule: base minus filtered is exactly the figure of the base rollups
 * the filter leaves out, and those may hold check-ins of people who are also in the filter (someone who
 * works Saturdays and, alone, one Monday). So the left-out rollups must also either hold no check-ins or
 * have ≥ k distinct contributors. Rollups are matched by team, day and period.
 */
export function releaseFilteredView(
  filtered: readonly TeamRollup[],
  base: readonly TeamRollup[],
  k: number,
): Released<TeamSummary> {
  const threshold = effectiveK(k);
  const released = releaseView(filtered, threshold);
  if (released.kind === 'suppressed') return released;

  const filteredPeople = contributorsOf(filtered);
  const onlyInBase = [...contributorsOf(base)].filter((person) => !filteredPeople.has(person)).length;
  if (onlyInBase > 0 && onlyInBase < threshold) return { kind: 'suppressed', reason: 'difference-too-small' };

  const filteredKeys = new Set(filtered.map(keyOf));
  const leftOut = base.filter((rollup) => !filteredKeys.has(keyOf(rollup)));
  const leftOutCheckIns = sum(leftOut, (rollup) => rollup.count);
  if (leftOutCheckIns > 0 && contributorsOf(leftOut).size < threshold) {
    return { kind: 'suppressed', reason: 'difference-too-small' };
  }
  return released;
}

/**
 * Weekly series for charts: one point per ISO week, each released or suppressed by `releaseView`.
 *
 * Weeks start on Monday (local calendar); `weekStart` is that Monday as YYYY-MM-DD. Points run from the
 * first week with a rollup to the last, oldest first; a week in between with no check-ins is a suppressed
 * point, so the chart shows a gap rather than joining its neighbours.
 *
 * Each week is judged on its own. Showing this series beside a released total over the same weeks would
 * let a reader subtract the released weeks from the total and recover a suppressed week; screens that show
 * both should check the suppressed weeks together with `releaseFilteredView`.
 */
export function weeklySeries(
  rollups: readonly TeamRollup[],
  k: number,
): readonly { readonly weekStart: string; readonly released: Released<TeamSummary> }[] {
  return weeklyTotals(rollups).map((week) => ({
    weekStart: week.weekStart,
    released: releaseTotals(week.totals, k),
  }));
}

/** One week of rollups and their totals. */
export interface WeekOfRollups {
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly rollups: readonly TeamRollup[];
  readonly totals: RollupTotals;
}

/**
 * The rollups grouped by week, every week from the first to the last (weeks without rollups included, with
 * empty totals), oldest first.
 */
export function weeklyTotals(rollups: readonly TeamRollup[]): readonly WeekOfRollups[] {
  const byWeek = new Map<string, { rollups: TeamRollup[]; totals: RollupTotals }>();
  for (const rollup of rollups) {
    const weekStart = mondayOf(rollup.day);
    let week = byWeek.get(weekStart);
    if (!week) {
      week = { rollups: [], totals: emptyTotals() };
      byWeek.set(weekStart, week);
    }
    week.rollups.push(rollup);
    addRollupToTotals(week.totals, rollup);
  }
  const weeks = [...byWeek.keys()].sort();
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first === undefined || last === undefined) return [];
  const series: WeekOfRollups[] = [];
  for (let weekStart = first; weekStart <= last; weekStart = addDays(weekStart, 7)) {
    const week = byWeek.get(weekStart);
    series.push({ weekStart, rollups: week?.rollups ?? [], totals: week?.totals ?? emptyTotals() });
  }
  return series;
}

function contributorsOf(rollups: readonly TeamRollup[]): Set<string> {
  return new Set(rollups.flatMap((rollup) => rollup.contributorIds));
}

function sum<T>(items: readonly T[], valueOf: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += valueOf(item);
  return total;
}

function keyOf(rollup: Pick<TeamRollup, 'teamId' | 'day' | 'period'>): string {
  return `${rollup.teamId}\u0000${rollup.day}\u0000${rollup.period}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Mondays of recently asked days (over ten years' worth), so that a restore parses each day once. */
const mondayCache = new Map<string, string>();
const MONDAYS_KEPT = 4_000;

/** The Monday on or before a YYYY-MM-DD calendar date (calendar arithmetic in UTC, so no clock changes). */
export function mondayOf(day: string): string {
  // Restores and rebuilds ask this for every record, and records share few days: each day is worked out once.
  let monday = mondayCache.get(day);
  if (monday === undefined) {
    const date = parseDay(day);
    monday = formatDay(date - ((new Date(date).getUTCDay() + 6) % 7) * DAY_MS);
    if (mondayCache.size >= MONDAYS_KEPT) mondayCache.clear();
    mondayCache.set(day, monday);
  }
  return monday;
}

/** The Monday a week after `weekStart` (YYYY-MM-DD). */
export function nextWeek(weekStart: string): string {
  return addDays(weekStart, 7);
}

function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

function parseDay(day: string): number {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const time = Date.UTC(year, month - 1, date);
  if (!Number.isFinite(time)) throw new Error(`Not a YYYY-MM-DD day: ${day}`);
  return time;
}

function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
