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
