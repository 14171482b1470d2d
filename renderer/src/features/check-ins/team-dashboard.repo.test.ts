import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../../shared/domain/check-in';
import { buildAggregateCsv, type TeamDashboard } from '../../../../shared/domain/team-report';
import { AccessDeniedError, type Session } from '../../auth/session';
import { useFreshDatabase } from '../../test/database';
import { addAndSignIn, setTeamArchived, setUpOrganisationWithTeams } from '../profiles/test-api';
import { recordCheckIn, updateCheckInSettings } from './check-ins.repo';
import { getTeamDashboard, getTeamsOverview } from './team-dashboard.repo';

/** Monday 2 March 2026, 09:00 local (an early shift), plus `days` and `hour`. */
function at(days: number, hour = 9): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

const INPUT: CheckInInput = {
  moment: 'shift-end',
  ratings: {
    'emotional-labor': 4,
    'role-conflict': 2,
    'role-ambiguity': 4,
    'role-overload': 5,
    'service-climate': 2,
  },
  energy: 3,
  tags: [],
};

let admin: Session;
let teamId: string;
let otherTeamId: string;

/** Create a person and sign them in with their temporary PIN (enough to check in without a note). */
function member(name: string, role: 'employee' | 'supervisor', team: string): Promise<Session> {
  return addAndSignIn(admin, name, role, team);
}

async function members(count: number, team = teamId): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let index = 0; index < count; index += 1) {
    sessions.push(await member(`Member ${String(index)}`, 'employee', team));
  }
  return sessions;
}

function releasedKinds(dashboard: TeamDashboard): string[] {
  return [
    dashboard.overall.kind,
    ...dashboard.weeks.map((week) => week.released.kind),
    ...dashboard.heatmap.map((cell) => cell.released.kind),
    ...dashboard.participation.map((week) => week.participants.kind),
  ];
}

beforeEach(async () => {
  useFreshDatabase();
  const setUp = await setUpOrganisationWithTeams('Billing', 'Returns');
  admin = setUp.admin;
  [teamId = '', otherTeamId = ''] = setUp.teamIds;
});

describe('getTeamDashboard', () => {
  it('suppresses every figure while fewer than five people have checked in', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const people = await members(3);
    for (const person of [sam, ...people]) {
      await recordCheckIn(person, INPUT, at(0));
      await recordCheckIn(person, INPUT, at(1, 14));
    }
    const dashboard = await getTeamDashboard(sam, teamId);
    expect(dashboard.k).toBe(5);
    expect(dashboard.teamSize).toBe(4);
    expect(new Set(releasedKinds(dashboard))).toEqual(new Set(['suppressed']));
    expect(dashboard.peaks).toEqual([]);
    expect(buildAggregateCsv(dashboard)).not.toMatch(/,released,/);
  });

  it('releases the figures once five different people have checked in', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const people = await members(4);
    await members(1); // in the team, but never checks in
    for (const person of [sam, ...people]) await recordCheckIn(person, INPUT, at(0));

    const dashboard = await getTeamDashboard(sam, teamId);
    expect(dashboard.teamSize).toBe(6);
    expect(dashboard.overall).toMatchObject({ kind: 'value', people: 5 });
    expect(dashboard.weeks.map((week) => [week.weekStart, week.released.kind])).toEqual([
      ['2026-03-02', 'value'],
    ]);
    const monday = dashboard.heatmap.find((cell) => cell.weekday === 1 && cell.period === 'early');
    expect(monday?.released).toMatchObject({ kind: 'value', people: 5 });
    expect(dashboard.peaks).toEqual([{ weekday: 1, period: 'early', meanOverload: 100 }]);
    expect(dashboard.participation).toEqual([
      { weekStart: '2026-03-02', teamSize: 6, participants: { kind: 'value', value: 5 } },
    ]);
    // Admins see the same figures for any team.
    expect(await getTeamDashboard(admin, teamId)).toEqual(dashboard);
  });

  it('hides a heatmap cell of five people when the base has six, as the difference is one person', async () => {
    const people = await members(6);
    for (const person of people.slice(0, 5)) await recordCheckIn(person, INPUT, at(0));
    await recordCheckIn(people[5]!, INPUT, at(1, 14));

    const dashboard = await getTeamDashboard(admin, teamId);
    expect(dashboard.overall).toMatchObject({ kind: 'value', people: 6 });
    const monday = dashboard.heatmap.find((cell) => cell.weekday === 1 && cell.period === 'early');
    expect(monday?.released).toEqual({ kind: 'suppressed', reason: 'difference-too-small' });
    expect(dashboard.heatmap.every((cell) => cell.released.kind === 'suppressed')).toBe(true);
    expect(dashboard.peaks).toEqual([]);
  });

  it('applies a raised k to every figure', async () => {
    const people = await members(5);
    for (const person of people) await recordCheckIn(person, INPUT, at(0));
    expect((await getTeamDashboard(admin, teamId)).overall.kind).toBe('value');
    await updateCheckInSettings(admin, { kThreshold: 6, retentionMonths: 12 });
    const dashboard = await getTeamDashboard(admin, teamId);
    expect(dashboard.k).toBe(6);
    expect(new Set(releasedKinds(dashboard))).toEqual(new Set(['suppressed']));
  });

  it('gives a supervisor nothing for another team and refuses employees', async () => {
    const people = await members(5, otherTeamId);
    for (const person of people) await recordCheckIn(person, INPUT, at(0));
    const sam = await member('Sam', 'supervisor', teamId);

    const dashboard = await getTeamDashboard(sam, otherTeamId);
    expect(dashboard.weeks).toEqual([]);
    expect(dashboard.participation).toEqual([]);
    expect(dashboard.teamSize).toBe(0);
    expect(new Set(releasedKinds(dashboard))).toEqual(new Set(['suppressed']));
    expect((await getTeamDashboard(admin, otherTeamId)).overall.kind).toBe('value');
    await expect(getTeamDashboard(people[0]!, otherTeamId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('getTeamsOverview', () => {
  /** 09:00 local on Monday 23 March 2026 + `days`: the overview's "today" is at(28) (Monday 30 March). */
  const today = at(28, 12);

  it('gives every active team its last four weeks against the four before, each released under k', async () => {
    const busy = await members(5);
    const few = await members(2, otherTeamId);
    // Busy team: five people in the current four weeks and in the four before.
    for (const person of busy) {
      await recordCheckIn(person, INPUT, at(25));
      await recordCheckIn(person, { ...INPUT, ratings: { ...INPUT.ratings, 'service-climate': 4 } }, at(-3));
    }
    // The other team: two people only.
    for (const person of few) await recordCheckIn(person, INPUT, at(25));

    const overview = await getTeamsOverview(admin, today);
    expect(overview.k).toBe(5);
    const byId = new Map(overview.teams.map((team) => [team.teamId, team]));
    const busyTeam = byId.get(teamId);
    expect(busyTeam?.name).toBe('Billing');
    expect(busyTeam?.teamSize).toBe(5);
    expect(busyTeam?.current).toMatchObject({ kind: 'value', people: 5, value: { checkIns: 5 } });
    // Service climate is rated positively: 2 is a poor climate (index 25), 4 a good one (index 75).
    expect(busyTeam?.current.kind === 'value' && busyTeam.current.value.climateIndex).toBe(25);
    expect(busyTeam?.previous.kind === 'value' && busyTeam.previous.value.climateIndex).toBe(75);
    expect(byId.get(otherTeamId)?.current).toEqual({ kind: 'suppressed', reason: 'too-few-people' });
    expect(JSON.stringify(overview)).not.toContain(busy[0]?.personId ?? 'missing');
  });

  it('leaves out weeks that are suppressed on their own, so no week can be worked out by subtraction', async () => {
    const people = await members(6);
    // Week of 23 March: five people. Week of 16 March: one person only (suppressed on its own).
    for (const person of people.slice(0, 5)) await recordCheckIn(person, INPUT, at(21));
    await recordCheckIn(people[5] ?? admin, { ...INPUT, energy: 1 }, at(14));
    const overview = await getTeamsOverview(admin, today);
    const team = overview.teams.find((entry) => entry.teamId === teamId);
    // The four-week figure is the released week only: 5 people, 5 check-ins, energy 3 — not 6 / 6 / 2.67.
    expect(team?.current).toMatchObject({ kind: 'value', people: 5, value: { checkIns: 5, meanEnergy: 3 } });
  });

  it('leaves out archived teams and refuses anyone but an admin', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    await expect(getTeamsOverview(sam, today)).rejects.toBeInstanceOf(AccessDeniedError);
    const archived = await setTeamArchived(admin, otherTeamId, true);
    expect(archived.ok).toBe(true);
    const overview = await getTeamsOverview(admin, today);
    expect(overview.teams.map((team) => team.teamId)).toEqual([teamId]);
  });
});
