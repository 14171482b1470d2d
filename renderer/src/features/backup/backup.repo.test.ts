import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckInInput } from '../../../../shared/domain/check-in';
import type { WriteRollingBackupRequest } from '../../../../shared/bridge';
import { AccessDeniedError, type Session } from '../../auth/session';
import { CURRENT_SCHEMA_VERSION, ShiftwellDatabase, useDatabaseInstance } from '../../db';
import { databaseDigest, storedCheckIns, storedRollups, useFreshDatabase } from '../../test/database';
import en from '../../i18n/locales/en/backup.json';
import {
  eraseMyCheckInData,
  listMyCheckIns,
  readMyNote,
  recordCheckIn,
  requestTalk,
} from '../check-ins/test-api';
import {
  addAndSignIn,
  changeOwnSecret,
  createPerson,
  createTeam,
  setUpOrganisationWithTeams,
  signIn,
} from '../profiles/test-api';
import { deriveBackupKey, HEADER_BYTES, sealPayload } from './backup-file';
import {
  applyFirstRunRestore,
  applyRestore,
  createBackup,
  getAutomaticBackupStatus,
  prepareFirstRunRestore,
  prepareRestore,
  runAutomaticBackupIfDue,
  turnOnAutomaticBackups,
  type RestorePlan,
} from './backup.repo';

// Every backup, restore and sign-in here runs PBKDF2 at its full 600,000 iterations; on a busy machine a
// test that does several of them needs more than Vitest's default five seconds.
vi.setConfig({ testTimeout: 60_000 });

const PASSPHRASE = 'harbour lights at dawn';
let db: ShiftwellDatabase;
let admin: Session;
let teamId: string;

const CHECK_IN: CheckInInput = {
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
};

/** Create a person with their own PIN (so their note key exists) and sign them in. */
async function member(name: string, pin = '602847'): Promise<{ session: Session; personId: string }> {
  const created = await createPerson(admin, {
    displayName: name,
    role: 'employee',
    teamId,
    secretKind: 'pin',
    temporarySecret: '730142',
  });
  if (!created.ok) throw new Error('person');
  const first = await signIn(created.value, '730142');
  if (!first.ok) throw new Error('sign-in');
  await changeOwnSecret(first.session, { currentSecret: '730142', secretKind: 'pin', newSecret: pin });
  const again = await signIn(created.value, pin);
  if (!again.ok) throw new Error('sign-in');
  return { session: again.session, personId: created.value };
}

async function backup(): Promise<Uint8Array> {
  const made = await createBackup(admin, { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.value.contents;
}

async function plan(file: Uint8Array, passphrase = PASSPHRASE): Promise<RestorePlan> {
  const prepared = await prepareRestore(admin, { file, passphrase });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  return prepared.value;
}

function messageOf(outcome: { ok: boolean; problems?: readonly { message: string }[] }): string | undefined {
  return outcome.ok ? undefined : outcome.problems?.[0]?.message;
}

function translationExists(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' && node.length > 0;
}

beforeEach(async () => {
  db = useFreshDatabase();
  const setUp = await setUpOrganisationWithTeams('Billing');
  admin = setUp.admin;
  teamId = setUp.teamIds[0] ?? '';
});

describe('backup and restore', () => {
  it('restores exactly what was backed up, after showing what will change', async () => {
    const bea = await member('Bea');
    await recordCheckIn(bea.session, { ...CHECK_IN, note: 'Long queue today' });
    const file = await backup();
    const before = await databaseDigest(db);

    await createTeam(admin, 'Returns');
    await addAndSignIn(admin, 'Cal', 'employee', teamId);

    const restore = await plan(file);
    const area = (name: string) => restore.preview.areas.find((change) => change.area === name);
    expect(area('teams')).toMatchObject({ added: 0, changed: 0, removed: 1, inBackup: 1 });
    expect(area('people')).toMatchObject({ added: 0, removed: 1, inBackup: 2 });
    expect(area('checkIns')).toMatchObject({ added: 0, changed: 0, removed: 0, inBackup: 1 });
    expect(restore.preview.createdBy.displayName).toBe('Ada');
    expect(restore.preview.erasedRecords).toBe(0);

    expect(await applyRestore(admin, restore)).toEqual({ ok: true, value: true });
    expect(await databaseDigest(db)).toBe(before);
  });

  it('reports how far a restore has got, chunk by chunk, up to every record it writes', async () => {
    const bea = await member('Bea');
    await recordCheckIn(bea.session, CHECK_IN);
    const restore = await plan(await backup());
    const [checkIn] = restore.snapshot.tables.checkIns ?? [];
    // Enough check-ins for several chunks.
    // One a day: stored a week to a row, so chunks hold whole weeks.
    const checkIns = Array.from({ length: 12_000 }, (_, index) => ({
      ...checkIn,
      id: `check-in-${index}`,
      day: new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10),
    }));
    const snapshot = { ...restore.snapshot, tables: { ...restore.snapshot.tables, checkIns } };
    const heard: { written: number; total: number }[] = [];

    const restored = await applyRestore(
      admin,
      { ...restore, snapshot },
      { onProgress: (progress) => heard.push(progress) },
    );

    expect(restored.ok).toBe(true);
    const rows = Object.values(snapshot.tables).reduce((sum, table) => sum + table.length, 0);
    expect(heard.map((progress) => progress.total)).toEqual(heard.map(() => rows));
    expect(heard.at(-1)?.written).toBe(rows);
    const steps = heard.map((progress, index) => progress.written - (heard[index - 1]?.written ?? 0));
    expect(steps.every((step) => step > 0 && step <= 5_000)).toBe(true);
    expect(steps.filter((step) => step >= 4_990).length).toBeGreaterThanOrEqual(2);
    expect(await storedCheckIns(db)).toHaveLength(12_000);
  });

  it('refuses a wrong passphrase with its own message and changes nothing', async () => {
    const file = await backup();
    await createTeam(admin, 'Returns');
    const before = await databaseDigest(db);
    const outcome = await prepareRestore(admin, { file, passphrase: 'not the right passphrase' });
    expect(messageOf(outcome)).toBe('backup.errors.wrongPassphrase');
    expect(await databaseDigest(db)).toBe(before);
  });

  it('tells a damaged, a truncated and a foreign file apart, each with a translated reason', async () => {
    const file = await backup();
    const flipped = file.slice();
    flipped[file.length - 40] = (flipped[file.length - 40] ?? 0) ^ 0x01;
    const headerFlipped = file.slice();
    headerFlipped[HEADER_BYTES - 40] = (headerFlipped[HEADER_BYTES - 40] ?? 0) ^ 0x80; // inside the IV
    const cases: [Uint8Array, string][] = [
      [flipped, 'backup.errors.damaged'],
      [headerFlipped, 'backup.errors.damaged'],
      [file.slice(0, file.length - 10), 'backup.errors.damaged'],
      [file.slice(0, HEADER_BYTES + 3), 'backup.errors.truncated'],
      [new TextEncoder().encode('PK\u0003\u0004 a zip file, not a backup'), 'backup.errors.notABackup'],
      [new Uint8Array(0), 'backup.errors.notABackup'],
    ];
    const before = await databaseDigest(db);
    for (const [bytes, expected] of cases) {
      const outcome = await prepareRestore(admin, { file: bytes, passphrase: PASSPHRASE });
      expect(messageOf(outcome)).toBe(expected);
      expect(translationExists(expected)).toBe(true);
    }
    expect(await databaseDigest(db)).toBe(before);
  });

  it('refuses a backup from a newer format or a newer schema than this build', async () => {
    const key = await deriveBackupKey(PASSPHRASE);
    const file = await backup();
    const snapshot = (await plan(file)).snapshot;
    const seal = (value: unknown) => sealPayload(new TextEncoder().encode(JSON.stringify(value)), key);
    const keyFor = { passphrase: PASSPHRASE };
    const newerFormat = await prepareRestore(admin, {
      file: await seal({ ...snapshot, formatVersion: 2 }),
      ...keyFor,
    });
    expect(messageOf(newerFormat)).toBe('backup.errors.newerFormat');
    const newerSchema = await prepareRestore(admin, {
      file: await seal({ ...snapshot, schemaVersion: 99 }),
      ...keyFor,
    });
    expect(newerSchema).toEqual({
      ok: false,
      problems: [
        {
          where: 'schemaVersion',
          message: 'backup.errors.newerSchema',
          values: { version: 99, currentVersion: CURRENT_SCHEMA_VERSION },
        },
      ],
    });
    const missingTable = { ...snapshot, tables: { ...snapshot.tables, people: undefined } };
    expect(messageOf(await prepareRestore(admin, { file: await seal(missingTable), ...keyFor }))).toBe(
      'backup.errors.missingTable',
    );
  });

  it('accepts a backup from an older schema version and empties the tables it did not have', async () => {
    const key = await deriveBackupKey(PASSPHRASE);
    const snapshot = (await plan(await backup())).snapshot;
    const v4Tables = Object.fromEntries(
      Object.entries(snapshot.tables).filter(([name]) => name !== 'erasures' && name !== 'backupKeys'),
    );
    const older = await sealPayload(
      new TextEncoder().encode(JSON.stringify({ ...snapshot, schemaVersion: 4, tables: v4Tables })),
      key,
    );
    const restore = await plan(older);
    expect(restore.snapshot.tables.erasures).toEqual([]);
    expect(await applyRestore(admin, restore)).toEqual({ ok: true, value: true });
  });

  it('is for admins only: others are refused before anything is read', async () => {
    const file = await backup();
    const restore = await plan(file);
    const bea = await addAndSignIn(admin, 'Bea', 'supervisor', teamId);
    await expect(createBackup(bea, { passphrase: PASSPHRASE, confirmation: PASSPHRASE })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(prepareRestore(bea, { file, passphrase: PASSPHRASE })).rejects.toThrow(AccessDeniedError);
    await expect(applyRestore(bea, restore)).rejects.toThrow(AccessDeniedError);
    await expect(
      turnOnAutomaticBackups(bea, { passphrase: PASSPHRASE, confirmation: PASSPHRASE }),
    ).rejects.toThrow(AccessDeniedError);
  });

  it('asks for a long enough passphrase, typed twice the same', async () => {
    const short = await createBackup(admin, { passphrase: 'too short', confirmation: 'too short' });
    expect(messageOf(short)).toBe('backup.errors.passphraseTooShort');
    const mismatch = await createBackup(admin, { passphrase: PASSPHRASE, confirmation: `${PASSPHRASE}!` });
    expect(messageOf(mismatch)).toBe('backup.errors.passphraseMismatch');
  });

  it('leaves the current data untouched when a write fails half-way through the restore', async () => {
    const file = await backup();
    await createTeam(admin, 'Returns');
    const bea = await member('Bea');
    await recordCheckIn(bea.session, CHECK_IN);
    const restore = await plan(file);
    const before = await databaseDigest(db);
    // Check-ins come after people and teams, so those were already cleared and refilled when this throws.
    const bulkAdd = vi.spyOn(db.checkInWeeks, 'bulkAdd').mockRejectedValueOnce(new Error('disk gone'));
    const restored = await applyRestore(admin, { ...restore, snapshot: withOneCheckIn(restore) });
    bulkAdd.mockRestore();
    expect(restored.ok).toBe(false);
    expect(await databaseDigest(db)).toBe(before);
  });

  it('never brings back what a person erased after the backup was made', async () => {
    const bea = await member('Bea', '602847');
    const cal = await member('Cal', '913502');
    const noted = await recordCheckIn(bea.session, { ...CHECK_IN, note: 'Private thought' });
    await recordCheckIn(cal.session, CHECK_IN);
    await requestTalk(bea.session, { consent: true });
    if (!noted.ok) throw new Error('check-in');
    const file = await backup();

    await eraseMyCheckInData(bea.session);
    const restore = await plan(file);
    expect(restore.preview.erasedRecords).toBeGreaterThanOrEqual(4); // check-in, note, key, talk request (+ rollup)
    expect(restore.preview.areas.find((change) => change.area === 'checkIns')).toMatchObject({
      added: 0,
      inBackup: 1,
    });
    expect(await applyRestore(admin, restore)).toEqual({ ok: true, value: true });

    expect(await checkInsOf(bea.personId)).toBe(0);
    expect(await db.checkInNotes.where('personId').equals(bea.personId).count()).toBe(0);
    expect(await db.noteKeys.get(bea.personId)).toBeUndefined();
    expect(await db.talkRequests.where('personId').equals(bea.personId).count()).toBe(0);
    expect((await storedRollups(db)).flatMap((row) => row.contributorIds)).not.toContain(bea.personId);
    expect(await checkInsOf(cal.personId)).toBe(1);
    expect(await db.erasures.get(bea.personId)).toBeDefined();

    const again = await signIn(bea.personId, '602847');
    if (!again.ok) throw new Error('sign-in');
    expect(await readMyNote(again.session, noted.value.id)).toBeNull();
    expect(await listMyCheckIns(again.session)).toEqual([]);
  });

  it('keeps what a person added after erasing when a later backup is restored', async () => {
    const bea = await member('Bea');
    await recordCheckIn(bea.session, CHECK_IN, Date.now() - 60_000);
    await eraseMyCheckInData(bea.session, Date.now() - 30_000);
    await recordCheckIn(bea.session, CHECK_IN);
    const file = await backup();
    await applyRestore(admin, await plan(file));
    expect(await checkInsOf(bea.personId)).toBe(1);
  });
});

/** How many check-ins of a person are stored. */
async function checkInsOf(personId: string): Promise<number> {
  return (await storedCheckIns(db)).filter((row) => row.personId === personId).length;
}

function withOneCheckIn(restore: RestorePlan) {
  // The backup had no check-ins; give it one so the spied bulkAdd is reached.
  const current = restore.snapshot.tables;
  return {
    ...restore.snapshot,
    tables: {
      ...current,
      checkIns: [
        {
          id: 'check-in-from-backup',
          personId: admin.personId,
          teamId: null,
          moment: 'shift-end',
          at: 1,
          day: '1970-01-01',
          weekday: 4,
          period: 'night',
          ratings: CHECK_IN.ratings,
          energy: 3,
          tags: [],
        },
      ],
    },
  };
}

describe('restoring from the first-run screen', () => {
  it('restores into an install nobody has set up, and is refused once one is set up', async () => {
    const file = await backup();
    const previous = useDatabaseInstance(new ShiftwellDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));
    const prepared = await prepareFirstRunRestore({ file, passphrase: PASSPHRASE });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    expect(prepared.value.preview.areas.find((change) => change.area === 'people')).toMatchObject({
      added: 1,
      removed: 0,
    });
    expect(await applyFirstRunRestore(prepared.value)).toEqual({ ok: true, value: true });
    expect(messageOf(await applyFirstRunRestore(prepared.value))).toBe('backup.errors.notEmpty');
    if (previous) useDatabaseInstance(previous);
    expect(messageOf(await prepareFirstRunRestore({ file, passphrase: PASSPHRASE }))).toBe(
      'backup.errors.notEmpty',
    );
  });
});

describe('automatic backups', () => {
  it('writes at most one backup a day with the stored key, readable with the passphrase', async () => {
    const written: WriteRollingBackupRequest[] = [];
    const write = (request: WriteRollingBackupRequest) => {
      written.push(request);
      return Promise.resolve({
        status: 'saved' as const,
        fileName: `shiftwell-${request.day}.swbackup`,
        kept: 1,
      });
    };
    expect(await runAutomaticBackupIfDue(admin, write)).toBe('off');
    await turnOnAutomaticBackups(admin, { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    const bea = await addAndSignIn(admin, 'Bea', 'employee', teamId);
    const now = Date.now();
    expect(await runAutomaticBackupIfDue(bea, write, now)).toBe('written');
    expect(await runAutomaticBackupIfDue(admin, write, now + 1000)).toBe('not-due');
    expect(await runAutomaticBackupIfDue(admin, write, now + 25 * 60 * 60 * 1000)).toBe('written');
    expect(written).toHaveLength(2);
    expect((await getAutomaticBackupStatus(admin)).lastBackupAt).toBe(now + 25 * 60 * 60 * 1000);

    const restore = await plan(written[0]?.contents ?? new Uint8Array());
    expect(restore.preview.kind).toBe('automatic');
    expect(restore.snapshot.tables).not.toHaveProperty('backupKeys');
    expect(
      messageOf(
        await prepareRestore(admin, {
          file: written[0]?.contents ?? new Uint8Array(),
          passphrase: 'wrong passphrase here',
        }),
      ),
    ).toBe('backup.errors.wrongPassphrase');
  });

  it('records a failed write so the admin can see it, and tries again next time', async () => {
    await turnOnAutomaticBackups(admin, { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    const failing = () => Promise.resolve({ status: 'failed' as const, message: 'disk full' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runAutomaticBackupIfDue(admin, failing)).toBe('failed');
    expect(await getAutomaticBackupStatus(admin)).toMatchObject({
      isOn: true,
      lastBackupAt: null,
      lastProblem: 'backup.automatic.writeFailed',
    });
    vi.mocked(console.error).mockRestore();
  });
});
