/**
 * Fuzzing the restore path with malformed backup files.
 *
 * Every generated file goes through the same code a person's file does — header, passphrase check,
 * AES-GCM, inflate, JSON, snapshot checks, preview — and, if it is accepted, the restore itself. For each:
 * nothing throws, every rejection carries a reason that exists in the English locale, and a rejected file
 * leaves the database exactly as it was. PBKDF2 at 600,000 iterations would allow a few files a second, so
 * the key is derived once and handed to the fuzzed path; passphrase derivation has its own few cases.
 *
 * Runs per property: `FUZZ_RUNS` (default 200 inside `npm test`; `npm run fuzz` sets 10,000).
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot, type BackupSnapshot } from '../../../../shared/backup/snapshot';
import type { Outcome } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { CURRENT_SCHEMA_VERSION, type ShiftwellDatabase } from '../../db';
import { checkFuzzProperty, FUZZ_TIMEOUT_MS } from '../../../../shared/testing/fuzz';
import app from '../../i18n/locales/en/app.json';
import backupStrings from '../../i18n/locales/en/backup.json';
import { countWrites, databaseDigest, useFreshDatabase } from '../../test/database';
import { recordCheckIn } from '../check-ins/test-api';
import { addAndSignIn, setUpOrganisationWithTeams } from '../profiles/test-api';
import { deriveBackupKey, HEADER_BYTES, sealPayload, sealSnapshot, type BackupKey } from './backup-file';
import {
  applyRestore,
  BACKUP_CATALOGUE,
  createBackup,
  prepareRestore,
  prepareRestoreWithKey,
  replaceAllData,
  type RestorePlan,
} from './backup.repo';

/** The English strings a restore can show. */
const en = { ...app, ...backupStrings };

const PASSPHRASE = 'fuzzing the harbour backups';
let db: ShiftwellDatabase;
let admin: Session;
let key: BackupKey;
let baseline: BackupSnapshot;
let validFile: Uint8Array;
let digest: string;
/** How many writes the database has been asked to make so far. */
let writes: () => number;

/** The English text for an i18n key, or undefined when the key does not exist. */
function english(messageKey: string): unknown {
  let node: unknown = en;
  for (const part of messageKey.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function expectReadableRejection(outcome: Outcome<unknown>): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const problem of outcome.problems) {
    const text = english(problem.message);
    expect(typeof text === 'string' && text.trim().length > 0, `no English text for ${problem.message}`).toBe(
      true,
    );
  }
}

/** The whole import, as the restore dialog runs it: prepare and, if the file is accepted, restore. */
async function importFile(file: Uint8Array): Promise<Outcome<RestorePlan>> {
  const prepared = await prepareRestoreWithKey(admin, { file, keyFor: () => Promise.resolve(key) });
  if (!prepared.ok) return prepared;
  const restored = await applyRestore(admin, prepared.value);
  return restored.ok ? prepared : restored;
}

/** Import a file that must be rejected, and check that not a single write was even attempted. */
async function expectRejectedWithoutWrites(file: Uint8Array): Promise<void> {
  const before = writes();
  expectReadableRejection(await importFile(file));
  expect(writes()).toBe(before);
}

// Every property ends with the data exactly as it started. (Per file, the write counter above is the check:
// reading every table after each of tens of thousands of files would make the suite far slower.)
afterEach(async () => {
  expect(await databaseDigest(db)).toBe(digest);
});

function seal(value: unknown): Promise<Uint8Array> {
  return sealPayload(new TextEncoder().encode(JSON.stringify(value)), key);
}

beforeAll(async () => {
  db = useFreshDatabase();
  writes = countWrites(db);
  const setUp = await setUpOrganisationWithTeams('Billing', 'Returns');
  admin = setUp.admin;
  const bea = await addAndSignIn(admin, 'Bea', 'employee', setUp.teamIds[0] ?? '');
  await recordCheckIn(bea, {
    moment: 'shift-start',
    ratings: {
      'emotional-labor': 3,
      'role-conflict': 1,
      'role-ambiguity': 2,
      'role-overload': 4,
      'service-climate': 5,
    },
    energy: 4,
    tags: [],
  });
  const made = await createBackup(admin, { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
  if (!made.ok) throw new Error('backup');
  const prepared = await prepareRestore(admin, { file: made.value.contents, passphrase: PASSPHRASE });
  if (!prepared.ok) throw new Error('prepare');
  baseline = prepared.value.snapshot;
  key = await deriveBackupKey(PASSPHRASE);
  validFile = await sealSnapshot(baseline, key);
  digest = await databaseDigest(db);
  // The set-up above wrote rows, so the counter is known to see writes.
  expect(writes()).toBeGreaterThan(0);
});

describe('malformed backup files', () => {
  it(
    'rejects random bytes, with or without a Shiftwell header in front',
    { timeout: FUZZ_TIMEOUT_MS },
    async (context) => {
      const magic = validFile.slice(0, 18);
      await checkFuzzProperty(
        context,
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, withMagic) => {
          const file = withMagic ? new Uint8Array([...magic, ...bytes]) : bytes;
          await expectRejectedWithoutWrites(file);
        }),
      );
    },
  );

  it(
    'rejects a valid file that was truncated, extended or had bits flipped',
    { timeout: FUZZ_TIMEOUT_MS },
    async (context) => {
      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: validFile.length - 1 }) }),
        fc.record({
          kind: fc.constant('append' as const),
          bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
        }),
        fc.record({
          kind: fc.constant('flip' as const),
          flips: fc.array(
            fc.record({ at: fc.nat({ max: validFile.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) }),
            { minLength: 1, maxLength: 8 },
          ),
        }),
      );
      await checkFuzzProperty(
        context,
        fc.asyncProperty(mutation, async (change) => {
          let file: Uint8Array;
          if (change.kind === 'truncate') file = validFile.slice(0, change.at);
          else if (change.kind === 'append') file = new Uint8Array([...validFile, ...change.bytes]);
          else {
            file = validFile.slice();
            for (const { at, bit } of change.flips) file[at] = (file[at] ?? 0) ^ (1 << bit);
            // Flips that cancel each other out give back the valid file; that one is not malformed.
            fc.pre(file.some((byte, index) => byte !== validFile[index]));
          }
          await expectRejectedWithoutWrites(file);
        }),
      );
    },
  );

  it(
    'rejects correctly encrypted files whose contents are not a snapshot',
    { timeout: FUZZ_TIMEOUT_MS },
    async (context) => {
      const contents = fc.oneof(
        fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ raw: bytes })),
        fc.string({ maxLength: 200 }).map((text) => ({ raw: new TextEncoder().encode(text) })),
        fc.jsonValue({ maxDepth: 3 }).map((value) => ({ json: value })),
      );
      await checkFuzzProperty(
        context,
        fc.asyncProperty(contents, async (content) => {
          const file = 'raw' in content ? await sealPayload(content.raw, key) : await seal(content.json);
          await expectRejectedWithoutWrites(file);
        }),
      );
    },
  );

  it(
    'rejects snapshots with broken envelopes, tables, rows, keys and fields',
    { timeout: FUZZ_TIMEOUT_MS },
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.asyncProperty(brokenSnapshot(), async (broken) => {
          expectReadableRejection(parseSnapshot(broken, BACKUP_CATALOGUE));
          await expectRejectedWithoutWrites(await seal(broken));
        }),
      );
    },
  );

  it(
    'never throws or half-writes whatever value replaces any field, and restores whole when accepted',
    { timeout: FUZZ_TIMEOUT_MS },
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.asyncProperty(anyFieldReplaced(), async (changed) => {
          const before = writes();
          const outcome = await importFile(await seal(changed));
          if (outcome.ok) {
            // Accepted (the new value was valid there): the data is now the snapshot's; put the baseline back.
            await replaceAllData(db, baseline);
            return;
          }
          expectReadableRejection(outcome);
          // Refused while checking: nothing was written. Refused while restoring: the transaction was undone.
          if (writes() === before) return;
          expect(outcome.problems.map((problem) => problem.where)).toEqual(['storage']);
          expect(await databaseDigest(db)).toBe(digest);
        }),
      );
    },
  );

  it('tells a wrong passphrase from a damaged file when the key is derived from what was typed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (passphrase) => {
        fc.pre(passphrase !== PASSPHRASE);
        const outcome = await prepareRestore(admin, { file: validFile, passphrase });
        expect(outcome.ok ? undefined : outcome.problems[0]?.message).toBe('backup.errors.wrongPassphrase');
      }),
      { numRuns: 3 },
    );
    expect(HEADER_BYTES).toBeLessThan(validFile.length);
  });
});

const TABLES = () => Object.keys(baseline.tables);

/** Values of the wrong type for a field that needs a string id, a time or a fixed word. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(-1, -1e300, 1e300, 9.1e15),
  fc.constant([1]),
  fc.constant({}),
  fc.constant(''),
);

/** A snapshot broken in one of the ways the checks must catch. Every one of these must be refused. */
function brokenSnapshot(): fc.Arbitrary<unknown> {
  return fc.oneof(
    // The envelope: a field missing, of the wrong type, or an extra one.
    fc
      .constantFrom('format', 'formatVersion', 'schemaVersion', 'createdAt', 'createdBy', 'kind', 'tables')
      .chain((field) =>
        fc.oneof(
          fc.constant({ ...baseline, [field]: undefined }),
          wrongValue.map((value) => ({ ...baseline, [field]: value })),
        ),
      ),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((name) => !(name in baseline) && !name.startsWith('__'))
      .map((name) => ({ ...baseline, [name]: 1 })),
    fc
      .integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 2 ** 31 })
      .map((version) => ({ ...baseline, schemaVersion: version })),
    fc.integer({ min: 2, max: 2 ** 31 }).map((version) => ({ ...baseline, formatVersion: version })),
    // Tables: one missing, an unknown one, or not an array.
    fc.constantFrom(...TABLES()).map((table) => ({
      ...baseline,
      tables: { ...baseline.tables, [table]: undefined },
    })),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((name) => !TABLES().includes(name) && !name.startsWith('__'))
      .map((name) => ({ ...baseline, tables: { ...baseline.tables, [name]: [] } })),
    fc.constantFrom(...TABLES()).chain((table) =>
      fc.constantFrom(null, 1, 'rows', {}).map((value) => ({
        ...baseline,
        tables: { ...baseline.tables, [table]: value },
      })),
    ),
    // Rows: not an object, a broken primary key, a duplicate, a validated field of the wrong type.
    nonEmptyTable().chain((table) =>
      fc.constantFrom(null, 1, 'row', [1, 2]).map((row) => withRows(table, [...rowsOf(table), row])),
    ),
    nonEmptyTable().chain((table) =>
      fc.constantFrom(null, true, [], {}).map((value) => {
        const [first, ...rest] = rowsOf(table);
        return withRows(table, [{ ...first, [primaryKeyField(table)]: value }, ...rest]);
      }),
    ),
    nonEmptyTable().map((table) => withRows(table, [...rowsOf(table), rowsOf(table)[0]])),
    fc
      .constantFrom(
        ['people', 'role'],
        ['people', 'displayName'],
        ['checkIns', 'personId'],
        ['checkIns', 'at'],
        ['teamRollups', 'contributorIds'],
        ['noteKeys', 'createdAt'],
        ['credentials', 'algorithm'],
        ['organisation', 'id'],
      )
      .filter(([table]) => rowsOf(table).length > 0)
      .chain(([table, field]) =>
        wrongValue.map((value) => {
          const [first, ...rest] = rowsOf(table);
          return withRows(table, [{ ...first, [field]: value }, ...rest]);
        }),
      ),
    // Integrity: no admin left, or no organisation.
    fc.constant(
      withRows(
        'people',
        rowsOf('people').filter((row) => row.role !== 'admin'),
      ),
    ),
    fc.constant(withRows('organisation', [])),
  );
}

/** The baseline with one field of one row (or of the envelope) replaced by anything at all. */
function anyFieldReplaced(): fc.Arbitrary<unknown> {
  return fc.oneof(
    nonEmptyTable().chain((table) =>
      fc
        .tuple(
          fc.nat({ max: rowsOf(table).length - 1 }),
          fc.string({ maxLength: 20 }),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([index, randomField, value]) => {
          const rows = [...rowsOf(table)];
          const row = rows[index] ?? {};
          const fields = Object.keys(row);
          const field = fields[randomField.length % (fields.length + 1)] ?? randomField;
          rows[index] = { ...row, [field]: value };
          return withRows(table, rows);
        }),
    ),
    fc
      .tuple(
        fc.constantFrom('createdAt', 'createdBy', 'kind', 'schemaVersion'),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map(([field, value]) => ({ ...baseline, [field]: value })),
  );
}

function rowsOf(table: string): readonly Record<string, unknown>[] {
  return baseline.tables[table] ?? [];
}

function withRows(table: string, rows: readonly unknown[]): unknown {
  return { ...baseline, tables: { ...baseline.tables, [table]: rows } };
}

function nonEmptyTable(): fc.Arbitrary<string> {
  return fc.constantFrom(...TABLES().filter((table) => rowsOf(table).length > 0));
}

function primaryKeyField(table: string): string {
  const store = BACKUP_CATALOGUE.versions.at(-1)?.stores[table] ?? 'id';
  return (store.split(',')[0] ?? 'id').replace(/^\[/, '').split('+')[0] ?? 'id';
}
