import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../../shared/domain/check-in';
import { rebuildRollups } from '../../../../shared/domain/rollup';
import { teamWeeksFromRollups, withCheckIn } from '../../../../shared/domain/team-week';
import { checkInWeeksOf } from '../../../../shared/domain/week-buckets';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { storedCheckIns, storedRollups, useFreshDatabase } from '../../test/database';
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

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
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
    expect(JSON.stringify(await db.checkInWeeks.toArray())).not.toContain('angry');
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
    expect(await storedCheckIns(db)).toHaveLength(1);
  });

  it('updates the team rollup in the same write, equal to a rebuild from raw check-ins', async () => {
    const people = await Promise.all(['A', 'B', 'C'].map((name) => member(name, 'employee', teamId)));
    for (const person of people) await recordCheckIn(person, input());
    await recordCheckIn(people[0]!, input({ moment: 'shift-start' }));
    const rebuilt = rebuildRollups(await storedCheckIns(db));
    expect(await storedRollups(db)).toEqual(rebuilt);
    expect(await db.teamWeeks.toArray()).toEqual(teamWeeksFromRollups(rebuilt));
  });

  it('writes the stored team week plus the check-in when the week changed since this page wrote it', async () => {
    const [bea, cal] = await Promise.all([
      member('Bea', 'employee', teamId),
      member('Cal', 'employee', teamId),
    ]);
    const first = await recordCheckIn(bea, input());
    if (!first.ok) throw new Error('save');
    // Another window adds Cal's check-in to the same week: the stored row is no longer the one this page wrote.
    const elsewhere = { ...first.value, id: 'from-another-window', personId: cal.personId };
    await db.transaction('rw', db.checkIns, db.teamWeeks, async () => {
      const [week] = await db.teamWeeks.toArray();
      await db.checkIns.add(elsewhere);
      await db.teamWeeks.put(withCheckIn(week ?? null, elsewhere));
    });
    await recordCheckIn(bea, input({ moment: 'shift-start' }));
    const rebuilt = rebuildRollups(await storedCheckIns(db));
    expect(rebuilt.reduce((sum, rollup) => sum + rollup.count, 0)).toBe(3);
    expect(await storedRollups(db)).toEqual(rebuilt);
    // And the week it wrote is the one it expects next time.
    await recordCheckIn(bea, input());
    expect(await storedRollups(db)).toEqual(rebuildRollups(await storedCheckIns(db)));
  });

  it('starts the team week afresh when it was removed since this page wrote it', async () => {
    const bea = await member('Bea', 'employee', teamId);
    await recordCheckIn(bea, input());
    await db.teamWeeks.clear();
    await recordCheckIn(bea, input({ moment: 'shift-start' }));
    const rollups = await storedRollups(db);
    expect(rollups.reduce((sum, rollup) => sum + rollup.count, 0)).toBe(1);
  });

  it('rejects out-of-range ratings and writes nothing', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const bad = {
      ...input(),
      ratings: { ...input().ratings, 'role-overload': 9 },
    } as unknown as CheckInInput;
    expect((await recordCheckIn(bea, bad)).ok).toBe(false);
    expect(await storedCheckIns(db)).toEqual([]);
    expect(await db.teamWeeks.count()).toBe(0);
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
    expect(await storedCheckIns(db)).toHaveLength(1);
    expect(await db.checkInNotes.count()).toBe(0);
    expect(await storedRollups(db)).toHaveLength(2);
  });

  it('trims a week that straddles the retention cutoff, keeping its newer check-ins', async () => {
    const bea = await member('Bea', 'employee', teamId);
    // 12 months before a Wednesday noon is a Tuesday noon: both check-ins fall in that same week.
    const now = new Date(2026, 5, 17, 12).getTime();
    const cutoff = new Date(2025, 5, 17, 12).getTime();
    const older = await recordCheckIn(bea, input({ note: 'Older' }), cutoff - HOUR);
    const newer = await recordCheckIn(bea, input({ note: 'Newer' }), cutoff + HOUR);
    if (!older.ok || !newer.ok) throw new Error('save');
    // As a restore stores them: a week to a row.
    await db.checkInWeeks.bulkAdd(checkInWeeksOf(await db.checkIns.toArray()));
    await db.checkIns.clear();
    expect(await db.checkInWeeks.count()).toBe(1);

    expect(await applyRetention(now)).toBe(1);
    expect((await storedCheckIns(db)).map((row) => row.id)).toEqual([newer.value.id]);
    expect(await readMyNote(bea, newer.value.id)).toBe('Newer');
    expect(await db.checkInNotes.get(older.value.id)).toBeUndefined();
    // Run again: nothing more is old enough, and the trimmed week is not read as if it were.
    expect(await applyRetention(now)).toBe(0);
    expect(await storedCheckIns(db)).toHaveLength(1);
    // A week whose every check-in is old goes whole.
    expect(await applyRetention(now + 2 * DAY)).toBe(1);
    expect(await db.checkInWeeks.count()).toBe(0);
  });

  it('lists my check-ins newest first, made here or restored, from a given time', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const start = new Date(2026, 2, 4, 9).getTime(); // a Wednesday
    const times = [0, 1, 6, 7, 15].map((days) => start + days * DAY);
    for (const time of times.slice(0, 3)) await recordCheckIn(bea, input(), time);
    // The first three as a restore stores them (a week to a row); the last two made here.
    await db.checkInWeeks.bulkAdd(checkInWeeksOf(await db.checkIns.toArray()));
    await db.checkIns.clear();
    for (const time of times.slice(3)) await recordCheckIn(bea, input(), time);
    expect((await listMyCheckIns(bea)).map((row) => row.at)).toEqual([...times].reverse());
    expect((await listMyCheckIns(bea, { since: start + 6 * DAY })).map((row) => row.at)).toEqual([
      start + 15 * DAY,
      start + 7 * DAY,
      start + 6 * DAY,
    ]);
  });

  it('erases a person’s rows and key, and removes them from rollup contributors', async () => {
    const bea = await member('Bea', 'employee', teamId);
    const other = await member('Cal', 'employee', teamId);
    await recordCheckIn(bea, input({ note: 'Mine' }));
    await recordCheckIn(other, input());
    await requestTalk(bea, { consent: true });
    expect(await eraseMyCheckInData(bea)).toEqual({ ok: true, value: { checkIns: 1 } });
    expect((await storedCheckIns(db)).filter((row) => row.personId === bea.personId)).toEqual([]);
    expect(await db.checkInNotes.count()).toBe(0);
    expect(await db.noteKeys.get(bea.personId)).toBeUndefined();
    expect(await db.talkRequests.count()).toBe(0);
    const rollups = await storedRollups(db);
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
