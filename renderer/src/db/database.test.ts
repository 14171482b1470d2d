import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { teamWeeksFromRollups } from '../../../shared/domain/team-week';
import type { CheckInRecord } from '../../../shared/domain/check-in-record';
import type { TeamRollup } from '../../../shared/domain/rollup';
import { checkInsOf, type CheckInWeek } from '../../../shared/domain/week-buckets';
import { storedCheckIns, storedRollups } from '../test/database';
import {
  CURRENT_SCHEMA_VERSION,
  installedSchemaVersion,
  SCHEMA_VERSIONS,
  ShiftwellDatabase,
  storesAt,
} from './database';
import type { PersonRow } from './schema-v1';

type Fixture = Record<string, readonly object[]>;
const fixtures = import.meta.glob<Fixture>('./fixtures/v*.json', { eager: true, import: 'default' });

function fixtureFor(version: number): Fixture {
  const fixture = fixtures[`./fixtures/v${version}.json`];
  if (!fixture) throw new Error(`Schema version ${version} has no fixture in db/fixtures/`);
  return fixture;
}

describe('database schema versions', () => {
  it('keeps every released version, in order, ending at the current one', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(SCHEMA_VERSIONS.map((schema) => schema.version))(
    'opens a database written at version %i and upgrades it to the current version with its data intact',
    async (version) => {
      const indexedDB = new IDBFactory();
      const fixture = fixtureFor(version);
      const old = new ShiftwellDatabase({ name: 'fixture', indexedDB, IDBKeyRange, targetVersion: version });
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd([...rows]);
      });
      old.close();

      const current = new ShiftwellDatabase({ name: 'fixture', indexedDB, IDBKeyRange });
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      // Day rollups are stored in the team weeks since version 8: count the rollups they hold.
      const checkIns = await storedCheckIns(current);
      const rollups = await storedRollups(current);
      const stored: Record<string, () => Promise<number>> = {
        teamRollups: () => Promise.resolve(rollups.length),
      };
      for (const [table, rows] of Object.entries(fixture)) {
        const count = stored[table] ?? (() => current.table(table).count());
        expect(await count(), table).toBe(rows.length);
      }
      expect((await current.people.get('emp-1'))?.displayName).toBe('Fixture Employee');
      const fixtureCheckIns = [
        ...((fixture.checkIns ?? []) as CheckInRecord[]),
        ...checkInsOf((fixture.checkInWeeks ?? []) as CheckInWeek[]),
      ].sort((a, b) => a.at - b.at);
      expect(checkIns).toEqual(fixtureCheckIns);
      // Rating histograms were dropped in version 8; every other figure is kept.
      if ('teamRollups' in fixture) {
        const figures = (fixture.teamRollups as (TeamRollup & { histograms?: unknown })[]).map((row) => {
          const copy = { ...row };
          delete copy.histograms;
          return copy;
        });
        expect(rollups).toEqual(figures);
      }
      // After any upgrade the team weeks hold exactly the day rollups.
      expect(await current.teamWeeks.toArray()).toEqual(teamWeeksFromRollups(rollups));
      if ('teamRollups' in fixture || 'teamRollupWeeks' in fixture) {
        expect(await current.teamWeeks.count()).toBeGreaterThan(0);
      }
      current.close();
    },
  );
});

/** Every object store of a database on disk, with its key path and indexes, read through plain IndexedDB. */
async function onDiskSchema(indexedDB: IDBFactory, name: string) {
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const names = [...connection.objectStoreNames].sort();
  const transaction = connection.transaction(names, 'readonly');
  const schema = names.map((storeName) => {
    const store = transaction.objectStore(storeName);
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return { indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
  const { version } = connection;
  connection.close();
  return { version, schema };
}

describe('declaring only the schema on disk', () => {
  it('creates a new database exactly as declaring every version does', async () => {
    const indexedDB = new IDBFactory();
    const everyVersion = new ShiftwellDatabase({ name: 'every', indexedDB, IDBKeyRange });
    const currentOnly = new ShiftwellDatabase({
      name: 'current',
      indexedDB,
      IDBKeyRange,
      installedVersion: 0,
    });
    await everyVersion.open();
    await currentOnly.open();
    everyVersion.close();
    currentOnly.close();
    expect(await onDiskSchema(indexedDB, 'current')).toEqual(await onDiskSchema(indexedDB, 'every'));
  });

  it('opens a database already at the current version, and reads what it holds', async () => {
    const indexedDB = new IDBFactory();
    const written = new ShiftwellDatabase({ name: 'app', indexedDB, IDBKeyRange });
    await written.people.bulkAdd([...(fixtureFor(1).people ?? [])] as PersonRow[]);
    written.close();

    expect(await installedSchemaVersion(indexedDB, 'app')).toBe(CURRENT_SCHEMA_VERSION);
    const reopened = new ShiftwellDatabase({
      name: 'app',
      indexedDB,
      IDBKeyRange,
      installedVersion: CURRENT_SCHEMA_VERSION,
    });
    expect((await reopened.people.get('emp-1'))?.displayName).toBe('Fixture Employee');
    expect(reopened.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(storesAt(CURRENT_SCHEMA_VERSION)).sort(),
    );
    reopened.close();
  });

  it('declares every version when an older one is on disk, so its upgrades run', async () => {
    const indexedDB = new IDBFactory();
    const old = new ShiftwellDatabase({ name: 'old', indexedDB, IDBKeyRange, targetVersion: 5 });
    await old.open();
    old.close();
    expect(await installedSchemaVersion(indexedDB, 'old')).toBe(5);

    const upgraded = new ShiftwellDatabase({ name: 'old', indexedDB, IDBKeyRange, installedVersion: 5 });
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    upgraded.close();
    const fresh = new ShiftwellDatabase({ name: 'fresh', indexedDB, IDBKeyRange });
    await fresh.open();
    fresh.close();
    expect(await onDiskSchema(indexedDB, 'old')).toEqual(await onDiskSchema(indexedDB, 'fresh'));
  });

  it('says there is no database yet, or that it cannot tell', async () => {
    expect(await installedSchemaVersion(new IDBFactory(), 'missing')).toBe(0);
    const broken = { databases: () => Promise.reject(new Error('no storage')) } as unknown as IDBFactory;
    expect(await installedSchemaVersion(broken, 'app')).toBeUndefined();
  });
});
