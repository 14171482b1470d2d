import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { teamWeeksFromRollups } from '../../../shared/domain/team-week';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, ShiftwellDatabase } from './database';

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
      for (const [table, rows] of Object.entries(fixture)) {
        expect(await current.table(table).count(), table).toBe(rows.length);
      }
      expect((await current.people.get('emp-1'))?.displayName).toBe('Fixture Employee');
      // Team weeks are derived: after any upgrade they are exactly the weeks of the day rollups.
      expect(await current.teamWeeks.toArray()).toEqual(
        teamWeeksFromRollups(await current.teamRollups.toArray()),
      );
      if ('teamRollups' in fixture) expect(await current.teamWeeks.count()).toBeGreaterThan(0);
      current.close();
    },
  );
});
