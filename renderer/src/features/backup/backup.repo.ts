/**
 * Backups and restores of the whole install. Admins only, except a restore into an install nobody has set
 * up yet (the first-run screen).
 *
 * A backup reads every table (except the automatic-backup key) in one read transaction into a snapshot,
 * then compresses and encrypts it under a key derived from a backup passphrase (see backup-file.ts). A
 * restore decrypts and checks everything first, shows what would change, and only then replaces all data
 * in one read-write transaction: if anything fails, the install is exactly as it was. Erasure records are
 * merged and honoured on the way in (shared/backup/erasures.ts).
 */
import type { Table } from 'dexie';
import { requireSession, type Session } from '../../auth/session';
import { fromBase64, toBase64 } from '../../auth/secret-hash';
import {
  CURRENT_SCHEMA_VERSION,
  getDatabase,
  SCHEMA_VERSIONS,
  storageOutcome,
  type BackupKeyRow,
  type CheckInWeekRow,
  type ShiftwellDatabase,
  type TeamWeekRow,
} from '../../db';
import { applyErasures } from '../../../../shared/backup/erasures';
import {
  backedUpTables,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  primaryKeyOf,
  type BackupAuthor,
  type BackupRow,
  type BackupSnapshot,
  type TableCatalogue,
} from '../../../../shared/backup/snapshot';
import type { WriteRollingBackupRequest, WriteRollingBackupResult } from '../../../../shared/bridge';
import { localDay } from '../../../../shared/domain/check-in';
import { rollupCountOf, rollupsOfWeek, teamWeeksFromRollups } from '../../../../shared/domain/team-week';
import type { CheckInRecord } from '../../../../shared/domain/check-in-record';
import type { TeamRollup } from '../../../../shared/domain/rollup';
import { checkInCountOf, checkInsOf, checkInWeeksOf } from '../../../../shared/domain/week-buckets';
import { fail, succeed, type Outcome, type Problem } from '../../../../shared/domain/outcome';
import {
  deriveBackupKey,
  openBackupFile,
  openBackupWithPassphrase,
  sealSnapshot,
  type BackupHeader,
  type BackupKey,
} from './backup-file';

/**
 * Tables that never go into a backup as they are stored: the automatic-backup key belongs to this install,
 * and team weeks go in as the day rollups they hold (`teamRollups`, see STORED_APART).
 */
const INSTALL_ONLY_TABLES = ['backupKeys', 'teamWeeks'] as const;

/** The tables of every schema version, for reading backups made by this or an older build. */
export const BACKUP_CATALOGUE: TableCatalogue = {
  currentVersion: CURRENT_SCHEMA_VERSION,
  versions: SCHEMA_VERSIONS.map((schema) => ({
    version: schema.version,
    stores: schema.backupStores ?? schema.stores,
  })),
  excluded: INSTALL_ONLY_TABLES,
};

/** The file extension of backup files. */
export const BACKUP_FILE_EXTENSION = 'swbackup';
/** Fewest characters in a backup passphrase. */
export const BACKUP_PASSPHRASE_MIN_LENGTH = 12;
const BACKUP_PASSPHRASE_MAX_LENGTH = 1024;
/** Rows per bulkAdd when restoring: large enough to be fast, small enough to keep memory spikes modest. */
const RESTORE_CHUNK_ROWS = 5_000;

/** The tables a backup of this build holds, in schema order. */
function currentTables(): readonly { readonly name: string; readonly keyPath: readonly string[] }[] {
  return backedUpTables(BACKUP_CATALOGUE, CURRENT_SCHEMA_VERSION) ?? [];
}

/** Check a new backup passphrase and its confirmation. */
export function checkBackupPassphrase(passphrase: string, confirmation: string): readonly Problem[] {
  if (passphrase.length < BACKUP_PASSPHRASE_MIN_LENGTH) {
    return [
      {
        where: 'passphrase',
        message: 'backup.errors.passphraseTooShort',
        values: { min: BACKUP_PASSPHRASE_MIN_LENGTH },
      },
    ];
  }
  if (passphrase.length > BACKUP_PASSPHRASE_MAX_LENGTH) {
    return [{ where: 'passphrase', message: 'backup.errors.passphraseTooLong' }];
  }
  if (passphrase !== confirmation)
    return [{ where: 'confirmation', message: 'backup.errors.passphraseMismatch' }];
  return [];
}

/**
 * Backed-up tables that are stored differently (db/schema-v8.ts). A backup still holds one row per
 * check-in and per day rollup, so files stay readable by every build: `read` gives those rows from what is
 * stored, `pack` the stored rows of them (written to `table`, after every one of `tables` is cleared), and
 * `records` how many of them a stored row holds (for restore progress).
 */
interface StoredApart {
  readonly tables: (db: ShiftwellDatabase) => readonly Table[];
  readonly read: (db: ShiftwellDatabase) => Promise<BackupRow[]>;
  readonly table: (db: ShiftwellDatabase) => Table;
  readonly pack: (rows: readonly BackupRow[]) => readonly object[];
  readonly records: (row: never) => number;
}

const STORED_APART: Readonly<Record<string, StoredApart>> = {
  // One row each when made in the app; a week to a row when restored.
  checkIns: {
    tables: (db) => [db.checkIns, db.checkInWeeks],
    read: async (db) =>
      [
        ...(await db.checkIns.toArray()),
        ...checkInsOf(await db.checkInWeeks.toArray()),
      ] as unknown as BackupRow[],
    table: (db) => db.checkInWeeks,
    // Restored rows were checked by parseSnapshot (shared/backup/snapshot.ts) against the check-in shape.
    pack: (rows) => checkInWeeksOf(rows as unknown as readonly CheckInRecord[]),
    records: (row: CheckInWeekRow) => checkInCountOf(row),
  },
  // Kept in the team weeks.
  teamRollups: {
    tables: (db) => [db.teamWeeks],
    read: async (db) => (await db.teamWeeks.toArray()).flatMap(rollupsOfWeek) as unknown as BackupRow[],
    table: (db) => db.teamWeeks,
    pack: (rows) => teamWeeksFromRollups(rows as unknown as readonly TeamRollup[]),
    records: (row: TeamWeekRow) => rollupCountOf(row),
  },
};

/** The stored tables of some backed-up tables. */
function storedTables(db: ShiftwellDatabase, names: readonly string[]): Table[] {
  return names.flatMap((name) => STORED_APART[name]?.tables(db) ?? [db.table(name)]);
}

/** Every backed-up table's rows, read in one read transaction so that they are consistent. */
async function readBackedUpTables(db: ShiftwellDatabase): Promise<Record<string, readonly BackupRow[]>> {
  const names = currentTables().map((table) => table.name);
  const tables: Record<string, readonly BackupRow[]> = {};
  await db.transaction('r', storedTables(db, names), async () => {
    for (const name of names) {
      const stored = STORED_APART[name];
      tables[name] = stored ? await stored.read(db) : ((await db.table(name).toArray()) as BackupRow[]);
    }
  });
  return tables;
}

/** A snapshot of every backed-up table. */
async function readSnapshot(
  db: ShiftwellDatabase,
  createdBy: BackupAuthor,
  kind: BackupSnapshot['kind'],
  now: number,
): Promise<BackupSnapshot> {
  const tables = await readBackedUpTables(db);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now,
    createdBy,
    kind,
    tables,
  };
}

function fileStamp(now: number): string {
  const date = new Date(now);
  const time = `${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}`;
  return `${localDay(now)}-${time}`;
}

/** Make an encrypted backup of everything, for the admin to save as a file. */
export async function createBackup(
  session: Session,
  input: { readonly passphrase: string; readonly confirmation: string },
  now = Date.now(),
): Promise<Outcome<{ readonly fileName: string; readonly contents: Uint8Array<ArrayBuffer> }>> {
  requireSession(session, ['admin']);
  const problems = checkBackupPassphrase(input.passphrase, input.confirmation);
  if (problems.length > 0) return { ok: false, problems };
  const snapshot = await readSnapshot(
    getDatabase(),
    { personId: session.personId, displayName: session.displayName },
    'manual',
    now,
  );
  const key = await deriveBackupKey(input.passphrase);
  const contents = await sealSnapshot(snapshot, key);
  return succeed({ fileName: `shiftwell-backup-${fileStamp(now)}.${BACKUP_FILE_EXTENSION}`, contents });
}

/** One area of the preview: how many records a restore would add, change and remove. */
export interface AreaChange {
  readonly area: RestoreArea;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Records of this area in the backup (after erasures). */
  readonly inBackup: number;
}

/** The areas a preview reports on; `other` sums every remaining table (settings, training progress…). */
export type RestoreArea =
  | 'people'
  | 'teams'
  | 'checkIns'
  | 'privateNotes'
  | 'trainingRecords'
  | 'recognitions'
  | 'coachingNotes'
  | 'oneOnOnes'
  | 'other';

const AREA_TABLES: Readonly<Record<Exclude<RestoreArea, 'other'>, string>> = {
  people: 'people',
  teams: 'teams',
  checkIns: 'checkIns',
  privateNotes: 'checkInNotes',
  trainingRecords: 'completions',
  recognitions: 'recognitions',
  coachingNotes: 'coachingNotes',
  oneOnOnes: 'oneOnOnes',
};

/** What a restore would do, for the person to confirm. */
export interface RestorePreview {
  readonly createdAt: number;
  readonly createdBy: BackupAuthor;
  readonly kind: BackupSnapshot['kind'];
  readonly schemaVersion: number;
  readonly areas: readonly AreaChange[];
  /** Records left out because the person they belong to erased them (check-ins, notes, keys…). */
  readonly erasedRecords: number;
}

/** A checked backup, ready to restore once the person confirms. */
export interface RestorePlan {
  readonly snapshot: BackupSnapshot;
  readonly preview: RestorePreview;
}

/** JSON with object keys sorted, so the same row always compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function compareTable(
  current: readonly BackupRow[],
  incoming: readonly BackupRow[],
  keyPath: readonly string[],
): Omit<AreaChange, 'area'> {
  const existing = new Map(current.map((row) => [primaryKeyOf(row, keyPath), row]));
  let added = 0;
  let changed = 0;
  let matched = 0;
  for (const row of incoming) {
    const before = existing.get(primaryKeyOf(row, keyPath));
    if (before === undefined) added += 1;
    else {
      matched += 1;
      if (canonical(before) !== canonical(row)) changed += 1;
    }
  }
  return { added, changed, removed: current.length - matched, inBackup: incoming.length };
}

async function buildPlan(db: ShiftwellDatabase, parsed: BackupSnapshot): Promise<RestorePlan> {
  const tables = currentTables();
  const current = await readBackedUpTables(db);
  const installErasures = (current.erasures ?? []).flatMap((row) =>
    typeof row.personId === 'string' && typeof row.erasedAt === 'number'
      ? [{ personId: row.personId, erasedAt: row.erasedAt }]
      : [],
  );
  const { snapshot, erasedRows } = applyErasures(parsed, installErasures);
  const byTable = new Map(
    tables.map(({ name, keyPath }) => [
      name,
      compareTable(current[name] ?? [], snapshot.tables[name] ?? [], keyPath),
    ]),
  );
  const areaTables = new Set<string>(Object.values(AREA_TABLES));
  const areas: AreaChange[] = Object.entries(AREA_TABLES).map(([area, table]) => ({
    area: area as RestoreArea,
    ...(byTable.get(table) ?? { added: 0, changed: 0, removed: 0, inBackup: 0 }),
  }));
  const other = { area: 'other' as const, added: 0, changed: 0, removed: 0, inBackup: 0 };
  for (const [table, change] of byTable) {
    if (areaTables.has(table)) continue;
    other.added += change.added;
    other.changed += change.changed;
    other.removed += change.removed;
    other.inBackup += change.inBackup;
  }
  areas.push(other);
  return {
    snapshot: parsed,
    preview: {
      createdAt: parsed.createdAt,
      createdBy: parsed.createdBy,
      kind: parsed.kind,
      schemaVersion: parsed.schemaVersion,
      areas,
      erasedRecords: Object.values(erasedRows).reduce((sum, count) => sum + count, 0),
    },
  };
}

async function prepare(file: Uint8Array, passphrase: string): Promise<Outcome<RestorePlan>> {
  if (passphrase.length === 0) return fail('passphrase', 'backup.errors.passphraseRequired');
  return planFrom(await openBackupWithPassphrase(file, passphrase, BACKUP_CATALOGUE));
}

async function planFrom(opened: Outcome<BackupSnapshot>): Promise<Outcome<RestorePlan>> {
  if (!opened.ok) return opened;
  try {
    return succeed(await buildPlan(getDatabase(), opened.value));
  } catch (error) {
    return storageOutcome(error);
  }
}

/**
 * As `prepareRestore`, with a key already derived (for the header's salt) instead of a passphrase.
 *
 * The fuzz suite uses it to test thousands of files without running PBKDF2 for each one.
 */
export async function prepareRestoreWithKey(
  session: Session,
  input: { readonly file: Uint8Array; readonly keyFor: (header: BackupHeader) => Promise<BackupKey> },
): Promise<Outcome<RestorePlan>> {
  requireSession(session, ['admin']);
  return planFrom(await openBackupFile(input.file, input.keyFor, BACKUP_CATALOGUE));
}

/** Decrypt and check a backup file and show an admin what restoring it would change. Writes nothing. */
export async function prepareRestore(
  session: Session,
  input: { readonly file: Uint8Array; readonly passphrase: string },
): Promise<Outcome<RestorePlan>> {
  requireSession(session, ['admin']);
  return prepare(input.file, input.passphrase);
}

/** Whether nobody has set this install up yet (a restore is then allowed from the first-run screen). */
async function isEmptyInstall(db: ShiftwellDatabase): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}

/** As `prepareRestore`, for an install nobody has set up yet; refused once an organisation exists. */
export async function prepareFirstRunRestore(input: {
  readonly file: Uint8Array;
  readonly passphrase: string;
}): Promise<Outcome<RestorePlan>> {
  if (!(await isEmptyInstall(getDatabase()))) return fail('form', 'backup.errors.notEmpty');
  return prepare(input.file, input.passphrase);
}

/** Thrown inside the restore transaction to abort it without writing. */
class RestoreRefusedError extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

/**
 * Replace every backed-up table with the snapshot's rows, in ONE read-write transaction.
 *
 * The install's erasure records are read inside the same transaction and honoured (`applyErasures`), so an
 * erasure made after the preview still counts. Each table is cleared and refilled with chunked `bulkAdd`;
 * if any write fails the whole transaction aborts and the data is exactly as before. The automatic-backup
 * key is not touched; the day rollups are written into team weeks. `mustBeEmpty` refuses (and
 * writes nothing) if an organisation exists. `onProgress` hears after each chunk how many of the records
 * have been written: a two-year backup of a large centre takes minutes on a slow PC.
 */
export async function replaceAllData(
  db: ShiftwellDatabase,
  snapshot: BackupSnapshot,
  options: RestoreOptions & { readonly mustBeEmpty?: boolean } = {},
): Promise<void> {
  const names = currentTables().map((table) => table.name);
  await db.transaction('rw', storedTables(db, names), async () => {
    if (options.mustBeEmpty && !(await isEmptyInstall(db))) {
      throw new RestoreRefusedError('backup.errors.notEmpty');
    }
    const { snapshot: allowed } = applyErasures(snapshot, await db.erasures.toArray());
    const total = names.reduce((sum, name) => sum + (allowed.tables[name]?.length ?? 0), 0);
    let written = 0;
    // Chunks of at most RESTORE_CHUNK_ROWS records (a week row holding several counts for each of them).
    const write = async (table: Table, rows: readonly object[], recordsIn: (row: never) => number) => {
      let chunk: object[] = [];
      let records = 0;
      const flush = async () => {
        await table.bulkAdd(chunk);
        written += records;
        options.onProgress?.({ written, total });
        chunk = [];
        records = 0;
      };
      for (const row of rows) {
        const size = recordsIn(row as never);
        if (chunk.length > 0 && records + size > RESTORE_CHUNK_ROWS) await flush();
        chunk.push(row);
        records += size;
      }
      if (chunk.length > 0) await flush();
    };
    // Asked for together: one round trip to the database, not one per table.
    await Promise.all(storedTables(db, names).map((table) => table.clear()));
    for (const name of names) {
      const rows = allowed.tables[name] ?? [];
      const stored = STORED_APART[name];
      if (stored) await write(stored.table(db), stored.pack(rows), stored.records);
      else await write(db.table(name), rows, () => 1);
    }
  });
}

/** How far a restore has got: records written so far, out of all it writes. */
export interface RestoreProgress {
  readonly written: number;
  readonly total: number;
}

/** Options of a restore. */
export interface RestoreOptions {
  /** Called after each chunk of records is written (inside the restore's transaction). */
  readonly onProgress?: (progress: RestoreProgress) => void;
}

async function restore(
  snapshot: BackupSnapshot,
  mustBeEmpty: boolean,
  options: RestoreOptions,
): Promise<Outcome<true>> {
  try {
    await replaceAllData(getDatabase(), snapshot, { ...options, mustBeEmpty });
  } catch (error) {
    if (error instanceof RestoreRefusedError) return fail('form', error.problem);
    return storageOutcome(error);
  }
  return succeed(true);
}

/**
 * Replace all data with a checked backup. Admins only.
 *
 * The caller then signs everyone out: sessions and in-memory keys belong to the data that was replaced.
 */
export async function applyRestore(
  session: Session,
  plan: RestorePlan,
  options: RestoreOptions = {},
): Promise<Outcome<true>> {
  requireSession(session, ['admin']);
  return restore(plan.snapshot, false, options);
}

/** Restore a checked backup into an install nobody has set up yet. */
export function applyFirstRunRestore(
  plan: RestorePlan,
  options: RestoreOptions = {},
): Promise<Outcome<true>> {
  return restore(plan.snapshot, true, options);
}

/** Whether automatic backups are on, and how the last one went. */
export interface AutomaticBackupStatus {
  readonly isOn: boolean;
  readonly since: number | null;
  readonly lastBackupAt: number | null;
  readonly lastProblem: string | null;
}

/** The automatic-backup state, for the settings screen. Admins only. */
export async function getAutomaticBackupStatus(session: Session): Promise<AutomaticBackupStatus> {
  requireSession(session, ['admin']);
  const row = await getDatabase().backupKeys.get('automatic');
  return {
    isOn: row !== undefined,
    since: row?.createdAt ?? null,
    lastBackupAt: row?.lastBackupAt ?? null,
    lastProblem: row?.lastProblem ?? null,
  };
}

/**
 * Turn automatic backups on with a backup passphrase. Admins only.
 *
 * The key is derived once and kept as a non-extractable CryptoKey in this install's database (never in a
 * backup), so backups can be made at any sign-in without asking for the passphrase; restoring one of them
 * needs the passphrase.
 */
export async function turnOnAutomaticBackups(
  session: Session,
  input: { readonly passphrase: string; readonly confirmation: string },
  now = Date.now(),
): Promise<Outcome<true>> {
  requireSession(session, ['admin']);
  const problems = checkBackupPassphrase(input.passphrase, input.confirmation);
  if (problems.length > 0) return { ok: false, problems };
  const key = await deriveBackupKey(input.passphrase);
  const row: BackupKeyRow = {
    id: 'automatic',
    key: key.key,
    iterations: key.iterations,
    salt: toBase64(key.salt),
    check: toBase64(key.check),
    createdBy: session.personId,
    createdAt: now,
    lastBackupAt: null,
    lastProblem: null,
  };
  try {
    await getDatabase().backupKeys.put(row);
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(true);
}

/** Turn automatic backups off; files already written stay where they are. Admins only. */
export async function turnOffAutomaticBackups(session: Session): Promise<Outcome<true>> {
  requireSession(session, ['admin']);
  try {
    await getDatabase().backupKeys.delete('automatic');
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(true);
}

/** What an automatic-backup run did. */
export type AutomaticBackupRun = 'off' | 'not-due' | 'written' | 'failed';

/**
 * Write today's automatic backup if automatic backups are on and none was written today.
 *
 * Runs after anyone signs in (the sign-in is what proves the app is in use); it needs a live session but no
 * role, because it hands nothing back to the caller: the snapshot is encrypted with the admin's stored key
 * and goes straight to `write` (the Platform's `writeRollingBackup`).
 */
export async function runAutomaticBackupIfDue(
  session: Session,
  write: (request: WriteRollingBackupRequest) => Promise<WriteRollingBackupResult>,
  now = Date.now(),
): Promise<AutomaticBackupRun> {
  requireSession(session);
  const db = getDatabase();
  const row = await db.backupKeys.get('automatic');
  if (!row) return 'off';
  if (row.lastBackupAt !== null && localDay(row.lastBackupAt) === localDay(now)) return 'not-due';
  let problem: string | null = null;
  try {
    const admin = await db.people.get(row.createdBy);
    const snapshot = await readSnapshot(
      db,
      { personId: row.createdBy, displayName: admin?.displayName ?? row.createdBy },
      'automatic',
      now,
    );
    const key: BackupKey = {
      key: row.key,
      iterations: row.iterations,
      salt: fromBase64(row.salt),
      check: fromBase64(row.check),
    };
    const result = await write({ day: localDay(now), contents: await sealSnapshot(snapshot, key) });
    if (result.status === 'failed') {
      console.error('The automatic backup failed:', result.message);
      problem = 'backup.automatic.writeFailed';
    }
  } catch (error) {
    console.error('The automatic backup failed', error);
    problem = 'backup.automatic.writeFailed';
  }
  await db.backupKeys.update('automatic', {
    ...(problem === null ? { lastBackupAt: now } : {}),
    lastProblem: problem,
  });
  return problem === null ? 'written' : 'failed';
}
