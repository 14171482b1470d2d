import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsArb } from '../testing/check-ins';
import { rebuildRollups, removePersonFromRollup, type TeamRollup } from './rollup';
import { buildTeamDashboard, dashboardOfWeeks } from './team-report';
import { dashboardWeeks, rollupCountOf, rollupsOfWeek, teamWeeksFromRollups, withRollup } from './team-week';

const byKey = (a: TeamRollup, b: TeamRollup) =>
  `${a.teamId}|${a.day}|${a.period}`.localeCompare(`${b.teamId}|${b.day}|${b.period}`);

describe('team weeks', () => {
  it('decode to exactly the day rollups they were built from', () => {
    fc.assert(
      fc.property(checkInsArb, (records) => {
        const rollups = rebuildRollups(records);
        const weeks = teamWeeksFromRollups(rollups);
        expect(weeks.flatMap(rollupsOfWeek).sort(byKey)).toEqual([...rollups].sort(byKey));
        // One row per team and week, and nothing else in it.
        expect(new Set(weeks.map((week) => `${week.teamId}|${week.weekStart}`)).size).toBe(weeks.length);
        for (const week of weeks) {
          expect(week.people).toEqual(
            [...new Set(rollupsOfWeek(week).flatMap((rollup) => rollup.contributorIds))].sort(),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('kept up one rollup at a time, equal the weeks rebuilt from scratch', () => {
    fc.assert(
      fc.property(checkInsArb, (records) => {
        const weeks = new Map<string, ReturnType<typeof withRollup>>();
        const days = new Map<string, TeamRollup>();
        // As recordCheckIn does: each check-in updates its day rollup, then that rollup's week.
        for (const record of records) {
          const dayKey = `${record.teamId ?? ''}|${record.day}|${record.period}`;
          const [rollup] = rebuildRollups([
            ...records
              .slice(0, records.indexOf(record) + 1)
              .filter((earlier) => `${earlier.teamId ?? ''}|${earlier.day}|${earlier.period}` === dayKey),
          ]);
          if (!rollup) continue;
          days.set(dayKey, rollup);
          const weekKey = `${rollup.teamId}|${rollupsWeek(rollup.day)}`;
          weeks.set(weekKey, withRollup(weeks.get(weekKey) ?? null, rollup));
        }
        const rebuilt = teamWeeksFromRollups([...days.values()]);
        expect(
          [...weeks.values()].sort((a, b) =>
            `${a.teamId}|${a.weekStart}`.localeCompare(`${b.teamId}|${b.weekStart}`),
          ),
        ).toEqual(rebuilt);
      }),
      { numRuns: 100 },
    );
  });

  it('drop an erased person entirely when their rollups are rewritten', () => {
    fc.assert(
      fc.property(checkInsArb, fc.integer({ min: 0, max: 8 }), (records, erased) => {
        const person = `person-${String(erased)}`;
        const rollups = rebuildRollups(records).map((rollup) => removePersonFromRollup(rollup, person));
        const weeks = teamWeeksFromRollups(rollups);
        expect(JSON.stringify(weeks)).not.toContain(`"${person}"`);
      }),
      { numRuns: 100 },
    );
  });

  it('give the team dashboard the same figures as the day rollups', () => {
    fc.assert(
      fc.property(checkInsArb, fc.integer({ min: 3, max: 5 }), (records, k) => {
        const rollups = rebuildRollups(records).filter((rollup) => rollup.teamId === 'team-a');
        const fromWeeks = teamWeeksFromRollups(rollups).flatMap(rollupsOfWeek);
        const expected = buildTeamDashboard(rollups, { k, teamSize: 9 });
        expect(buildTeamDashboard(fromWeeks, { k, teamSize: 9 })).toEqual(expected);
        // And read straight from the weeks' numbers, as the dashboard repository does.
        const weeks = teamWeeksFromRollups(rollups);
        expect(dashboardOfWeeks(dashboardWeeks(weeks), { k, teamSize: 9 })).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('refuse a rollup of another team or week', () => {
    const [rollup] = rebuildRollups([
      {
        id: 'c',
        personId: 'p',
        teamId: 'team-a',
        moment: 'shift-start',
        at: 0,
        day: '2026-03-04',
        weekday: 3,
        period: 'early',
        ratings: {
          'emotional-labor': 3,
          'role-conflict': 3,
          'role-ambiguity': 3,
          'role-overload': 3,
          'service-climate': 3,
        },
        energy: 3,
        tags: [],
      },
    ]);
    if (!rollup) throw new Error('no rollup');
    const week = withRollup(null, rollup);
    expect(week.weekStart).toBe('2026-03-02');
    expect(() => withRollup(week, { ...rollup, day: '2026-03-10' })).toThrow(/does not belong/);
    expect(() => withRollup(week, { ...rollup, teamId: 'team-b' })).toThrow(/does not belong/);
  });
});

function rollupsWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

describe('rollupCountOf', () => {
  it('counts the rollups a week holds without decoding them', () => {
    fc.assert(
      fc.property(checkInsArb, (records) => {
        for (const week of teamWeeksFromRollups(rebuildRollups(records))) {
          expect(rollupCountOf(week)).toBe(rollupsOfWeek(week).length);
        }
      }),
    );
  });
});
