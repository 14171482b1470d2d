/**
 * Fuzzing the content-pack import through the real repository and database (fake-indexeddb).
 *
 * A pack an admin imports is all or nothing: whatever is wrong with it, or with the disk, the import says why
 * in words a person can read and every table is exactly as it was. A share of FUZZ_RUNS per property, since
 * each case compares the whole database before and after (see shared/testing/fuzz.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  anyMalformedPack,
  bombPack,
  manifestTextOf,
  SOURCE_PACKS,
  VALID_ZIPS,
  zipPack,
} from '../../../../shared/content/malformed-packs';
import type { Problem } from '../../../../shared/domain/outcome';
import { checkFuzzProperty, FUZZ_TIMEOUT_MS, fuzzRuns } from '../../../../shared/testing/fuzz';
import type { Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import app from '../../i18n/locales/en/app.json';
import signIn from '../../i18n/locales/en/sign-in.json';
import training from '../../i18n/locales/en/training.json';

/** The English strings a pack import can show (start-up areas plus training). */
const en = { ...app, ...signIn, ...training };
import { useFreshDatabase } from '../../test/database';
import { setUpOrganisationWithTeams } from '../profiles/test-api';
import { importPack } from './pack-import.repo';
import { resetBundledModuleSync } from './training.repo';

let db: ShiftwellDatabase;
let admin: Session;

beforeAll(async () => {
  db = useFreshDatabase();
  resetBundledModuleSync();
  ({ admin } = await setUpOrganisationWithTeams('Front desk'));
  // One imported module, so a rejected import has an imported row it could have touched.
  const first = await importPack(admin, {
    fileName: 'first.zip',
    contents: newModuleZip('fuzz-first', '1.0.0'),
  });
  if (!first.ok) throw new Error(`set-up import failed: ${JSON.stringify(first.problems)}`);
}, 60_000);

/** Every table's rows, in a form that compares byte arrays by content. */
async function snapshot(): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return JSON.stringify(tables, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) {
      return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    }
    return value;
  });
}

/** A bundled module's pack under a new id and version, so the import would install it. */
function newModuleZip(id: string, version: string): Uint8Array {
  const source = SOURCE_PACKS[0];
  if (source === undefined) throw new Error('no source pack');
  const manifest = { ...(source.manifest as Record<string, unknown>), id, version };
  return zipPack(manifestTextOf(manifest), source.lessons);
}

/** The English text of an i18n key, when the message is one. */
function translation(key: string): unknown {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** Each problem is an app message (an i18n key with English text) or an English sentence for the author. */
function expectReadable(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const { where, message } of problems) {
    expect(where.trim()).not.toBe('');
    if (/^[a-z-]+\.[\w.-]+$/.test(message)) {
      expect(translation(message), message).toEqual(expect.stringMatching(/\p{L}{2,}/u));
    } else {
      expect(message, message.slice(0, 200)).toMatch(/\p{L}{2,}/u);
      expect(message.length).toBeLessThanOrEqual(600);
    }
  }
}

describe('importing fuzzed content packs: a refused import changes nothing', () => {
  it(
    'malformed packs, zip bombs and packs that are not newer leave every table as it was',
    async (context) => {
      const notNewer = fc.constantFrom(...VALID_ZIPS).map((bytes) => ({ kind: 'not newer', bytes }));
      await checkFuzzProperty(
        context,
        fc.asyncProperty(fc.oneof(anyMalformedPack, bombPack, notNewer), async (pack) => {
          const before = await snapshot();
          const modulesBefore = await db.modules.toArray();
          const outcome = await importPack(admin, { fileName: 'fuzzed.zip', contents: pack.bytes });
          if (outcome.ok) {
            // A mutation can make a valid, new module (say, a new id); then only that row may have changed.
            const row = await db.modules.get(outcome.value.moduleId);
            expect(row?.version).toBe(outcome.value.version);
            await db.modules.clear();
            await db.modules.bulkPut(modulesBefore);
            expect(await snapshot()).toBe(before);
            return;
          }
          expectReadable(outcome.problems);
          expect(await snapshot()).toBe(before);
        }),
        fuzzRuns(0.05),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a new module that the disk has no room for is not installed, and the reason is shown',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.asyncProperty(
          fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,2}$/),
          fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)),
          async (id, [major, minor, patch]) => {
            const before = await snapshot();
            // The repository logs the storage error for support; the test need not print it each time.
            const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
            const put = vi
              .spyOn(db.modules, 'put')
              .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            const outcome = await importPack(admin, {
              fileName: 'new.zip',
              contents: newModuleZip(`fuzz-${id}`, `${major + 2}.${minor}.${patch}`),
            });
            put.mockRestore();
            log.mockRestore();
            expect(outcome).toEqual({
              ok: false,
              problems: [{ where: 'storage', message: 'errors.storage-full' }],
            });
            if (!outcome.ok) expectReadable(outcome.problems);
            expect(await snapshot()).toBe(before);
          },
        ),
        fuzzRuns(0.01),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
