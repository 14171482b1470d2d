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
import type { Released, RollupTotals, TeamSummary } from './anonymity';
import {
  addRollupToTotals,
  addTotals,
  effectiveK,
  emptyTotals,
  mondayOf,
  releaseTotals,
  releaseView,
  totalsOf,
  weeklySeries,
  weeklyTotals,
} from './anonymity';
import type { ShiftPeriod } from './check-in';
import { SHIFT_PERIODS } from './check-in';
import type { RollupFigures } from './rollup';
import { STRESSOR_IDS } from './stressors';
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
  rollups: readonly RollupFigures[],
  options: { readonly k: number; readonly teamSize: number },
): TeamDashboard {
  const weeks = weeklyTotals(rollups).map((week): DashboardWeek => ({
    weekStart: week.weekStart,
    totals: week.totals,
    addToCells: (cellOf) => {
      for (const rollup of week.rollups) {
        const totals = cellOf(rollup.weekday, rollup.period);
        if (totals) addRollupToTotals(totals, rollup);
      }
    },
  }));
  return dashboardOfWeeks(weeks, options);
}

/**
 * One week as the dashboard reads it: its totals, and how to add its rollups to the weekday × shift cells.
 * `buildTeamDashboard` makes these from rollups; team-week.ts makes them straight from stored team weeks,
 * without building a rollup object per day and shift.
 */
export interface DashboardWeek {
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly totals: RollupTotals;
  /** Add the week's rollups to the cells (`cellOf` gives a cell's totals). Called for released weeks only. */
  readonly addToCells: (cellOf: (weekday: number, period: ShiftPeriod) => RollupTotals | undefined) => void;
}

/**
 * The whole dashboard from consecutive weeks, oldest first (weeks without check-ins included, empty).
 *
 * The overall figure and the heatmap cover the released weeks only (see the top of this file).
 */
export function dashboardOfWeeks(
  weekly: readonly DashboardWeek[],
  options: { readonly k: number; readonly teamSize: number },
): TeamDashboard {
  const k = effectiveK(options.k);
  const weeks = weekly.map((week) => ({
    weekStart: week.weekStart,
    released: releaseTotals(week.totals, k),
  }));
  const cells = emptyCells();
  const baseTotals = emptyTotals();
  weekly.forEach((week, index) => {
    if (weeks[index]?.released.kind !== 'value') return;
    week.addToCells(cells.of);
    addTotals(baseTotals, week.totals);
  });
  const heatmap = heatmapOfCells(cells.list, baseTotals, k);
  return {
    k,
    teamSize: options.teamSize,
    weeks,
    overall: releaseTotals(baseTotals, k),
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
export function buildHeatmap(rollups: readonly RollupFigures[], k: number): Heatmap {
  return heatmapOfCells(cellTotals(rollups), totalsOf(rollups), k);
}

/** One heatmap cell's totals. */
interface CellTotals {
  readonly weekday: Weekday;
  readonly period: ShiftPeriod;
  readonly totals: RollupTotals;
}

/** Empty totals for every weekday × shift-period cell, in heatmap order, and a lookup by weekday and period. */
function emptyCells(): {
  readonly list: readonly CellTotals[];
  readonly of: (weekday: number, period: ShiftPeriod) => RollupTotals | undefined;
} {
  const list = DASHBOARD_WEEKDAYS.flatMap((weekday) =>
    SHIFT_PERIODS.map((period) => ({ weekday, period, totals: emptyTotals() })),
  );
  const byKey = new Map(list.map((cell) => [`${String(cell.weekday)}|${cell.period}`, cell.totals]));
  return { list, of: (weekday, period) => byKey.get(`${String(weekday)}|${period}`) };
}

/** The rollups' totals per weekday × shift-period cell, in heatmap order. */
function cellTotals(rollups: readonly RollupFigures[]): readonly CellTotals[] {
  const cells = emptyCells();
  for (const rollup of rollups) {
    const totals = cells.of(rollup.weekday, rollup.period);
    if (totals) addRollupToTotals(totals, rollup);
  }
  return cells.list;
}

/**
 * The heatmap from per-cell totals and the totals of the whole base, in time linear in the number of
 * people per cell. It releases exactly what `releaseFilteredView(cell, base, k)` releases: every cell's
 * people are part of the base, so "only in the base" is the difference in size, and the people left out
 * of a cell are everyone except those found in that cell alone.
 */
function heatmapOfCells(cells: readonly CellTotals[], base: RollupTotals, k: number): Heatmap {
  const threshold = effectiveK(k);
  const cellsPerPerson = new Map<string, number>();
  for (const cell of cells) {
    for (const person of cell.totals.people)
      cellsPerPerson.set(person, (cellsPerPerson.get(person) ?? 0) + 1);
  }
  const releaseCell = (totals: RollupTotals): Released<TeamSummary> => {
    const released = releaseTotals(totals, threshold);
    if (released.kind === 'suppressed') return released;
    const onlyInBase = base.people.size - totals.people.size;
    if (onlyInBase > 0 && onlyInBase < threshold)
      return { kind: 'suppressed', reason: 'difference-too-small' };
    let onlyHere = 0;
    for (const person of totals.people) if (cellsPerPerson.get(person) === 1) onlyHere += 1;
    const leftOutCheckIns = base.count - totals.count;
    if (leftOutCheckIns > 0 && base.people.size - onlyHere < threshold) {
      return { kind: 'suppressed', reason: 'difference-too-small' };
    }
    return released;
  };
  const heatmap = cells.map((cell) => ({ ...cell, released: releaseCell(cell.totals) }));
  for (;;) {
    let hiddenCheckIns = 0;
    const hiddenPeople = new Set<string>();
    for (const cell of heatmap) {
      if (cell.released.kind !== 'suppressed') continue;
      hiddenCheckIns += cell.totals.count;
      for (const person of cell.totals.people) hiddenPeople.add(person);
    }
    if (hiddenCheckIns === 0 || hiddenPeople.size >= threshold) break;
    const smallest = heatmap
      .filter((cell) => cell.released.kind === 'value')
      .reduce<(typeof heatmap)[number] | null>(
        (best, cell) => (best === null || isSmaller(cell.released, best.released) ? cell : best),
        null,
      );
    if (smallest === null) break;
    smallest.released = { kind: 'suppressed', reason: 'difference-too-small' };
  }
  return heatmap.map(({ weekday, period, released }) => ({ weekday, period, released }));
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
  rollups: readonly RollupFigures[],
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
  rollups: readonly RollupFigures[],
  teams: readonly { readonly teamId: string; readonly teamSize: number }[],
  options: { readonly k: number; readonly today: string },
): readonly TeamOverviewRow[] {
  const k = effectiveK(options.k);
  const currentStart = shiftWeeks(mondayOf(options.today), -(OVERVIEW_WEEKS - 1));
  const previousStart = overviewStart(options.today);
  const byTeam = new Map<string, RollupFigures[]>();
  for (const rollup of rollups) {
    if (rollup.day < previousStart) continue;
    const list = byTeam.get(rollup.teamId);
    if (list) list.push(rollup);
    else byTeam.set(rollup.teamId, [rollup]);
  }
  const releasedPeriod = (teamRollups: readonly RollupFigures[], from: string, to: string) => {
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

/** Whether `a` tells less than `b`: fewer people, or as many people and fewer check-ins. */
function isSmaller(a: Released<TeamSummary>, b: Released<TeamSummary>): boolean {
  const size = (released: Released<TeamSummary>) =>
    released.kind === 'value' ? [released.people, released.value.checkIns] : [0, 0];
  const [aPeople = 0, aCheckIns = 0] = size(a);
  const [bPeople = 0, bCheckIns = 0] = size(b);
  return aPeople < bPeople || (aPeople === bPeople && aCheckIns < bCheckIns);
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
