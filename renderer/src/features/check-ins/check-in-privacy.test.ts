/**
 * Private notes open only with their owner's secret, and "erase my data" leaves nothing of a person's
 * check-ins behind — checked against every table in the database.
 */
import { localDay } from '../../../../shared/domain/check-in-record';
import { checkInWeeksOf } from '../../../../shared/domain/week-buckets';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../../shared/domain/check-in';
import { decryptNote, unlockNoteKey } from '../../auth/note-keys';
import type { Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { storedRollups, useFreshDatabase } from '../../test/database';
import { addAndSignIn, changeOwnSecret, setUpOrganisationWithTeams, signIn } from '../profiles/test-api';
import {
  acceptPrivacyNotice,
  closeTalkRequest,
  eraseMyCheckInData,
  listMyCheckIns,
  readMyNote,
  recordCheckIn,
  requestTalk,
} from './check-ins.repo';

const OWNER_PIN = '602847';
const TEMPORARY_PIN = '730142';
const ADMIN_PIN = '480917';
const NOTE_TEXT = 'The caller at 14:10 said things I would rather not repeat';

let db: ShiftwellDatabase;
let admin: Session;
let supervisor: Session;
let owner: Session;
let teammate: Session;

function checkIn(note?: string): CheckInInput {
  return {
    moment: 'shift-end',
    ratings: {
      'emotional-labor': 5,
      'role-conflict': 3,
      'role-ambiguity': 2,
      'role-overload': 4,
      'service-climate': 3,
    },
    energy: 2,
    tags: [],
    ...(note === undefined ? {} : { note }),
  };
}

/** Add someone, sign them in with the temporary PIN and replace it with their own (creating their note key). */
async function withOwnPin(name: string, role: 'employee' | 'supervisor', teamId: string, pin: string) {
  const session = await addAndSignIn(admin, name, role, teamId, TEMPORARY_PIN);
  const changed = await changeOwnSecret(session, {
    currentSecret: TEMPORARY_PIN,
    secretKind: 'pin',
    newSecret: pin,
  });
  if (!changed.ok) throw new Error('PIN change failed');
  return session;
}

async function recordNote(session: Session, note: string): Promise<string> {
  const saved = await recordCheckIn(session, checkIn(note));
  if (!saved.ok) throw new Error('check-in failed');
  return saved.value.id;
}

/** Every row of every table, as text, so a person's id or words can be searched for anywhere. */
async function everyTableAsText(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, JSON.stringify(await table.toArray())] as const),
  );
  return Object.fromEntries(entries);
}

/** A fresh organisation: supervisor Sam, the owner Bea and her team-mate Cal, each with their own PIN. */
async function seed(database: ShiftwellDatabase): Promise<void> {
  db = database;
  const setUp = await setUpOrganisationWithTeams('Billing');
  admin = setUp.admin;
  const [teamId = ''] = setUp.teamIds;
  supervisor = await withOwnPin('Sam', 'supervisor', teamId, '916305');
  owner = await withOwnPin('Bea', 'employee', teamId, OWNER_PIN);
  teammate = await withOwnPin('Cal', 'employee', teamId, '247816');
}

describe('a private note', () => {
  beforeAll(() => seed(useFreshDatabase()), 120_000);

  it('is stored only as ciphertext', async () => {
    await recordNote(owner, NOTE_TEXT);
    const everything = Object.values(await everyTableAsText()).join('\n');
    expect(everything).not.toContain(NOTE_TEXT);
    expect(everything).not.toContain('would rather not');
  });

  it('reads back for its owner, and for nobody else’s session — team-mate, supervisor or admin', async () => {
    const id = await recordNote(owner, NOTE_TEXT);
    expect(await readMyNote(owner, id)).toBe(NOTE_TEXT);
    for (const other of [teammate, supervisor, admin]) expect(await readMyNote(other, id)).toBeNull();
  });

  it('cannot be decrypted from the raw rows without the owner’s PIN', async () => {
    const id = await recordNote(owner, NOTE_TEXT);
    const storedKey = await db.noteKeys.get(owner.personId);
    const note = await db.checkInNotes.get(id);
    if (!storedKey || !note) throw new Error('note or key missing');
    // Every other secret anyone here knows: the temporary PIN the admin chose, the admin's, a team-mate's.
    for (const wrong of [TEMPORARY_PIN, ADMIN_PIN, '247816', '000000']) {
      expect(await unlockNoteKey(storedKey, wrong), wrong).toBeNull();
    }
    const key = await unlockNoteKey(storedKey, OWNER_PIN);
    if (!key) throw new Error('the owner’s own PIN must unlock the key');
    expect(await decryptNote(key, owner.personId, id, note)).toBe(NOTE_TEXT);
  });

  it('cannot be decrypted with another person’s key, even one unlocked with their own PIN', async () => {
    const id = await recordNote(owner, NOTE_TEXT);
    const note = await db.checkInNotes.get(id);
    const teammateStored = await db.noteKeys.get(teammate.personId);
    if (!note || !teammateStored) throw new Error('note or key missing');
    const teammateKey = await unlockNoteKey(teammateStored, '247816');
    if (!teammateKey) throw new Error('the team-mate’s key must unlock');
    expect(await decryptNote(teammateKey, owner.personId, id, note)).toBeNull();
    expect(await decryptNote(teammateKey, teammate.personId, id, note)).toBeNull();
  });

  it('does not open once its ciphertext is tampered with, or moved to another check-in', async () => {
    const id = await recordNote(owner, NOTE_TEXT);
    const otherId = await recordNote(owner, 'A second note');
    const note = await db.checkInNotes.get(id);
    if (!note) throw new Error('note missing');
    const bytes = Uint8Array.from(atob(note.ciphertext), (char) => char.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 0x01;
    const tampered = btoa(String.fromCharCode(...bytes));
    await db.checkInNotes.put({ ...note, ciphertext: tampered });
    expect(await readMyNote(owner, id)).toBeNull();
    // The untouched ciphertext copied onto another of the owner's check-ins does not open either.
    await db.checkInNotes.put({ ...note, checkInId: otherId });
    expect(await readMyNote(owner, otherId)).toBeNull();
  });

  it('stays readable to the owner after they sign out and back in with their PIN', async () => {
    const id = await recordNote(owner, NOTE_TEXT);
    const again = await signIn(owner.personId, OWNER_PIN);
    if (!again.ok) throw new Error('sign-in failed');
    expect(await readMyNote(again.session, id)).toBe(NOTE_TEXT);
  });
});

/**
 * Where a person's id may still appear after they erase their check-in data, and why. Every table is here;
 * the test below fails when a table is added without a decision.
 */
const AFTER_ERASURE: Readonly<
  Record<string, 'erased' | 'never holds it' | { readonly keptBecause: string }>
> = {
  checkIns: 'erased',
  checkInWeeks: 'erased',
  checkInNotes: 'erased',
  noteKeys: 'erased',
  talkRequests: 'erased',
  checkInPreferences: 'erased',
  teamWeeks: 'erased',
  people: { keptBecause: 'erasure removes check-in data, not the account: they can still sign in' },
  credentials: { keptBecause: 'their sign-in verifier (the account stays)' },
  signInGuards: { keptBecause: 'their failed-attempt counter (the account stays)' },
  assignments: { keptBecause: 'training assigned to them is a training record, not check-in data' },
  progress: { keptBecause: 'training progress is a training record' },
  completions: { keptBecause: 'training completions are training records' },
  reviewItems: { keptBecause: 'their spaced-review deck is a training record' },
  answerEvents: { keptBecause: 'training answers are training records' },
  recognitions: { keptBecause: 'recognition given or received is not check-in data' },
  coachingNotes: { keptBecause: 'coaching notes are their supervisor’s records' },
  oneOnOnes: { keptBecause: 'one-to-one records are their supervisor’s records' },
  oneOnOneCadences: { keptBecause: 'the one-to-one cadence is set by their supervisor' },
  organisation: 'never holds it',
  teams: 'never holds it',
  modules: 'never holds it',
  supportResources: 'never holds it',
  checkInSettings: 'never holds it',
  serviceValues: 'never holds it',
  recognitionSettings: 'never holds it',
  backupKeys: 'never holds it',
  erasures: {
    keptBecause: 'the erasure record itself: their id and the time, so no older backup brings data back',
  },
};

describe('erasing my check-in data', () => {
  beforeAll(() => seed(useFreshDatabase()), 120_000);

  it('has a decision for every table', () => {
    expect(Object.keys(AFTER_ERASURE).sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it('leaves no trace of the person in any check-in table, and only their account and records elsewhere', async () => {
    await acceptPrivacyNotice(owner);
    await recordNote(owner, NOTE_TEXT);
    const plain = await recordCheckIn(owner, checkIn());
    if (!plain.ok) throw new Error('check-in failed');
    // An older check-in as a restore stores it (a week to a row).
    const restored = { ...plain.value, id: 'restored-check-in', at: plain.value.at - 30 * 86_400_000 };
    await db.checkInWeeks.bulkAdd(checkInWeeksOf([{ ...restored, day: localDay(restored.at) }]));
    // A handled request to talk and an open one.
    const first = await requestTalk(owner, { consent: true });
    if (!first.ok) throw new Error('request failed');
    await closeTalkRequest(supervisor, first.value);
    await requestTalk(owner, { consent: true });
    // A team-mate's data, which must survive.
    await recordNote(teammate, 'Cal’s own note');
    const rollupsBefore = await storedRollups(db);

    const before = await everyTableAsText();
    for (const [table, decision] of Object.entries(AFTER_ERASURE)) {
      if (decision === 'erased') expect(before[table], `${table} before erasure`).toContain(owner.personId);
    }

    const erased = await eraseMyCheckInData(owner);
    expect(erased).toEqual({ ok: true, value: { checkIns: 3 } });

    const after = await everyTableAsText();
    for (const [table, decision] of Object.entries(AFTER_ERASURE)) {
      if (typeof decision === 'string') expect(after[table], table).not.toContain(owner.personId);
    }
    expect(Object.values(after).join('\n')).not.toContain(NOTE_TEXT);
    // The anonymous totals stay (subtracting them would reveal the answers); only the id goes.
    const rollupsAfter = await storedRollups(db);
    const totals = (rows: typeof rollupsBefore) => rows.map((row) => ({ ...row, contributorIds: [] }));
    expect(totals(rollupsAfter)).toEqual(totals(rollupsBefore));
    // Nothing of anyone else's.
    expect(await listMyCheckIns(teammate)).toHaveLength(1);
    expect(after.teamWeeks).toContain(teammate.personId);
    expect(after.noteKeys).toContain(teammate.personId);
    // The owner can still sign in and sees no check-ins.
    const again = await signIn(owner.personId, OWNER_PIN);
    if (!again.ok) throw new Error('sign-in failed');
    expect(await listMyCheckIns(again.session)).toEqual([]);
  });
});
