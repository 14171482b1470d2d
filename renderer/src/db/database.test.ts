import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { teamWeeksFromRollups } from '../../../shared/domain/team-week';
import type { CheckInRecord } from '../../../shared/domain/check-in-record';
import type { TeamRollup } from '../../../shared/domain/rollup';
import { checkInsOf, type CheckInWeek } from '../../../shared/domain/week-buckets';
import { storedCheckIns, storedRollups } from '../test/database';
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
