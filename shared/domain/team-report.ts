/**
 * The team dashboard and its reports, built from team rollups under the k-anonymity rule.
 *
 * Everything a supervisor sees about a team's wellbeing — the weekly stressor trends, the weekday × shift
 * heatmap, the overload peaks, the service-climate index, check-in participation — and everything they can
 * export is built here, from rollups only, and each figure is either released (≥ k distinct people behind
 * it) or suppressed. Screens and exports take these results as they are; none of them sees a person's id.
 *
 * Differencing. Figures shown side by side must not let a reader subtract one from another to recover a
 * suppressed one, so:
 * - the overall figure covers the released weeks only (so "total − released weeks" is nothing);
 * - the heatmap is built over the same released weeks as the overall figure (if it covered every week, the
 *   sum of its cells minus the overall figure would be the suppressed weeks);
 * - each heatmap cell is released with `releaseFilteredView` against that base, so "overall − cell" never
 *   covers fewer than k people;
 * - and the suppressed cells taken together must not be recoverable as "overall − every released cell":
 *   while they hold check-ins of fewer than k people, the smallest released cell is suppressed as well
 *   (complementary suppression).
 */
import { unparse } from 'papaparse';
import type { Released, TeamSummary } from './anonymity';
import { effectiveK, mondayOf, releaseView, weeklySeries, weeklyTotals } from './anonymity';
import type { CheckInTag, ShiftPeriod } from './check-in';
import { CHECK_IN_TAGS, SHIFT_PERIODS } from './check-in';
import type { TeamRollup } from './rollup';
import { mapStressors, STRESSOR_IDS } from './stressors';
import { neutraliseFormula } from './training-csv';

/** Weekdays in dashboard order, Monday first, numbered as `Date#getDay` numbers them (0 = Sunday). */
export const DASHBOARD_WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
/** A weekday as `Date#getDay` numbers it. */
export type Weekday = (typeof DASHBOARD_WEEKDAYS)[number];

/** How many overload peaks the dashboard names. */
export const OVERLOAD_PEAK_COUNT = 3;

/** One week's team figures, as `weeklySeries` releases them. */
export interface WeeklyFigures {
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly released: Released<TeamSummary>;
}

/** One weekday × shift-period cell of the heatmap. */
export interface HeatmapCell {
  readonly weekday: Weekday;
  readonly period: ShiftPeriod;
  readonly released: Released<TeamSummary>;
}

/** Every weekday × shift-period cell, Monday first, periods in `SHIFT_PERIODS` order within each day. */
export type Heatmap = readonly HeatmapCell[];

/** A released heatmap cell with one of the highest mean role-overload strains. */
export interface OverloadPeak {
  readonly weekday: Weekday;
  readonly period: ShiftPeriod;
  /** Mean role-overload strain, 0–100. */
  readonly meanOverload: number;
}

/** How many people checked in during a week, against the team's current size. */
export interface WeeklyParticipation {
  readonly weekStart: string;
  /** Active members of the team now (membership is not kept per week). */
  readonly teamSize: number;
  /** Distinct people who checked in, released only when at least k. */
  readonly participants: { readonly kind: 'value'; readonly value: number } | { readonly kind: 'suppressed' };
}

/** Everything the team dashboard shows, each figure released or suppressed. Contains no person's id. */
export interface TeamDashboard {
  /** The threshold in force. */
  readonly k: number;
  /** Active members of the team now. */
  readonly teamSize: number;
  readonly weeks: readonly WeeklyFigures[];
  /** All check-ins in the released weeks. */
  readonly overall: Released<TeamSummary>;
  readonly heatmap: Heatmap;
  readonly peaks: readonly OverloadPeak[];
  readonly participation: readonly WeeklyParticipation[];
}

/** The dashboard for a team with no figures to show (no check-ins, or a team the caller may not see). */
export function emptyTeamDashboard(k: number): TeamDashboard {
  return buildTeamDashboard([], { k, teamSize: 0 });
}

/**
 * The whole dashboard from one team's rollups.
 *
 * The overall figure and the heatmap cover the released weeks only (see the top of this file).
 */
export function buildTeamDashboard(
  rollups: readonly TeamRollup[],
  options: { readonly k: number; readonly teamSize: number },
): TeamDashboard {
  const weeks = weeklyTotals(rollups).map((week) => dashboardWeekOf(week.weekStart, week.rollups));
  return dashboardOfWeeks(weeks, options);
}

/**
 * One week as the dashboard reads it: who contributed, and the week's rollups as plain numbers.
 *
 * This is exactly the form a stored team week has (team-week.ts), so the dashboard reads stored weeks as
 * they come from the database, with no object built per rollup; `buildTeamDashboard` puts day rollups into
 * the same form (`dashboardWeekOf`).
 */
export interface DashboardWeek {
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  /** Everyone who contributed to any of the week's rollups; `cells` refers to them by position. */
  readonly people: readonly string[];
  /**
   * The week's rollups, one after another, each as numbers: days after Monday (0–6), shift period index in
   * `SHIFT_PERIODS`, check-in count, the strain sums in `STRESSOR_IDS` order, the energy sum, the tag counts
   * in `CHECK_IN_TAGS` order, how many contributors, then their positions in `people`.
   */
  readonly cells: readonly number[];
}

/** A rollup's figures in `DashboardWeek.cells`: check-in count, strain sums, energy sum, tag counts. */
const FIGURE_COUNT = 2 + STRESSOR_IDS.length + CHECK_IN_TAGS.length;
/** Where the energy sum and the tag counts are among a rollup's figures (the strain sums start at 1). */
const ENERGY_AT = 1 + STRESSOR_IDS.length;
const TAGS_AT = ENERGY_AT + 1;
/** Heatmap cells, in heatmap order: cell `day × SHIFT_PERIODS.length + period`, day 0 = Monday. */
const CELL_COUNT = DASHBOARD_WEEKDAYS.length * SHIFT_PERIODS.length;

/** A week's rollups in the form the dashboard reads (`DashboardWeek`), from day rollups. */
function dashboardWeekOf(weekStart: string, rollups: readonly TeamRollup[]): DashboardWeek {
  const positions = new Map<string, number>();
  const people: string[] = [];
  const cells: number[] = [];
  for (const rollup of rollups) {
    const { weekday } = rollup;
    // Days after Monday; a weekday that is not 0–6 (Sunday–Saturday) is in no heatmap cell.
    const day = Number.isInteger(weekday) && weekday >= 0 && weekday < 7 ? (weekday + 6) % 7 : -1;
    cells.push(day, SHIFT_PERIODS.indexOf(rollup.period), rollup.count);
    for (const stressor of STRESSOR_IDS) cells.push(rollup.strainSums[stressor]);
    cells.push(rollup.energySum);
    for (const tag of CHECK_IN_TAGS) cells.push(rollup.tagCounts[tag] ?? 0);
    cells.push(rollup.contributorIds.length);
    for (const person of rollup.contributorIds) {
      let position = positions.get(person);
      if (position === undefined) {
        position = people.length;
        positions.set(person, position);
        people.push(person);
      }
      cells.push(position);
    }
  }
  return { weekStart, people, cells };
}

/**
 * The whole dashboard from consecutive weeks, oldest first (weeks without check-ins included, empty).
 *
 * The overall figure and the heatmap cover the released weeks only (see the top of this file).
 *
 * This runs on every dashboard read, over about 3,000 rollups and 15,000 contributor entries for a two-year
 * team, so the figures are added up in flat arrays of numbers (`GridTotals`) and people are numbered per
 * call: "who is in this cell" is a row of flags rather than a Set of ids, and no object is built per rollup.
 * Strain, energy and tag sums are whole numbers, so the order they are added in cannot change a figure.
 */
export function dashboardOfWeeks(
  weekly: readonly DashboardWeek[],
  options: { readonly k: number; readonly teamSize: number },
): TeamDashboard {
  const k = effectiveK(options.k);
  const numbering = numberPeople(weekly);
  const grid = emptyGrid(numbering.count);
  // The last week each person was counted in, to count a week's distinct people without a Set.
  const countedIn = new Int32Array(numbering.count).fill(-1);
  const weeks = weekly.map((week, index): WeeklyFigures => {
    const ids = numbering.ofWeek[index] ?? NOBODY;
    let people = 0;
    for (const id of ids) {
      if (countedIn[id] === index) continue;
      countedIn[id] = index;
      people += 1;
    }
    // A week released on its own goes into the base and the heatmap; the figures of any other week are
    // never shown, so they are not even added up.
    const released: Released<TeamSummary> =
      people >= k && checkInsOf(week) > 0
        ? releaseFigures(addToGrid(grid, week, ids), 0, people, k)
        : { kind: 'suppressed', reason: 'too-few-people' };
    return { weekStart: week.weekStart, released };
  });
  const heatmap = heatmapOf(grid, k);
  return {
    k,
    teamSize: options.teamSize,
    weeks,
    overall: releaseFigures(grid.baseFigures, 0, countFlags(grid.basePeople, 0, grid.personCount), k),
    heatmap,
    peaks: overloadPeaks(heatmap),
    participation: weeks.map((week) => participationOf(week, options.teamSize)),
  };
}

/**
 * The weekday × shift-period heatmap of `rollups` (the base view).
 *
 * Each cell is released as `releaseFilteredView(cell, base, k)` would release it. Then, while the
 * suppressed cells together hold check-ins of fewer than k people — so that "base − every released cell"
 * would single them out — the released cell with the fewest people (then the fewest check-ins) is
 * suppressed too.
 */
export function buildHeatmap(rollups: readonly TeamRollup[], k: number): Heatmap {
  const week = dashboardWeekOf('', rollups);
  const numbering = numberPeople([week]);
  const grid = emptyGrid(numbering.count);
  addToGrid(grid, week, numbering.ofWeek[0] ?? NOBODY);
  return heatmapOf(grid, k);
}

const NOBODY = new Int32Array(0);

/**
 * People numbered 0, 1, 2… in the order they first appear, and each week's `people` as those numbers, so
 * that the rest of the dashboard works with small whole numbers instead of ids.
 */
function numberPeople(weeks: readonly DashboardWeek[]): {
  readonly count: number;
  readonly ofWeek: readonly Int32Array[];
} {
  const numbers = new Map<string, number>();
  const ofWeek = weeks.map((week) => {
    const ids = new Int32Array(week.people.length);
    week.people.forEach((person, position) => {
      let id = numbers.get(person);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(person, id);
      }
      ids[position] = id;
    });
    return ids;
  });
  return { count: numbers.size, ofWeek };
}

/**
 * Running totals of the released weeks — the base of the overall figure and the heatmap — and of each
 * heatmap cell, in flat arrays: `FIGURE_COUNT` numbers per total (as in `DashboardWeek.cells`), and one
 * flag per person for who is in it.
 */
interface GridTotals {
  /** People are numbered 0 to `personCount` − 1 (`numberPeople`). */
  readonly personCount: number;
  /** The figures of every cell, cell after cell in heatmap order. */
  readonly cellFigures: Float64Array;
  /** 1 at `cell × personCount + person` when the person contributed to the cell. */
  readonly cellPeople: Uint8Array;
  /** The figures of everything added, including rollups that fall in no cell. */
  readonly baseFigures: Float64Array;
  /** 1 at `person` when the person is among the people of a week added. */
  readonly basePeople: Uint8Array;
  /** Scratch space: the figures of the week last added. */
  readonly weekFigures: Float64Array;
}

function emptyGrid(personCount: number): GridTotals {
  return {
    personCount,
    cellFigures: new Float64Array(CELL_COUNT * FIGURE_COUNT),
    cellPeople: new Uint8Array(CELL_COUNT * personCount),
    baseFigures: new Float64Array(FIGURE_COUNT),
    basePeople: new Uint8Array(personCount),
    weekFigures: new Float64Array(FIGURE_COUNT),
  };
}

/** The check-ins of a week: the sum of its rollups' counts. */
function checkInsOf(week: DashboardWeek): number {
  const { cells } = week;
  let checkIns = 0;
  for (let at = 0; at < cells.length;) {
    checkIns += cells[at + 2] ?? 0;
    const contributorsAt = at + 2 + FIGURE_COUNT;
    at = contributorsAt + 1 + (cells[contributorsAt] ?? 0);
  }
  return checkIns;
}

/**
 * Add a week to the base and each of its rollups to its cell, in one walk over its numbers; `ids` numbers
 * the week's `people`. Gives the week's own figures (in `grid.weekFigures`, valid until the next call).
 */
function addToGrid(grid: GridTotals, week: DashboardWeek, ids: Int32Array): Float64Array {
  const { cells } = week;
  const { personCount, cellFigures, cellPeople, weekFigures } = grid;
  weekFigures.fill(0);
  for (let at = 0; at < cells.length;) {
    const day = cells[at] ?? 0;
    const period = cells[at + 1] ?? 0;
    const figuresAt = at + 2;
    const contributorsAt = figuresAt + FIGURE_COUNT;
    const contributors = cells[contributorsAt] ?? 0;
    addFigures(weekFigures, 0, cells, figuresAt);
    // A day or period out of range (never written) puts a rollup in the week and the base, but in no cell.
    if (
      Number.isInteger(day) &&
      Number.isInteger(period) &&
      day >= 0 &&
      day < DASHBOARD_WEEKDAYS.length &&
      period >= 0 &&
      period < SHIFT_PERIODS.length
    ) {
      const cell = day * SHIFT_PERIODS.length + period;
      addFigures(cellFigures, cell * FIGURE_COUNT, cells, figuresAt);
      const row = cell * personCount;
      for (let index = 1; index <= contributors; index += 1) {
        cellPeople[row + (ids[cells[contributorsAt + index] ?? 0] ?? 0)] = 1;
      }
    }
    at = contributorsAt + 1 + contributors;
  }
  grid.baseFigures.forEach((figure, index) => {
    grid.baseFigures[index] = figure + (weekFigures[index] ?? 0);
  });
  for (const id of ids) grid.basePeople[id] = 1;
  return weekFigures;
}

/** Add `FIGURE_COUNT` figures from `source` at `from` to `target` at `to`. */
function addFigures(target: Float64Array, to: number, source: readonly number[], from: number): void {
  for (let index = 0; index < FIGURE_COUNT; index += 1) {
    target[to + index] = (target[to + index] ?? 0) + (source[from + index] ?? 0);
  }
}

/** How many of the `length` flags from `at` are set. */
function countFlags(flags: Uint8Array, at: number, length: number): number {
  let count = 0;
  for (let index = at; index < at + length; index += 1) count += flags[index] ?? 0;
  return count;
}

/**
 * Figures released under the k rule, as `releaseTotals` releases the same totals: suppressed when they
 * hold no check-ins or fewer than `k` (already the threshold in force) people.
 */
function releaseFigures(figures: Float64Array, at: number, people: number, k: number): Released<TeamSummary> {
  const checkIns = figures[at] ?? 0;
  if (checkIns === 0 || people < k) return { kind: 'suppressed', reason: 'too-few-people' };
  const meanStrain = mapStressors(
    (stressor) => (figures[at + 1 + STRESSOR_IDS.indexOf(stressor)] ?? 0) / checkIns,
  );
  const tagCounts: Partial<Record<CheckInTag, number>> = {};
  CHECK_IN_TAGS.forEach((tag, index) => {
    const count = figures[at + TAGS_AT + index] ?? 0;
    if (count > 0) tagCounts[tag] = count;
  });
  const summary: TeamSummary = {
    people,
    checkIns,
    meanStrain,
    meanEnergy: (figures[at + ENERGY_AT] ?? 0) / checkIns,
    tagCounts,
    climateIndex: 100 - meanStrain['service-climate'],
  };
  return { kind: 'value', value: summary, people };
}

/**
 * The heatmap from the cells' and the base's totals, in time linear in cells × people. It releases exactly
 * what `releaseFilteredView(cell, base, k)` releases: every cell's people are part of the base, so "only in
 * the base" is the difference in size, and the people left out of a cell are everyone except those found
 * in that cell alone. Then the complementary suppression described at `buildHeatmap`.
 */
function heatmapOf(grid: GridTotals, k: number): Heatmap {
  const threshold = effectiveK(k);
  const { personCount, cellFigures, cellPeople } = grid;
  const peopleIn = new Int32Array(CELL_COUNT);
  const cellsOf = new Int32Array(personCount);
  for (let cell = 0; cell < CELL_COUNT; cell += 1) {
    for (let person = 0; person < personCount; person += 1) {
      if (cellPeople[cell * personCount + person] === 0) continue;
      peopleIn[cell] = (peopleIn[cell] ?? 0) + 1;
      cellsOf[person] = (cellsOf[person] ?? 0) + 1;
    }
  }
  const basePeople = countFlags(grid.basePeople, 0, personCount);
  const baseCheckIns = grid.baseFigures[0] ?? 0;
  const checkInsIn = (cell: number) => cellFigures[cell * FIGURE_COUNT] ?? 0;

  const releaseCell = (cell: number): Released<TeamSummary> => {
    const people = peopleIn[cell] ?? 0;
    const released = releaseFigures(cellFigures, cell * FIGURE_COUNT, people, threshold);
    if (released.kind === 'suppressed') return released;
    const onlyInBase = basePeople - people;
    if (onlyInBase > 0 && onlyInBase < threshold)
      return { kind: 'suppressed', reason: 'difference-too-small' };
    let onlyHere = 0;
    for (let person = 0; person < personCount; person += 1) {
      if (cellPeople[cell * personCount + person] === 1 && cellsOf[person] === 1) onlyHere += 1;
    }
    const leftOutCheckIns = baseCheckIns - checkInsIn(cell);
    if (leftOutCheckIns > 0 && basePeople - onlyHere < threshold) {
      return { kind: 'suppressed', reason: 'difference-too-small' };
    }
    return released;
  };
  const heatmap = DASHBOARD_WEEKDAYS.flatMap((weekday, day) =>
    SHIFT_PERIODS.map((period, index) => ({
      weekday,
      period,
      released: releaseCell(day * SHIFT_PERIODS.length + index),
    })),
  );

  const hidden = new Uint8Array(personCount);
  for (;;) {
    hidden.fill(0);
    let hiddenCheckIns = 0;
    heatmap.forEach((cell, index) => {
      if (cell.released.kind !== 'suppressed') return;
      hiddenCheckIns += checkInsIn(index);
      for (let person = 0; person < personCount; person += 1) {
        if (cellPeople[index * personCount + person] === 1) hidden[person] = 1;
      }
    });
    if (hiddenCheckIns === 0 || countFlags(hidden, 0, personCount) >= threshold) break;
    // The released cell with the fewest people, then the fewest check-ins; the first of equals.
    let smallest = -1;
    heatmap.forEach((cell, index) => {
      if (cell.released.kind !== 'value') return;
      const people = peopleIn[index] ?? 0;
      const least = peopleIn[smallest] ?? 0;
      if (smallest < 0 || people < least || (people === least && checkInsIn(index) < checkInsIn(smallest)))
        smallest = index;
    });
    const cell = heatmap[smallest];
    if (cell === undefined) break;
    cell.released = { kind: 'suppressed', reason: 'difference-too-small' };
  }
  return heatmap;
}

/**
 * The released heatmap cells with the highest mean role-overload strain, highest first (at most `count`).
 *
 * Ties keep heatmap order (Monday first, early before late).
 */
export function overloadPeaks(heatmap: Heatmap, count = OVERLOAD_PEAK_COUNT): readonly OverloadPeak[] {
  return heatmap
    .flatMap((cell) =>
      cell.released.kind === 'value'
        ? [
            {
              weekday: cell.weekday,
              period: cell.period,
              meanOverload: cell.released.value.meanStrain['role-overload'],
            },
          ]
        : [],
    )
    .sort((a, b) => b.meanOverload - a.meanOverload)
    .slice(0, Math.max(0, count));
}

/**
 * Per week, the distinct people who checked in against the team's size; the count is itself a team figure,
 * so it is released only when at least k people checked in that week.
 */
export function participationSeries(
  rollups: readonly TeamRollup[],
  teamSize: number,
  k: number,
): readonly WeeklyParticipation[] {
  return weeklySeries(rollups, k).map((week) => participationOf(week, teamSize));
}

function participationOf(week: WeeklyFigures, teamSize: number): WeeklyParticipation {
  return {
    weekStart: week.weekStart,
    teamSize,
    participants:
      week.released.kind === 'value'
        ? { kind: 'value', value: week.released.people }
        : { kind: 'suppressed' },
  };
}

/** The share of the team that checked in (0–1, at most 1), or null when it cannot be said. */
export function participationShare(week: WeeklyParticipation): number | null {
  if (week.participants.kind === 'suppressed' || week.teamSize <= 0) return null;
  // People who have since left the team still count among a week's participants; never show over 100 %.
  return Math.min(1, week.participants.value / week.teamSize);
}

/** How many weeks the all-teams overview compares (this period against the one before it). */
export const OVERVIEW_WEEKS = 4;

/** One team's line in the all-teams overview: two periods of `OVERVIEW_WEEKS` weeks, each released or not. */
export interface TeamOverviewRow {
  readonly teamId: string;
  /** Active members of the team now. */
  readonly teamSize: number;
  /** The latest `OVERVIEW_WEEKS` weeks, up to and including the week of `today`. */
  readonly current: Released<TeamSummary>;
  /** The `OVERVIEW_WEEKS` weeks before those. */
  readonly previous: Released<TeamSummary>;
}

/** The first day (a Monday, YYYY-MM-DD) of the rollups the overview needs for the week of `today`. */
export function overviewStart(today: string): string {
  return shiftWeeks(mondayOf(today), -(2 * OVERVIEW_WEEKS - 1));
}

/**
 * Every team's overview line from the rollups of the last 2 × `OVERVIEW_WEEKS` weeks.
 *
 * Each period covers its released weeks only, as the dashboard's overall figure does: the team dashboard
 * shows the same weeks one by one, and a period total that included a suppressed week would give that week
 * away by subtraction.
 */
export function buildTeamsOverview(
  rollups: readonly TeamRollup[],
  teams: readonly { readonly teamId: string; readonly teamSize: number }[],
  options: { readonly k: number; readonly today: string },
): readonly TeamOverviewRow[] {
  const k = effectiveK(options.k);
  const currentStart = shiftWeeks(mondayOf(options.today), -(OVERVIEW_WEEKS - 1));
  const previousStart = overviewStart(options.today);
  const byTeam = new Map<string, TeamRollup[]>();
  for (const rollup of rollups) {
    if (rollup.day < previousStart) continue;
    const list = byTeam.get(rollup.teamId);
    if (list) list.push(rollup);
    else byTeam.set(rollup.teamId, [rollup]);
  }
  const releasedPeriod = (teamRollups: readonly TeamRollup[], from: string, to: string) => {
    const inPeriod = teamRollups.filter((rollup) => rollup.day >= from && rollup.day < to);
    const released = new Set(
      weeklySeries(inPeriod, k)
        .filter((week) => week.released.kind === 'value')
        .map((week) => week.weekStart),
    );
    return releaseView(
      inPeriod.filter((rollup) => released.has(mondayOf(rollup.day))),
      k,
    );
  };
  return teams.map(({ teamId, teamSize }) => {
    const teamRollups = byTeam.get(teamId) ?? [];
    return {
      teamId,
      teamSize,
      current: releasedPeriod(teamRollups, currentStart, '9999-12-31'),
      previous: releasedPeriod(teamRollups, previousStart, currentStart),
    };
  });
}

function shiftWeeks(monday: string, weeks: number): string {
  const [year = 1970, month = 1, day = 1] = monday.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + weeks * 7));
  return date.toISOString().slice(0, 10);
}

/** Weekday names used in CSV exports (fixed English, like the column names), indexed by `Date#getDay`. */
const CSV_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The columns of the team figures CSV, in order. */
export const TEAM_FIGURES_CSV_COLUMNS = [
  'scope',
  'week_start',
  'weekday',
  'shift_period',
  'status',
  'people',
  'team_members',
  'participation_percent',
  'emotional_labor_strain',
  'role_conflict_strain',
  'role_ambiguity_strain',
  'role_overload_strain',
  'service_climate_strain',
  'climate_index',
] as const;

/**
 * The team figures as CSV: released aggregates only.
 *
 * One row per week (`scope` = week: mean strain per stressor, climate index, participation), one for all
 * released weeks together (`all-released-weeks`), and one per heatmap cell (`weekday-shift`). A suppressed
 * figure is a row with `status` = not-enough-responses and empty figure cells. The dashboard type holds no
 * person's id or name, so none can reach the file; cells are still guarded against formula injection.
 */
export function buildAggregateCsv(dashboard: TeamDashboard): string {
  const participationByWeek = new Map(dashboard.participation.map((week) => [week.weekStart, week]));
  const weekRows = dashboard.weeks.map((week) => {
    const participation = participationByWeek.get(week.weekStart);
    const share = participation ? participationShare(participation) : null;
    return figureRow({ scope: 'week', weekStart: week.weekStart, weekday: '', period: '' }, week.released, {
      teamMembers: String(dashboard.teamSize),
      participationPercent: share === null ? '' : (share * 100).toFixed(0),
    });
  });
  const overallRow = figureRow(
    { scope: 'all-released-weeks', weekStart: '', weekday: '', period: '' },
    dashboard.overall,
    { teamMembers: String(dashboard.teamSize), participationPercent: '' },
  );
  const cellRows = dashboard.heatmap.map((cell) =>
    figureRow(
      { scope: 'weekday-shift', weekStart: '', weekday: CSV_WEEKDAYS[cell.weekday], period: cell.period },
      cell.released,
      { teamMembers: '', participationPercent: '' },
    ),
  );
  const records = [...weekRows, overallRow, ...cellRows].map((cells) => cells.map(neutraliseFormula));
  return unparse([[...TEAM_FIGURES_CSV_COLUMNS], ...records], { newline: '\r\n' });
}

function figureRow(
  where: {
    readonly scope: string;
    readonly weekStart: string;
    readonly weekday: string;
    readonly period: string;
  },
  released: Released<TeamSummary>,
  participation: { readonly teamMembers: string; readonly participationPercent: string },
): string[] {
  const lead = [where.scope, where.weekStart, where.weekday, where.period];
  if (released.kind === 'suppressed') {
    // Nothing of a suppressed figure leaves the app — not even its number of people.
    return [
      ...lead,
      'not-enough-responses',
      '',
      participation.teamMembers,
      '',
      ...STRESSOR_IDS.map(() => ''),
      '',
    ];
  }
  return [
    ...lead,
    'released',
    String(released.people),
    participation.teamMembers,
    participation.participationPercent,
    ...STRESSOR_IDS.map((stressor) => released.value.meanStrain[stressor].toFixed(1)),
    released.value.climateIndex.toFixed(1),
  ];
}

/** Where one person stands on one assigned module (the same statuses the team training screen shows). */
export type TrainingModuleStatus = 'passed' | 'in-progress' | 'failed' | 'not-started';

/** One team member's status on one assigned module; the person id is used for counting only. */
export interface TrainingStatusEntry {
  readonly moduleId: string;
  readonly moduleTitle: string;
  readonly personId: string;
  readonly status: TrainingModuleStatus;
  readonly isOverdue: boolean;
}

/** Counts of a team's progress on one module. */
export interface TrainingCompletionSummary {
  readonly moduleId: string;
  readonly moduleTitle: string;
  /** Distinct people the module is assigned to. */
  readonly assigned: number;
  readonly passed: number;
  readonly inProgress: number;
  /** Not passed and past a due date. */
  readonly overdue: number;
}

/**
 * Count, per module, how many people it is assigned to and how many passed, are in progress or are overdue.
 *
 * A person covered by two assignments of the same module (their team's and their own) counts once, and is
 * overdue if either assignment is. Modules are ordered by title, then id.
 */
export function summariseTrainingCompletion(
  entries: readonly TrainingStatusEntry[],
): readonly TrainingCompletionSummary[] {
  const byModule = new Map<string, { title: string; people: Map<string, TrainingStatusEntry> }>();
  for (const entry of entries) {
    const module = byModule.get(entry.moduleId) ?? {
      title: entry.moduleTitle,
      people: new Map<string, TrainingStatusEntry>(),
    };
    const seen = module.people.get(entry.personId);
    module.people.set(
      entry.personId,
      seen ? { ...seen, isOverdue: seen.isOverdue || entry.isOverdue } : entry,
    );
    byModule.set(entry.moduleId, module);
  }
  return [...byModule.entries()]
    .map(([moduleId, module]) => {
      const people = [...module.people.values()];
      return {
        moduleId,
        moduleTitle: module.title,
        assigned: people.length,
        passed: people.filter((entry) => entry.status === 'passed').length,
        inProgress: people.filter((entry) => entry.status === 'in-progress').length,
        overdue: people.filter((entry) => entry.status !== 'passed' && entry.isOverdue).length,
      };
    })
    .sort((a, b) => compareText(a.moduleTitle, b.moduleTitle) || compareText(a.moduleId, b.moduleId));
}

/** The columns of the training completion CSV, in order. */
export const COMPLETION_SUMMARY_CSV_COLUMNS = [
  'module',
  'module_id',
  'assigned',
  'passed',
  'in_progress',
  'overdue',
] as const;

/** The team's training completion as CSV: counts per module, no names. */
export function buildCompletionSummaryCsv(summaries: readonly TrainingCompletionSummary[]): string {
  const records = summaries.map((summary) =>
    [
      summary.moduleTitle,
      summary.moduleId,
      String(summary.assigned),
      String(summary.passed),
      String(summary.inProgress),
      String(summary.overdue),
    ].map(neutraliseFormula),
  );
  return unparse([[...COMPLETION_SUMMARY_CSV_COLUMNS], ...records], { newline: '\r\n' });
}

/**
 * A file name for a team report: `<kind>-<team>-<YYYY-MM-DD>.<extension>`, the team name reduced to lower-case
 * letters, digits and hyphens (never a path separator), `team` when nothing is left.
 */
export function reportFileName(kind: string, teamName: string, extension: string, now: number): string {
  const team =
    teamName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'team';
  const date = new Date(now);
  const day = `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${kind}-${team}-${day}.${extension}`;
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
