import fc from 'fast-check';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mondayOf, releaseFilteredView, releaseView, type Released, type TeamSummary } from './anonymity';
import type { CheckInRecord } from './check-in';
import { localDay, SHIFT_PERIODS, shiftPeriodAt } from './check-in';
import type { TeamRollup } from './rollup';
import { rebuildRollups, removePersonFromRollup } from './rollup';
import type { Rating } from './stressors';
import {
  COMPLETION_SUMMARY_CSV_COLUMNS,
  DASHBOARD_WEEKDAYS,
  TEAM_FIGURES_CSV_COLUMNS,
  buildAggregateCsv,
  buildCompletionSummaryCsv,
  buildHeatmap,
  buildTeamDashboard,
  dashboardOfWeeks,
  emptyTeamDashboard,
  overloadPeaks,
  participationSeries,
  participationShare,
  reportFileName,
  summariseTrainingCompletion,
  type Heatmap,
  type HeatmapCell,
  type TrainingStatusEntry,
} from './team-report';
import { dashboardWeeks, teamWeeksFromRollups } from './team-week';

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 9): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

function checkIn(
  personId: string,
  at: number,
  ratings: { readonly overload?: Rating; readonly rest?: Rating } = {},
): CheckInRecord {
  const rest = ratings.rest ?? 3;
  return {
    id: `${personId}-${String(at)}`,
    personId,
    teamId: 'team-a',
    moment: 'shift-end',
    at,
    day: localDay(at),
    weekday: new Date(at).getDay(),
    period: shiftPeriodAt(at),
    ratings: {
      'emotional-labor': rest,
      'role-conflict': rest,
      'role-ambiguity': rest,
      'role-overload': ratings.overload ?? rest,
      'service-climate': rest,
    },
    energy: rest,
    tags: [],
  };
}

const people = (count: number, prefix = 'person-') =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index)}`);
const contributors = (rollups: readonly TeamRollup[]) => new Set(rollups.flatMap((r) => r.contributorIds));
const checkIns = (rollups: readonly TeamRollup[]) => rollups.reduce((total, r) => total + r.count, 0);

function cellAt(heatmap: Heatmap, weekday: number, period: string): HeatmapCell {
  const cell = heatmap.find((c) => c.weekday === weekday && c.period === period);
  if (!cell) throw new Error('no such cell');
  return cell;
}

function rollupsOfCell(rollups: readonly TeamRollup[], cell: HeatmapCell): TeamRollup[] {
  return rollups.filter((r) => r.weekday === cell.weekday && r.period === cell.period);
}

function parseRecords(csv: string): Record<string, string>[] {
  const parsed = parse<Record<string, string>>(csv, { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('buildHeatmap', () => {
  it('has a cell for every weekday, Monday first, and every shift period', () => {
    const heatmap = buildHeatmap([], 5);
    expect(heatmap).toHaveLength(28);
    expect(heatmap.slice(0, 4).map((c) => [c.weekday, c.period])).toEqual([
      [1, 'early'],
      [1, 'day'],
      [1, 'late'],
      [1, 'night'],
    ]);
    expect(heatmap.map((c) => c.weekday).filter((_, i) => i % 4 === 0)).toEqual([...DASHBOARD_WEEKDAYS]);
    expect(heatmap.every((c) => c.released.kind === 'suppressed')).toBe(true);
  });

  it('hides every cell below five people', () => {
    const rollups = rebuildRollups(people(4).map((p) => checkIn(p, dayAt(0, 9))));
    expect(buildHeatmap(rollups, 5).every((c) => c.released.kind === 'suppressed')).toBe(true);
  });

  it('shows a cell with five people when nobody else checked in', () => {
    const rollups = rebuildRollups(people(5).map((p) => checkIn(p, dayAt(0, 9))));
    const heatmap = buildHeatmap(rollups, 5);
    expect(cellAt(heatmap, 1, 'early').released).toMatchObject({ kind: 'value', people: 5 });
    expect(heatmap.filter((c) => c.released.kind === 'value')).toHaveLength(1);
  });

  it('hides a cell of five people when the base has six (the difference is one person)', () => {
    const rollups = rebuildRollups([
      ...people(5).map((p) => checkIn(p, dayAt(0, 9))),
      checkIn('person-5', dayAt(1, 14)),
    ]);
    const heatmap = buildHeatmap(rollups, 5);
    expect(cellAt(heatmap, 1, 'early').released).toEqual({
      kind: 'suppressed',
      reason: 'difference-too-small',
    });
    expect(heatmap.every((c) => c.released.kind === 'suppressed')).toBe(true);
  });

  it('also hides the smallest released cell when the hidden cells together would be one person', () => {
    // Ten people on Monday morning (one of them twice), the same ten on Tuesday morning, and one of them
    // alone on Wednesday evening. Monday and Tuesday each pass the per-cell rule (nobody is only in the
    // base), but overall minus both would be that one Wednesday check-in — so Tuesday, which holds fewer
    // check-ins, is hidden as well.
    const ten = people(10);
    const rollups = rebuildRollups([
      ...ten.map((p) => checkIn(p, dayAt(0, 9))),
      checkIn('person-1', dayAt(0, 10)),
      ...ten.map((p) => checkIn(p, dayAt(1, 9))),
      checkIn('person-0', dayAt(2, 19)),
    ]);
    const heatmap = buildHeatmap(rollups, 5);
    expect(cellAt(heatmap, 3, 'late').released.kind).toBe('suppressed');
    expect(cellAt(heatmap, 2, 'early').released).toEqual({
      kind: 'suppressed',
      reason: 'difference-too-small',
    });
    expect(cellAt(heatmap, 1, 'early').released).toMatchObject({ kind: 'value', people: 10 });
  });

  it('applies the configured k and never goes below three', () => {
    const rollups = rebuildRollups(people(3).map((p) => checkIn(p, dayAt(0, 9))));
    expect(cellAt(buildHeatmap(rollups, 1), 1, 'early').released.kind).toBe('value');
    expect(cellAt(buildHeatmap(rollups, 4), 1, 'early').released.kind).toBe('suppressed');
  });
});

describe('overloadPeaks', () => {
  it('names the three released cells with the highest mean role overload, highest first', () => {
    const five = people(5);
    const rollups = rebuildRollups([
      ...five.map((p) => checkIn(p, dayAt(0, 9), { overload: 2 })),
      ...five.map((p) => checkIn(p, dayAt(0, 14), { overload: 5 })),
      ...five.map((p) => checkIn(p, dayAt(1, 19), { overload: 4 })),
      ...five.map((p) => checkIn(p, dayAt(4, 9), { overload: 1 })),
    ]);
    const peaks = overloadPeaks(buildHeatmap(rollups, 5));
    expect(peaks).toEqual([
      { weekday: 1, period: 'day', meanOverload: 100 },
      { weekday: 2, period: 'late', meanOverload: 75 },
      { weekday: 1, period: 'early', meanOverload: 25 },
    ]);
  });

  it('names nothing when every cell is hidden', () => {
    expect(overloadPeaks(buildHeatmap([], 5))).toEqual([]);
  });
});

describe('participationSeries', () => {
  it('shows how many people checked in each week only when at least k did', () => {
    const rollups = rebuildRollups([
      ...people(6).map((p) => checkIn(p, dayAt(0))),
      ...people(2).map((p) => checkIn(p, dayAt(7))),
      ...people(5).map((p) => checkIn(p, dayAt(15))),
    ]);
    const series = participationSeries(rollups, 8, 5);
    expect(series.map((week) => [week.weekStart, week.participants])).toEqual([
      ['2026-03-02', { kind: 'value', value: 6 }],
      ['2026-03-09', { kind: 'suppressed' }],
      ['2026-03-16', { kind: 'value', value: 5 }],
    ]);
    expect(series.map(participationShare)).toEqual([0.75, null, 0.625]);
  });

  it('never reports more than the whole team', () => {
    expect(
      participationShare({ weekStart: '2026-03-02', teamSize: 4, participants: { kind: 'value', value: 6 } }),
    ).toBe(1);
    expect(
      participationShare({ weekStart: '2026-03-02', teamSize: 0, participants: { kind: 'value', value: 6 } }),
    ).toBeNull();
  });
});

describe('buildTeamDashboard', () => {
  it('builds the overall figure and the heatmap over the released weeks only', () => {
    const rollups = rebuildRollups([
      ...people(5).map((p) => checkIn(p, dayAt(0))),
      checkIn('person-9', dayAt(8, 19), { overload: 5, rest: 5 }),
    ]);
    const dashboard = buildTeamDashboard(rollups, { k: 5, teamSize: 7 });
    expect(dashboard.weeks.map((week) => week.released.kind)).toEqual(['value', 'suppressed']);
    expect(dashboard.overall).toMatchObject({ kind: 'value', people: 5 });
    // Tuesday late holds only the suppressed week's check-in, so it is not in the heatmap at all.
    expect(cellAt(dashboard.heatmap, 1, 'early').released).toMatchObject({ kind: 'value', people: 5 });
    expect(cellAt(dashboard.heatmap, 2, 'late').released).toEqual({
      kind: 'suppressed',
      reason: 'too-few-people',
    });
    expect(dashboard.peaks).toHaveLength(1);
    expect(dashboard.teamSize).toBe(7);
    expect(dashboard.participation.map((week) => week.participants.kind)).toEqual(['value', 'suppressed']);
  });

  it('is empty, with everything suppressed, when there are no check-ins', () => {
    const dashboard = emptyTeamDashboard(5);
    expect(dashboard.weeks).toEqual([]);
    expect(dashboard.overall.kind).toBe('suppressed');
    expect(dashboard.heatmap.every((cell) => cell.released.kind === 'suppressed')).toBe(true);
    expect(dashboard.peaks).toEqual([]);
  });
});

describe('buildAggregateCsv', () => {
  const rollups = rebuildRollups([
    ...people(6).map((p) => checkIn(p, dayAt(0, 9), { overload: 4 })),
    ...people(2).map((p) => checkIn(p, dayAt(7, 14), { overload: 5 })),
  ]);
  const dashboard = buildTeamDashboard(rollups, { k: 5, teamSize: 8 });
  const csv = buildAggregateCsv(dashboard);

  it('starts with the header and has a row per week, one for all released weeks and one per cell', () => {
    expect(csv.split('\r\n')[0]).toBe(TEAM_FIGURES_CSV_COLUMNS.join(','));
    const records = parseRecords(csv);
    expect(records.map((r) => r.scope)).toEqual([
      'week',
      'week',
      'all-released-weeks',
      ...Array.from({ length: 28 }, () => 'weekday-shift'),
    ]);
    expect(records[0]).toMatchObject({
      week_start: '2026-03-02',
      status: 'released',
      people: '6',
      team_members: '8',
      participation_percent: '75',
      role_overload_strain: '75.0',
      emotional_labor_strain: '50.0',
      climate_index: '50.0',
    });
  });

  it('leaves every figure of a suppressed row empty', () => {
    const suppressed = parseRecords(csv).filter((r) => r.status === 'not-enough-responses');
    expect(suppressed.length).toBeGreaterThan(0);
    const week = suppressed.find((r) => r.scope === 'week');
    expect(week).toMatchObject({ week_start: '2026-03-09', people: '', participation_percent: '' });
    for (const row of suppressed) {
      expect(row.people).toBe('');
      expect(row.participation_percent).toBe('');
      expect(row.role_overload_strain).toBe('');
      expect(row.climate_index).toBe('');
    }
    // The suppressed week's overload (100) appears nowhere.
    expect(csv).not.toContain('100.0');
  });

  it('contains no person ids', () => {
    expect(csv).not.toContain('person-');
  });
});

describe('training completion', () => {
  const entry = (overrides: Partial<TrainingStatusEntry>): TrainingStatusEntry => ({
    moduleId: 'de-escalation',
    moduleTitle: 'De-escalation',
    personId: 'person-1',
    status: 'not-started',
    isOverdue: false,
    ...overrides,
  });

  it('counts each person once per module, overdue if any of their assignments is', () => {
    const summary = summariseTrainingCompletion([
      entry({ personId: 'a', status: 'passed' }),
      entry({ personId: 'b', status: 'in-progress', isOverdue: false }),
      entry({ personId: 'b', status: 'in-progress', isOverdue: true }),
      entry({ personId: 'c', status: 'failed', isOverdue: true }),
      entry({ personId: 'd', status: 'passed', isOverdue: true }),
      entry({ moduleId: 'calm', moduleTitle: 'Calm calls', personId: 'a' }),
    ]);
    expect(summary).toEqual([
      { moduleId: 'calm', moduleTitle: 'Calm calls', assigned: 1, passed: 0, inProgress: 0, overdue: 0 },
      {
        moduleId: 'de-escalation',
        moduleTitle: 'De-escalation',
        assigned: 4,
        passed: 2,
        inProgress: 1,
        overdue: 2,
      },
    ]);
  });

  it('writes counts only, with formulas in titles neutralised', () => {
    const csv = buildCompletionSummaryCsv(
      summariseTrainingCompletion([
        entry({ personId: 'person-7', status: 'passed', moduleTitle: '=HYPERLINK("x")' }),
      ]),
    );
    expect(csv.split('\r\n')[0]).toBe(COMPLETION_SUMMARY_CSV_COLUMNS.join(','));
    expect(parseRecords(csv)).toEqual([
      {
        module: `'=HYPERLINK("x")`,
        module_id: 'de-escalation',
        assigned: '1',
        passed: '1',
        in_progress: '0',
        overdue: '0',
      },
    ]);
    expect(csv).not.toContain('person-7');
  });

  it('writes just the header when nothing is assigned', () => {
    expect(buildCompletionSummaryCsv([])).toBe(COMPLETION_SUMMARY_CSV_COLUMNS.join(','));
  });
});

describe('reportFileName', () => {
  const now = new Date(2026, 2, 5, 12).getTime();

  it('names the kind, the team and the local date', () => {
    expect(reportFileName('team-figures', 'Billing queries', 'csv', now)).toBe(
      'team-figures-billing-queries-2026-03-05.csv',
    );
  });

  it('keeps path separators and odd characters out of the name', () => {
    expect(reportFileName('team-report', '../Équipe /nuit\\', 'pdf', now)).toBe(
      'team-report-equipe-nuit-2026-03-05.pdf',
    );
    expect(reportFileName('team-report', '***', 'pdf', now)).toBe('team-report-team-2026-03-05.pdf');
  });
});

const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
const entryArb = (days: fc.Arbitrary<number>, hour: fc.Arbitrary<number>) =>
  fc.record({ person: fc.integer({ min: 0, max: 11 }), days, hour, overload: ratingArb, rest: ratingArb });
/**
 * A team's check-ins over three weeks: up to 120 bunched into a few weekday × shift cells (so that many
 * cells pass the threshold), up to 6 scattered anywhere (so that differences and complements matter), and
 * some people's data erased afterwards.
 */
const teamHistoryArb = fc
  .record({
    bunched: fc.array(entryArb(fc.constantFrom(0, 1, 7, 8, 14, 15), fc.constantFrom(9, 19)), {
      maxLength: 120,
      size: 'max',
    }),
    scattered: fc.array(entryArb(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 23 })), {
      maxLength: 6,
    }),
    erased: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 2 }),
  })
  .map(({ bunched, scattered, erased }) =>
    rebuildRollups(
      [...bunched, ...scattered].map((entry, index) => ({
        ...checkIn(`person-${String(entry.person)}`, dayAt(entry.days, entry.hour), {
          overload: entry.overload,
          rest: entry.rest,
        }),
        id: `check-in-${String(index)}`,
      })),
    ).map((rollup) =>
      erased.reduce((current, person) => removePersonFromRollup(current, `person-${String(person)}`), rollup),
    ),
  );
const kArb = fc.integer({ min: 3, max: 7 });
/**
 * A team's check-ins over eight weeks, only some of which have any (so the dashboard fills in empty weeks
 * between stored ones): most bunched into a few weekday × shift cells, with people spread over several of
 * them, a few anywhere in the week, and some people's data erased afterwards.
 */
const sparseHistoryArb = fc
  .record({
    weeks: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    bunched: fc.array(entryArb(fc.constantFrom(0, 1), fc.constantFrom(9, 19)), {
      maxLength: 150,
      size: 'max',
    }),
    scattered: fc.array(entryArb(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 23 })), {
      maxLength: 8,
    }),
    erased: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 2 }),
  })
  .map(({ weeks, bunched, scattered, erased }) =>
    rebuildRollups(
      [...bunched, ...scattered].map((entry, index) => ({
        ...checkIn(
          `person-${String(entry.person)}`,
          // Each entry goes to one of the chosen weeks.
          dayAt((weeks[index % weeks.length] ?? 0) * 7 + entry.days, entry.hour),
          { overload: entry.overload, rest: entry.rest },
        ),
        id: `check-in-${String(index)}`,
      })),
    ).map((rollup) =>
      erased.reduce((current, person) => removePersonFromRollup(current, `person-${String(person)}`), rollup),
    ),
  );

describe('team dashboard properties', () => {
  it('never releases a cell with fewer than k people, or whose difference from the base is 1 to k − 1', () => {
    const outcomes = { value: 0, 'too-few-people': 0, 'difference-too-small': 0, complement: 0 };
    fc.assert(
      fc.property(teamHistoryArb, kArb, (rollups, k) => {
        const dashboard = buildTeamDashboard(rollups, { k, teamSize: 12 });
        const releasedWeeks = new Set(
          dashboard.weeks.filter((w) => w.released.kind === 'value').map((w) => w.weekStart),
        );
        const base = rollups.filter((r) => releasedWeeks.has(mondayOf(r.day)));
        const baseKeys = (rows: readonly TeamRollup[]) => new Set(rows.map((r) => `${r.day}|${r.period}`));
        for (const cell of dashboard.heatmap) {
          outcomes[cell.released.kind === 'value' ? 'value' : cell.released.reason] += 1;
          const inCell = rollupsOfCell(base, cell);
          if (cell.released.kind === 'suppressed') {
            // Hidden only to protect the other hidden cells (complementary suppression).
            if (releaseFilteredView(inCell, base, k).kind === 'value') outcomes.complement += 1;
            continue;
          }
          const cellPeople = contributors(inCell);
          expect(cellPeople.size).toBeGreaterThanOrEqual(k);
          expect(cell.released.people).toBe(cellPeople.size);
          const onlyInBase = [...contributors(base)].filter((p) => !cellPeople.has(p)).length;
          expect(onlyInBase === 0 || onlyInBase >= k).toBe(true);
          const cellKeys = baseKeys(inCell);
          const leftOut = base.filter((r) => !cellKeys.has(`${r.day}|${r.period}`));
          expect(checkIns(leftOut) === 0 || contributors(leftOut).size >= k).toBe(true);
        }
        // Base minus every released cell (the hidden cells together) never singles out fewer than k people.
        const hidden = dashboard.heatmap
          .filter((cell) => cell.released.kind === 'suppressed')
          .flatMap((cell) => rollupsOfCell(base, cell));
        expect(checkIns(hidden) === 0 || contributors(hidden).size >= k).toBe(true);
        // The overall figure covers exactly the released weeks.
        if (dashboard.overall.kind === 'value')
          expect(dashboard.overall.people).toBe(contributors(base).size);
        // Participation is shown only for weeks of at least k people.
        for (const week of dashboard.participation) {
          if (week.participants.kind === 'value') expect(week.participants.value).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 300 },
    );
    // Every branch must actually be exercised for the property to mean anything.
    expect(outcomes.value).toBeGreaterThan(0);
    expect(outcomes['too-few-people']).toBeGreaterThan(0);
    expect(outcomes['difference-too-small']).toBeGreaterThan(0);
    expect(outcomes.complement).toBeGreaterThan(0);
  });

  it('gives exactly what the rule-by-rule definition gives, from the same rollups', () => {
    fc.assert(
      fc.property(teamHistoryArb, kArb, (rollups, k) => {
        expect(buildTeamDashboard(rollups, { k, teamSize: 12 })).toEqual(referenceDashboard(rollups, k, 12));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same dashboard straight from stored team weeks, with empty weeks between them', () => {
    const seen = { emptyWeekBetween: 0, releasedWeek: 0, suppressedWeek: 0, differenceTooSmall: 0 };
    fc.assert(
      fc.property(sparseHistoryArb, kArb, (rollups, k) => {
        const expected = referenceDashboard(rollups, k, 12);
        expect(buildTeamDashboard(rollups, { k, teamSize: 12 })).toEqual(expected);
        // As the dashboard repository reads them, in any order.
        const weeks = teamWeeksFromRollups(rollups).reverse();
        expect(dashboardOfWeeks(dashboardWeeks(weeks), { k, teamSize: 12 })).toEqual(expected);

        if (expected.weeks.length > weeks.length) seen.emptyWeekBetween += 1;
        if (expected.weeks.some((week) => week.released.kind === 'value')) seen.releasedWeek += 1;
        if (weeks.length > 0 && expected.weeks.some((week) => week.released.kind === 'suppressed'))
          seen.suppressedWeek += 1;
        if (
          expected.heatmap.some(
            (cell) => cell.released.kind === 'suppressed' && cell.released.reason !== 'too-few-people',
          )
        )
          seen.differenceTooSmall += 1;
      }),
      { numRuns: 200 },
    );
    // The cases that tell a wrong implementation apart must actually come up.
    expect(seen.emptyWeekBetween).toBeGreaterThan(0);
    expect(seen.releasedWeek).toBeGreaterThan(0);
    expect(seen.suppressedWeek).toBeGreaterThan(0);
    expect(seen.differenceTooSmall).toBeGreaterThan(0);
  });

  it('never writes a contributor id or a suppressed figure into the CSV', () => {
    fc.assert(
      fc.property(teamHistoryArb, kArb, (rollups, k) => {
        const dashboard = buildTeamDashboard(rollups, { k, teamSize: 12 });
        const csv = buildAggregateCsv(dashboard);
        expect(csv).not.toContain('person-');
        const records = parseRecords(csv);
        const figureColumns = TEAM_FIGURES_CSV_COLUMNS.slice(8);
        for (const record of records) {
          if (record.status !== 'not-enough-responses') continue;
          expect(record.people).toBe('');
          expect(record.participation_percent).toBe('');
          for (const column of figureColumns) expect(record[column]).toBe('');
        }
        // Rows match what the dashboard releases, one for one.
        const releasedCount =
          dashboard.weeks.filter((w) => w.released.kind === 'value').length +
          (dashboard.overall.kind === 'value' ? 1 : 0) +
          dashboard.heatmap.filter((c) => c.released.kind === 'value').length;
        expect(records.filter((r) => r.status === 'released')).toHaveLength(releasedCount);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The dashboard computed the slow, literal way: every figure straight from the rollups it covers, each
 * heatmap cell with `releaseFilteredView`, the complement re-derived from the rollups on every round. The
 * dashboard itself works from running totals; the two must agree exactly.
 */
function referenceDashboard(rollups: readonly TeamRollup[], k: number, teamSize: number) {
  const byWeek = new Map<string, TeamRollup[]>();
  for (const rollup of rollups) {
    const week = mondayOf(rollup.day);
    byWeek.set(week, [...(byWeek.get(week) ?? []), rollup]);
  }
  const starts = [...byWeek.keys()].sort();
  const weeks: { weekStart: string; released: Released<TeamSummary> }[] = [];
  const first = starts[0];
  const last = starts[starts.length - 1];
  for (let week = first; week !== undefined && last !== undefined && week <= last;) {
    weeks.push({ weekStart: week, released: releaseView(byWeek.get(week) ?? [], k) });
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = next.toISOString().slice(0, 10);
  }
  const releasedWeeks = new Set(weeks.filter((w) => w.released.kind === 'value').map((w) => w.weekStart));
  const base = rollups.filter((r) => releasedWeeks.has(mondayOf(r.day)));
  const cells = DASHBOARD_WEEKDAYS.flatMap((weekday) =>
    SHIFT_PERIODS.map((period) => {
      const inCell = base.filter((r) => r.weekday === weekday && r.period === period);
      return { weekday, period, inCell, released: releaseFilteredView(inCell, base, k) };
    }),
  );
  for (;;) {
    const hidden = cells.filter((c) => c.released.kind === 'suppressed').flatMap((c) => c.inCell);
    if (checkIns(hidden) === 0 || contributors(hidden).size >= k) break;
    const size = (c: (typeof cells)[number]) =>
      c.released.kind === 'value' ? [c.released.people, c.released.value.checkIns] : [0, 0];
    const open = cells.filter((c) => c.released.kind === 'value');
    const smallest = open.reduce<(typeof cells)[number] | null>((best, c) => {
      if (best === null) return c;
      const [p = 0, n = 0] = size(c);
      const [bp = 0, bn = 0] = size(best);
      return p < bp || (p === bp && n < bn) ? c : best;
    }, null);
    if (smallest === null) break;
    smallest.released = { kind: 'suppressed', reason: 'difference-too-small' };
  }
  const heatmap = cells.map(({ weekday, period, released }) => ({ weekday, period, released }));
  return {
    k,
    teamSize,
    weeks,
    overall: releaseView(base, k),
    heatmap,
    peaks: overloadPeaks(heatmap),
    participation: participationSeries(rollups, teamSize, k),
  };
}
