import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../../shared/domain/check-in';
import { rebuildRollups } from '../../../../shared/domain/rollup';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import {
  changeOwnSecret,
  createPerson,
  resetSignIn,
  setUpOrganisationWithTeams,
  signIn,
} from '../profiles/test-api';
import {
  applyRetention,
  eraseMyCheckInData,
  getTeamWellbeing,
  listMyCheckIns,
  listTalkRequests,
  readMyNote,
  recordCheckIn,
  requestTalk,
  updateCheckInSettings,
} from './check-ins.repo';

const DAY = 24 * 60 * 60 * 1000;
let db: ShiftwellDatabase;
let admin: Session;
let teamId: string;
let otherTeamId: string;

function input(overrides: Partial<CheckInInput> = {}): CheckInInput {
  return {
    moment: 'shift-end',
    ratings: {
      'emotional-labor': 4,
      'role-conflict': 2,
      'role-ambiguity': 4,
      'role-overload': 5,
      'service-climate': 2,
    },
    energy: 3,
    tags: ['peak-period'],
    ...overrides,
  };
}

/** Create a person with their own PIN (past the forced change) and sign them in. */
async function member(
  name: string,
  role: 'employee' | 'supervisor',
  team: string,
  pin = '602847',
): Promise<Session> {
  const created = await createPerson(admin, {
    displayName: name,
    role,
    teamId: team,
    secretKind: 'pin',
    temporarySecret: '730142',
  });
  if (!created.ok) throw new Error('person');
  const first = await signIn(created.value, '730142');
  if (!first.ok) throw new Error('sign-in');
  await changeOwnSecret(first.session, { currentSecret: '730142', secretKind: 'pin', newSecret: pin });
  const again = await signIn(created.value, pin);
  if (!again.ok) throw new Error('sign-in');
  return again.session;
}

beforeEach(async () => {
  db = useFreshDatabase();
  const setUp = await setUpOrganisationWithTeams('Billing', 'Returns');
  admin = setUp.admin;
  [teamId = '', otherTeamId = ''] = setUp.teamIds;
});

describe('check-ins', () => {
  it('stores the note encrypted, readable by its owner only', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const saved = await recordCheckIn(bea, input({ note: 'Third angry caller before lunch' }));
    if (!saved.ok) throw new Error('save');
    const stored = await db.checkInNotes.get(saved.value.id);
    expect(JSON.stringify(stored)).not.toContain('angry');
    expect(JSON.stringify(await db.checkIns.get(saved.value.id))).not.toContain('angry');
    expect(await readMyNote(bea, saved.value.id)).toBe('Third angry caller before lunch');

    const sam = await member('Sam', 'supervisor', teamId);
    expect(await readMyNote(sam, saved.value.id)).toBeNull();
    expect(await readMyNote(admin, saved.value.id)).toBeNull();
    expect((await listMyCheckIns(sam)).map((row) => row.id)).toEqual([]);
  });

  it('keeps notes readable after the owner changes their PIN', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const saved = await recordCheckIn(bea, input({ note: 'Before the change' }));
    if (!saved.ok) throw new Error('save');
    await changeOwnSecret(bea, { currentSecret: '602847', secretKind: 'pin', newSecret: '915372' });
    const again = await signIn(bea.personId, '915372');
    if (!again.ok) throw new Error('sign-in');
    expect(await readMyNote(again.session, saved.value.id)).toBe('Before the change');
  });

  it('erases notes when an admin resets a sign-in, since nobody can read them any more', async () => {
    const bea = await member('Bea', 'employee', teamId);
    await recordCheckIn(bea, input({ note: 'Private' }));
    await resetSignIn(admin, bea.personId, { secretKind: 'pin', temporarySecret: '395028' });
    expect(await db.checkInNotes.count()).toBe(0);
    expect(await db.noteKeys.get(bea.personId)).toBeUndefined();
    expect(await db.checkIns.count()).toBe(1);
  });

  it('updates the team rollup in the same write, equal to a rebuild from raw check-ins', async () => {
    const people = await Promise.all(['A', 'B', 'C'].map((name) => member(name, 'employee', teamId)));
    for (const person of people) await recordCheckIn(person, input());
    await recordCheckIn(people[0]!, input({ moment: 'shift-start' }));
    const rebuilt = rebuildRollups(await db.checkIns.toArray());
    expect(await db.teamRollups.toArray()).toEqual(rebuilt);
  });

  it('rejects out-of-range ratings and writes nothing', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const bad = {
      ...input(),
      ratings: { ...input().ratings, 'role-overload': 9 },
    } as unknown as CheckInInput;
    expect((await recordCheckIn(bea, bad)).ok).toBe(false);
    expect(await db.checkIns.count()).toBe(0);
    expect(await db.teamRollups.count()).toBe(0);
  });
});

describe('team figures', () => {
  it('shows the team only once five different people have checked in', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const people = await Promise.all(['A', 'B', 'C', 'D'].map((name) => member(name, 'employee', teamId)));
    for (const person of people) {
      await recordCheckIn(person, input());
      await recordCheckIn(person, input({ moment: 'shift-start' }));
    }
    expect((await getTeamWellbeing(sam, teamId)).overall).toEqual({
      kind: 'suppressed',
      reason: 'too-few-people',
    });
    await recordCheckIn(sam, input());
    const released = (await getTeamWellbeing(sam, teamId)).overall;
    expect(released).toMatchObject({ kind: 'value', people: 5 });
  });

  it('never lets k go below 3, and raising k hides figures again', async () => {
    expect((await updateCheckInSettings(admin, { kThreshold: 2, retentionMonths: 12 })).ok).toBe(false);
    const people = await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((name) => member(name, 'employee', teamId)),
    );
    for (const person of people) await recordCheckIn(person, input());
    expect((await getTeamWellbeing(admin, teamId)).overall.kind).toBe('value');
    await updateCheckInSettings(admin, { kThreshold: 6, retentionMonths: 12 });
    expect((await getTeamWellbeing(admin, teamId)).overall.kind).toBe('suppressed');
  });

  it('gives a supervisor nothing for another team and refuses employees', async () => {
    const sam = await member('Sam', 'supervisor', teamId);
    const bea = await member('Bea', 'employee', teamId);
    expect((await getTeamWellbeing(sam, otherTeamId)).weeks).toEqual([]);
    await expect(getTeamWellbeing(bea, teamId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('talking, retention and erasure', () => {
  it('sends a request to talk only with consent, to the person’s own supervisor', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const otherSupervisor = await member('Olu', 'supervisor', otherTeamId);
    const sam = await member('Sam', 'supervisor', teamId);
    expect((await requestTalk(bea, { consent: false })).ok).toBe(false);
    expect(await db.talkRequests.count()).toBe(0);
    expect((await requestTalk(bea, { consent: true })).ok).toBe(true);
    expect((await listTalkRequests(sam)).map((row) => row.displayName)).toEqual(['Bea']);
    expect(await listTalkRequests(otherSupervisor)).toEqual([]);
  });

  it('deletes raw check-ins past the retention period but keeps rollups', async () => {
    const bea = await member('Bea', 'employee', teamId);
    await recordCheckIn(bea, input({ note: 'Old' }), Date.now() - 400 * DAY);
    await recordCheckIn(bea, input(), Date.now());
    expect(await applyRetention()).toBe(1);
    expect(await db.checkIns.count()).toBe(1);
    expect(await db.checkInNotes.count()).toBe(0);
    expect(await db.teamRollups.count()).toBe(2);
  });

  it('erases a person’s rows and key, and removes them from rollup contributors', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const other = await member('Cal', 'employee', teamId);
    await recordCheckIn(bea, input({ note: 'Mine' }));
    await recordCheckIn(other, input());
    await requestTalk(bea, { consent: true });
    expect(await eraseMyCheckInData(bea)).toEqual({ ok: true, value: { checkIns: 1 } });
    expect(await db.checkIns.filter((row) => row.personId === bea.personId).count()).toBe(0);
    expect(await db.checkInNotes.count()).toBe(0);
    expect(await db.noteKeys.get(bea.personId)).toBeUndefined();
    expect(await db.talkRequests.count()).toBe(0);
    const rollups = await db.teamRollups.toArray();
    expect(rollups.flatMap((row) => row.contributorIds)).not.toContain(bea.personId);
    expect(rollups.flatMap((row) => row.contributorIds)).toContain(other.personId);
  });

  it('keeps a record of the erasure holding only the person and the time', async () => {
    const bea = await member('Bea', 'employee', teamId);
    await recordCheckIn(bea, input());
    await eraseMyCheckInData(bea, 1_790_000_000_000);
    expect(await db.erasures.toArray()).toEqual([{ personId: bea.personId, erasedAt: 1_790_000_000_000 }]);
  });
});
