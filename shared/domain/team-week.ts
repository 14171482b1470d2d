/**
 * Team weeks: one compact row per team and week, holding that week's team rollups. Since schema 8 they are
 * where team rollups are stored (rollup.ts); backups still list one rollup per team, day and shift.
 *
 * A two-year team dashboard needs about 2,500 day × shift rollups. Reading that many structured rows from
 * IndexedDB costs far more than computing the dashboard, so each week's rollups are kept together in one
 * row: the week's contributor ids once, and each rollup's figures as plain numbers that point into that list.
 * The dashboard then reads about a hundred rows, and a check-in's write rewrites one small row.
 *
 * `withCheckIn` rewrites a week with a check-in added, in the check-in's transaction;
 * `teamWeeksFromRollups` builds every week from rollups (restore, schema 6 upgrade). Either way the week's
 * rollups decode (`rollupsOfWeek`) to exactly the rollups put in.
 */
import { mondayOf, nextWeek } from './anonymity';
import type { CheckInRecord, ShiftPeriod } from './check-in-record';
import { CHECK_IN_TAGS, SHIFT_PERIODS } from './check-in-record';
import { addToRollup, type TeamRollup } from './rollup';
import type { DashboardWeek } from './team-report';
import { STRESSOR_IDS } from './stressors';

/** One team's rollups of one week, encoded compactly. */
export interface TeamWeek {
  readonly teamId: string;
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  /** Everyone who contributed to any rollup of the week, sorted; cells refer to them by position. */
  readonly people: readonly string[];
  /**
   * The week's rollups, one after another, each as numbers: days after Monday (0–6), shift period index,
   * check-in count, the strain sums in `STRESSOR_IDS` order, the energy sum, the tag counts in
   * `CHECK_IN_TAGS` order, how many contributors, then their positions in `people`.
   */
  readonly cells: readonly number[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The week's rollups, in stored order (day, then shift period). */
export function rollupsOfWeek(week: TeamWeek): TeamRollup[] {
  const rollups: TeamRollup[] = [];
  const monday = Date.parse(`${week.weekStart}T00:00:00Z`);
  const days: string[] = [];
  const dayAt = (offset: number) =>
    (days[offset] ??= new Date(monday + offset * DAY_MS).toISOString().slice(0, 10));
  const { cells, people } = week;
  let at = 0;
  while (at < cells.length) {
    const offset = cells[at] ?? 0;
    const period = SHIFT_PERIODS[cells[at + 1] ?? 0] ?? SHIFT_PERIODS[0];
    const count = cells[at + 2] ?? 0;
    let field = at + 3;
    const strainSums = {} as Record<(typeof STRESSOR_IDS)[number], number>;
    for (const stressor of STRESSOR_IDS) strainSums[stressor] = cells[field++] ?? 0;
    const energySum = cells[field++] ?? 0;
    const tagCounts: Partial<Record<(typeof CHECK_IN_TAGS)[number], number>> = {};
    for (const tag of CHECK_IN_TAGS) {
      const tagCount = cells[field++] ?? 0;
      if (tagCount > 0) tagCounts[tag] = tagCount;
    }
    const contributors = cells[field++] ?? 0;
    const contributorIds: string[] = [];
    for (let index = 0; index < contributors; index += 1)
      contributorIds.push(people[cells[field++] ?? 0] ?? '');
    rollups.push({
      teamId: week.teamId,
      day: dayAt(offset),
      period,
      weekday: (offset + 1) % 7,
      count,
      contributorIds,
      strainSums,
      energySum,
      tagCounts,
    });
    at = field;
  }
  return rollups;
}

/** How many rollups a week holds (without decoding them). */
export function rollupCountOf(week: TeamWeek): number {
  const { cells } = week;
  // Each rollup: day, period, count, strain sums, energy sum, tag counts, contributor count, contributors.
  const contributorsAt = 3 + STRESSOR_IDS.length + 1 + CHECK_IN_TAGS.length;
  let count = 0;
  for (let at = 0; at < cells.length; at += contributorsAt + 1 + (cells[at + contributorsAt] ?? 0))
    count += 1;
  return count;
}

/**
 * The week with a team member's check-in added to the rollup of its day and shift period (created when the
 * week has none yet): the check-in write's update, decoding the week once. Throws when the check-in has no
 * team (`addToRollup`) or belongs to another team or week.
 */
export function withCheckIn(week: TeamWeek | null, record: CheckInRecord): TeamWeek {
  const rollups = week === null ? [] : rollupsOfWeek(week);
  const existing = rollups.find((rollup) => rollup.day === record.day && rollup.period === record.period);
  return replaceRollup(week, rollups, addToRollup(existing ?? null, record));
}

/** The week with `rollup` put in place of the rollup it updates (same day and period), or added. */
export function withRollup(week: TeamWeek | null, rollup: TeamRollup): TeamWeek {
  return replaceRollup(week, week === null ? [] : rollupsOfWeek(week), rollup);
}

/** `withRollup`, given the week's rollups already decoded. */
function replaceRollup(week: TeamWeek | null, decoded: readonly TeamRollup[], rollup: TeamRollup): TeamWeek {
  const weekStart = mondayOf(rollup.day);
  if (week !== null && (week.teamId !== rollup.teamId || week.weekStart !== weekStart)) {
    throw new Error(
      `Rollup ${rollup.teamId}/${rollup.day} does not belong to week ${week.teamId}/${week.weekStart}.`,
    );
  }
  const others = decoded.filter(
    (existing) => existing.day !== rollup.day || existing.period !== rollup.period,
  );
  return encodeWeek(rollup.teamId, weekStart, [...others, rollup]);
}

/** Every team week of some day rollups (any teams, any order), sorted by team then week. */
export function teamWeeksFromRollups(rollups: readonly TeamRollup[]): TeamWeek[] {
  const byWeek = new Map<string, TeamRollup[]>();
  for (const rollup of rollups) {
    const key = `${rollup.teamId}\u0000${mondayOf(rollup.day)}`;
    const list = byWeek.get(key);
    if (list) list.push(rollup);
    else byWeek.set(key, [rollup]);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => {
      const [teamId = '', weekStart = ''] = key.split('\u0000');
      return encodeWeek(teamId, weekStart, list);
    });
}

/** Encode a week's rollups: in day then period order, so equal rollups always give an equal row. */
function encodeWeek(teamId: string, weekStart: string, rollups: readonly TeamRollup[]): TeamWeek {
  const ordered = [...rollups].sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      SHIFT_PERIODS.indexOf(a.period) - SHIFT_PERIODS.indexOf(b.period),
  );
  const people = [...new Set(ordered.flatMap((rollup) => rollup.contributorIds))].sort();
  const position = new Map(people.map((person, index) => [person, index]));
  const monday = Date.parse(`${weekStart}T00:00:00Z`);
  const cells: number[] = [];
  for (const rollup of ordered) {
    cells.push(
      Math.round((Date.parse(`${rollup.day}T00:00:00Z`) - monday) / DAY_MS),
      periodIndex(rollup.period),
      rollup.count,
      ...STRESSOR_IDS.map((stressor) => rollup.strainSums[stressor]),
      rollup.energySum,
      ...CHECK_IN_TAGS.map((tag) => rollup.tagCounts[tag] ?? 0),
      rollup.contributorIds.length,
      ...rollup.contributorIds.map((person) => position.get(person) ?? 0),
    );
  }
  return { teamId, weekStart, people, cells };
}

function periodIndex(period: ShiftPeriod): number {
  const index = SHIFT_PERIODS.indexOf(period);
  if (index < 0) throw new Error(`Unknown shift period ${period}`);
  return index;
}

/** The week without `personId` among any rollup's contributors (for "erase my data"; figures unchanged). */
export function withoutPerson(week: TeamWeek, personId: string): TeamWeek {
  if (!week.people.includes(personId)) return week;
  const rollups = rollupsOfWeek(week).map((rollup) => ({
    ...rollup,
    contributorIds: rollup.contributorIds.filter((id) => id !== personId),
  }));
  return encodeWeek(week.teamId, week.weekStart, rollups);
}

/**
 * Team weeks as the dashboard reads them (`dashboardOfWeeks` in team-report.ts): a team week already has the
 * form of a `DashboardWeek` (its people, and its rollups as the same numbers), so each is handed on as it
 * is, with nothing decoded or copied. Weeks between the first and the last that have no row are included,
 * empty. Gives the same dashboard as `buildTeamDashboard` over the decoded rollups.
 */
export function dashboardWeeks(weeks: readonly TeamWeek[]): DashboardWeek[] {
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  const stored = [...byStart.values()].sort((a, b) =>
    a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0,
  );
  const first = stored[0];
  const last = stored[stored.length - 1];
  if (first === undefined || last === undefined) return [];
  const result: DashboardWeek[] = [];
  let at = 0;
  for (let weekStart = first.weekStart; weekStart <= last.weekStart;) {
    while ((stored[at]?.weekStart ?? weekStart) < weekStart) at += 1;
    const week = stored[at];
    if (week?.weekStart !== weekStart) {
      result.push({ weekStart, people: [], cells: [] });
      weekStart = nextWeek(weekStart);
      continue;
    }
    result.push(week);
    at += 1;
    // Most rows follow the row before by a week: take the next row's own string then, as formatting a
    // date for every week cost a tenth of a millisecond.
    const next = stored[at]?.weekStart;
    weekStart =
      next !== undefined &&
      ISO_DAY.test(next) &&
      ISO_DAY.test(weekStart) &&
      Date.parse(next) - Date.parse(weekStart) === WEEK_MS
        ? next
        : nextWeek(weekStart);
  }
  return result;
}

/** A YYYY-MM-DD day, which `Date.parse` reads as midnight UTC. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEK_MS = 7 * DAY_MS;
