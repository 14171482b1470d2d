/**
 * Backup snapshots: every table of the database as plain rows, checked before anything is written.
 *
 * A snapshot is `{ format, formatVersion, schemaVersion, createdAt, createdBy, kind, tables }`. It is read
 * back from a file that may be damaged, foreign or crafted, so `parseSnapshot` trusts nothing: the envelope
 * must match exactly, the schema version must be one this build knows (never newer), every table of that
 * version must be present and no other, every row must be an object with a valid, unique primary key, rows
 * of the tables the restore rules depend on must have the right shape, and the data must leave someone able
 * to sign in (the organisation and an active admin with a credential). Problems are i18n keys.
 *
 * Pure: the table list comes in as a catalogue built from the Dexie schema, so this file knows no database.
 */
import { z } from 'zod';
import type { Outcome, Problem } from '../domain/outcome';
import { CHECK_IN_MOMENTS, CHECK_IN_TAGS, SHIFT_PERIODS } from '../domain/check-in';
import { ROLES } from '../domain/roles';
import { STRESSORS } from '../content/pack-schema';

/** The `format` every Shiftwell backup carries. */
export const BACKUP_FORMAT = 'shiftwell-backup';
/** The snapshot layout this build writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** Reading stops after this many problems: enough to explain, not a wall of text. */
const MAX_PROBLEMS = 20;

/** One stored row, as it came out of (or goes into) a table. */
export type BackupRow = Readonly<Record<string, unknown>>;

/** Who made a backup, and how. */
export interface BackupAuthor {
  readonly personId: string;
  readonly displayName: string;
}

/** A whole install at one moment. */
export interface BackupSnapshot {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly schemaVersion: number;
  readonly createdAt: number;
  readonly createdBy: BackupAuthor;
  readonly kind: 'manual' | 'automatic';
  readonly tables: Readonly<Record<string, readonly BackupRow[]>>;
}

/** The database's tables per schema version (Dexie store strings: primary key first). */
export interface TableCatalogue {
  readonly currentVersion: number;
  readonly versions: readonly {
    readonly version: number;
    readonly stores: Readonly<Record<string, string | null>>;
  }[];
  /** Tables that belong to the install and are never backed up (e.g. the automatic-backup key). */
  readonly excluded: readonly string[];
}

/** The tables a snapshot of `version` holds, in schema order; null for a version the catalogue lacks. */
export function backedUpTables(
  catalogue: TableCatalogue,
  version: number,
): readonly { readonly name: string; readonly keyPath: readonly string[] }[] | null {
  const schema = catalogue.versions.find((entry) => entry.version === version);
  if (!schema) return null;
  return Object.entries(schema.stores).flatMap(([name, store]) =>
    store === null || catalogue.excluded.includes(name) ? [] : [{ name, keyPath: primaryKeyPath(store) }],
  );
}

/** The primary key's fields from a Dexie store string: `id`, `++id`, `&id` or `[a+b]`. */
export function primaryKeyPath(store: string): readonly string[] {
  const first = (store.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '');
  return first.startsWith('[') ? first.slice(1, -1).split('+') : [first];
}

/** A row's primary key as text for comparison, or null when it is not a valid key. */
export function primaryKeyOf(row: BackupRow, keyPath: readonly string[]): string | null {
  const parts: (string | number)[] = [];
  for (const field of keyPath) {
    const value = row[field];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) parts.push(value);
    else return null;
  }
  return JSON.stringify(parts);
}

const text = z.string().max(100_000);
const id = z.string().min(1).max(200);
const time = z.number().min(0).max(8.64e15);
const nullableTime = time.nullable();
/** A real calendar day, YYYY-MM-DD. */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
  });

/** A 1–5 answer. */
const rating = z.int().min(1).max(5);

/** Shapes of the rows the restore rules and the preview rely on. Other tables get the generic checks. */
const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  organisation: z.looseObject({ id: z.literal('org'), name: text.min(1), createdAt: time }),
  teams: z.looseObject({ id, name: text, archivedAt: nullableTime }),
  people: z.looseObject({
    id,
    displayName: text.min(1),
    role: z.enum(ROLES),
    teamId: id.nullable(),
    archivedAt: nullableTime,
  }),
  credentials: z.looseObject({
    personId: id,
    kind: z.enum(['pin', 'passphrase']),
    algorithm: z.literal('PBKDF2-HMAC-SHA256'),
    iterations: z.int().min(1),
    salt: text,
    hash: text,
  }),
  // Every field is checked: a restore stores check-ins a week to a row, packed into numbers (see
  // shared/domain/week-buckets.ts), so only what the app itself makes can be stored exactly as it is.
  checkIns: z.strictObject({
    id,
    personId: id,
    teamId: id.nullable(),
    moment: z.enum(CHECK_IN_MOMENTS),
    at: time,
    day: calendarDay,
    weekday: z.int().min(0).max(6),
    period: z.enum(SHIFT_PERIODS),
    ratings: z.strictObject(
      Object.fromEntries(STRESSORS.map((stressor) => [stressor, rating])) as Record<
        (typeof STRESSORS)[number],
        typeof rating
      >,
    ),
    energy: rating,
    tags: z.array(z.enum(CHECK_IN_TAGS)).refine((tags) => new Set(tags).size === tags.length),
  }),
  checkInNotes: z.looseObject({ checkInId: id, personId: id, iv: text, ciphertext: text }),
  noteKeys: z.looseObject({ personId: id, createdAt: time }),
  // Team weeks and the dashboards are computed from these figures, so every one of them is checked.
  teamRollups: z.looseObject({
    teamId: id,
    day: calendarDay,
    period: z.enum(SHIFT_PERIODS),
    weekday: z.int().min(0).max(6),
    count: z.int().min(1),
    contributorIds: z.array(id),
    strainSums: z.record(z.enum(STRESSORS), z.number().min(0).max(1e12)),
    // Rating histograms, in backups made before schema 8: still checked, then ignored (nothing reads them).
    histograms: z.record(z.enum(STRESSORS), z.array(z.int().min(0)).length(5)).optional(),
    energySum: z.number().min(0).max(1e12),
    tagCounts: z.partialRecord(z.enum(CHECK_IN_TAGS), z.int().min(0)),
  }),
  talkRequests: z.looseObject({ id, personId: id, createdAt: time }),
  checkInPreferences: z.looseObject({ personId: id, privacyNoticeAcceptedAt: nullableTime }),
  erasures: z.strictObject({ personId: id, erasedAt: time }),
};

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.int().min(1),
  createdAt: time,
  createdBy: z.strictObject({ personId: id, displayName: text.min(1) }),
  kind: z.enum(['manual', 'automatic']),
  tables: z.record(z.string(), z.array(z.unknown())),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(where: string, message: string, values?: Problem['values']): Problem {
  return values ? { where, message, values } : { where, message };
}

type Envelope = z.infer<typeof envelopeSchema>;

/**
 * The checked envelope, or why it is refused: not ours at all, from a newer Shiftwell, or damaged. Parsed
 * once: the envelope holds every row of the backup.
 */
function checkEnvelope(
  value: unknown,
  currentVersion: number,
): { readonly envelope: Envelope } | { readonly problem: Problem } {
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) {
    return { problem: problem('file', 'backup.errors.notABackup') };
  }
  const { formatVersion, schemaVersion } = value;
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return { problem: problem('file', 'backup.errors.newerFormat') };
  }
  if (
    typeof schemaVersion === 'number' &&
    Number.isInteger(schemaVersion) &&
    schemaVersion > currentVersion
  ) {
    return {
      problem: problem('schemaVersion', 'backup.errors.newerSchema', {
        version: schemaVersion,
        currentVersion,
      }),
    };
  }
  const parsed = envelopeSchema.safeParse(value);
  if (parsed.success) return { envelope: parsed.data };
  const first = parsed.error.issues[0];
  return { problem: problem(first ? first.path.join('.') || 'file' : 'file', 'backup.errors.badEnvelope') };
}

/**
 * Check a decoded backup against the catalogue and return it as a snapshot of the current schema.
 *
 * Never throws. Tables that the backup's (older) schema version did not have come back empty.
 */
export function parseSnapshot(value: unknown, catalogue: TableCatalogue): Outcome<BackupSnapshot> {
  const checked = checkEnvelope(value, catalogue.currentVersion);
  if ('problem' in checked) return { ok: false, problems: [checked.problem] };
  const { envelope } = checked;
  const tablesThen = backedUpTables(catalogue, envelope.schemaVersion);
  const tablesNow = backedUpTables(catalogue, catalogue.currentVersion);
  if (tablesThen === null || tablesNow === null) {
    return {
      ok: false,
      problems: [
        problem('schemaVersion', 'backup.errors.unknownSchema', { version: envelope.schemaVersion }),
      ],
    };
  }
  const problems: Problem[] = [];
  const expected = new Set(tablesThen.map((table) => table.name));
  for (const name of Object.keys(envelope.tables)) {
    if (!expected.has(name)) problems.push(problem(name, 'backup.errors.unknownTable', { table: name }));
  }
  for (const { name, keyPath } of tablesThen) {
    if (problems.length >= MAX_PROBLEMS) break;
    const rows = envelope.tables[name];
    if (rows === undefined) {
      problems.push(problem(name, 'backup.errors.missingTable', { table: name }));
      continue;
    }
    checkRows(name, keyPath, rows, problems);
  }
  if (problems.length === 0) checkSomeoneCanSignIn(envelope.tables, problems);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };

  const tables: Record<string, readonly BackupRow[]> = {};
  for (const { name } of tablesNow) tables[name] = (envelope.tables[name] ?? []) as readonly BackupRow[];
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: envelope.schemaVersion,
      createdAt: envelope.createdAt,
      createdBy: envelope.createdBy,
      kind: envelope.kind,
      tables,
    },
  };
}

function checkRows(
  table: string,
  keyPath: readonly string[],
  rows: readonly unknown[],
  problems: Problem[],
): void {
  const schema = ROW_SCHEMAS[table];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    if (problems.length >= MAX_PROBLEMS) return;
    const where = `${table}[${index}]`;
    if (!isPlainObject(row)) {
      problems.push(problem(where, 'backup.errors.badRow', { table, row: index + 1 }));
      continue;
    }
    const key = primaryKeyOf(row, keyPath);
    if (key === null) {
      problems.push(problem(where, 'backup.errors.badKey', { table, row: index + 1 }));
      continue;
    }
    if (seen.has(key)) {
      problems.push(problem(where, 'backup.errors.duplicateKey', { table, row: index + 1 }));
      continue;
    }
    seen.add(key);
    const parsed = schema?.safeParse(row);
    if (parsed && !parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') ?? '';
      problems.push(
        problem(field ? `${where}.${field}` : where, 'backup.errors.badRow', { table, row: index + 1 }),
      );
    }
  }
}

/** Restoring data nobody can sign in to would lock everyone out: require the organisation and an admin. */
function checkSomeoneCanSignIn(tables: Readonly<Record<string, readonly unknown[]>>, problems: Problem[]) {
  const organisation = tables.organisation ?? [];
  if (organisation.length !== 1) {
    problems.push(problem('organisation', 'backup.errors.noOrganisation'));
    return;
  }
  const credentialIds = new Set(
    (tables.credentials ?? []).flatMap((row) =>
      isPlainObject(row) && typeof row.personId === 'string' ? [row.personId] : [],
    ),
  );
  const hasAdmin = (tables.people ?? []).some(
    (row) =>
      isPlainObject(row) &&
      row.role === 'admin' &&
      row.archivedAt === null &&
      typeof row.id === 'string' &&
      credentialIds.has(row.id),
  );
  if (!hasAdmin) problems.push(problem('people', 'backup.errors.noAdmin'));
}
