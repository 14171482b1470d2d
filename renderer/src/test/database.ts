/** Test helpers: a fresh, isolated database per test. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
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

/** Every table's rows as one string, to show that an operation changed nothing at all. */
export async function databaseDigest(database: ShiftwellDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) {
      // The automatic-backup key is a CryptoKey, which JSON cannot show; its other fields still count.
      tables[table.name] = (await table.toArray()).map((row: Record<string, unknown>) =>
        'key' in row && typeof row.key === 'object' ? { ...row, key: 'CryptoKey' } : row,
      );
    }
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
