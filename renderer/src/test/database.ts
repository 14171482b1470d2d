/** Test helpers: a fresh, isolated database per test. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CheckInRecord } from '../../../shared/domain/check-in-record';
import type { TeamRollup } from '../../../shared/domain/rollup';
import { rollupsOfWeek } from '../../../shared/domain/team-week';
import { checkInsOf } from '../../../shared/domain/week-buckets';
import { ShiftwellDatabase, useDatabaseInstance } from '../db';

/** Point the app at a brand-new in-memory database and return it. */
export function useFreshDatabase(targetVersion?: number): ShiftwellDatabase {
  const database = new ShiftwellDatabase({
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    ...(targetVersion === undefined ? {} : { targetVersion }),
  });
  useDatabaseInstance(database);
  return database;
}

/**
 * Every table's rows as one string, to show that an operation changed nothing at all. Check-ins are shown
 * as records, whichever of their two tables holds them (a restore stores them a week to a row: the same
 * data, stored differently).
 */
export async function databaseDigest(database: ShiftwellDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) {
      if (table.name === 'checkInWeeks') continue;
      // The automatic-backup key is a CryptoKey, which JSON cannot show; its other fields still count.
      tables[table.name] = (await table.toArray()).map((row: Record<string, unknown>) =>
        'key' in row && typeof row.key === 'object' ? { ...row, key: 'CryptoKey' } : row,
      );
    }
    tables.checkIns = (await storedCheckIns(database)).sort((a, b) => (a.id < b.id ? -1 : 1));
  });
  return JSON.stringify(tables);
}

/**
 * Count every write the database is asked to make (add, put, delete, clear), even one a transaction later
 * rolls back. Call before the database is first used.
 */
export function countWrites(database: ShiftwellDatabase): () => number {
  let writes = 0;
  database.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            writes += 1;
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return () => writes;
}

/**
 * Every stored check-in, oldest first: those stored one to a row and those a restore stored a week to a
 * row (db/schema-v8.ts).
 */
export async function storedCheckIns(database: ShiftwellDatabase): Promise<CheckInRecord[]> {
  const single = await database.checkIns.toArray();
  const restored = checkInsOf(await database.checkInWeeks.toArray());
  return [...single, ...restored].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** Every stored team rollup, decoded from the team weeks, sorted by team, day and shift period. */
export async function storedRollups(database: ShiftwellDatabase): Promise<TeamRollup[]> {
  return (await database.teamWeeks.toArray()).flatMap(rollupsOfWeek);
}
