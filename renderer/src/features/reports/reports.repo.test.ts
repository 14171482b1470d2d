import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../../shared/content/pack-schema';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import { addAndSignIn, setUpOrganisationWithTeams } from '../profiles/test-api';
import { getTeamTrainingCompletion } from './reports.repo';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 10, 12, 0).getTime();

let db: ShiftwellDatabase;
let admin: Session;
let teamId: string;
let otherTeamId: string;

function member(name: string, role: 'employee' | 'supervisor', team: string): Promise<Session> {
  return addAndSignIn(admin, name, role, team);
}

function assignment(
  id: string,
  moduleId: string,
  target: { readonly teamId: string } | { readonly personId: string },
  dueAt: number,
) {
  return {
    id,
    moduleId,
    teamId: 'teamId' in target ? target.teamId : null,
    personId: 'personId' in target ? target.personId : null,
    dueAt,
    assignedBy: admin.personId,
    createdAt: NOW - 10 * DAY,
  };
}

function completion(personId: string, moduleId: string, passed: boolean, attempt = 1) {
  return {
    id: `${personId}-${moduleId}-${String(attempt)}`,
    personId,
    moduleId,
    moduleVersion: '1.0.0',
    attempt,
    correct: passed ? 4 : 1,
    total: 4,
    scorePercent: passed ? 100 : 25,
    passMark: 50,
    passed,
    startedAt: NOW - 3 * DAY,
    completedAt: NOW - 2 * DAY,
  };
}

beforeEach(async () => {
  db = useFreshDatabase();
  const setUp = await setUpOrganisationWithTeams('Billing', 'Returns');
  admin = setUp.admin;
  [teamId = '', otherTeamId = ''] = setUp.teamIds;
});

describe('getTeamTrainingCompletion', () => {
  it('counts assigned, passed, in-progress and overdue people per module for the team', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const bea = await member('Bea', 'employee', teamId);
    const cal = await member('Cal', 'employee', teamId);
    const olu = await member('Olu', 'employee', otherTeamId);
    const pack = {
      manifest: {
        schemaVersion: 1,
        id: 'calm-calls',
        version: '1.0.0',
        language: 'en',
        title: 'Calm calls',
        summary: 'Staying calm.',
        audience: 'everyone',
        estimatedMinutes: 5,
        passMark: 50,
        stressors: [],
        steps: [{ type: 'lesson', id: 'intro', title: 'Intro', file: 'lessons/intro.md' }],
      },
      lessons: { 'lessons/intro.md': 'Text.' },
    } satisfies ContentPack;
    await db.modules.add({
      id: 'calm-calls',
      version: '1.0.0',
      title: 'Calm calls',
      audience: 'everyone',
      source: 'bundled',
      installedAt: NOW,
      pack,
    });
    await db.assignments.bulkAdd([
      // The whole team, overdue: Sam passed, Bea failed then started again, Cal has not started.
      assignment('a1', 'calm-calls', { teamId }, NOW - DAY),
      // Bea personally as well, not yet due: she still counts once, and as overdue.
      assignment('a2', 'calm-calls', { personId: bea.personId }, NOW + 5 * DAY),
      // Another team's assignment and someone else's module are not this team's business.
      assignment('a3', 'calm-calls', { teamId: otherTeamId }, NOW - DAY),
      assignment('a4', 'de-escalation', { personId: cal.personId }, NOW + DAY),
    ]);
    await db.completions.bulkAdd([
      completion(sam.personId, 'calm-calls', true),
      completion(bea.personId, 'calm-calls', false),
      completion(olu.personId, 'calm-calls', true),
    ]);
    await db.progress.add({
      personId: bea.personId,
      moduleId: 'calm-calls',
      moduleVersion: '1.0.0',
      attempt: 2,
      stepIndex: 0,
      answers: {},
      startedAt: NOW - DAY,
      updatedAt: NOW - DAY,
    });

    const summary = await getTeamTrainingCompletion(sam, teamId, NOW);
    expect(summary).toEqual([
      {
        moduleId: 'calm-calls',
        moduleTitle: 'Calm calls',
        assigned: 3,
        passed: 1,
        inProgress: 1,
        overdue: 2,
      },
      {
        moduleId: 'de-escalation',
        moduleTitle: 'de-escalation',
        assigned: 1,
        passed: 0,
        inProgress: 0,
        overdue: 0,
      },
    ]);
    expect(await getTeamTrainingCompletion(admin, teamId, NOW)).toEqual(summary);
  });

  it('gives a supervisor nothing for another team and refuses employees', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const olu = await member('Olu', 'employee', otherTeamId);
    await db.assignments.add(assignment('a1', 'calm-calls', { teamId: otherTeamId }, NOW + DAY));
    expect(await getTeamTrainingCompletion(sam, otherTeamId, NOW)).toEqual([]);
    expect(await getTeamTrainingCompletion(admin, otherTeamId, NOW)).toHaveLength(1);
    await expect(getTeamTrainingCompletion(olu, otherTeamId, NOW)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
