/** Access to the one database instance the app uses. */
import { installedSchemaVersion, ShiftwellDatabase } from './database';
import { takeStartAnswer } from './installed';

let instance: ShiftwellDatabase | null = null;

/** The app's database, opened on first use. */
export function getDatabase(): ShiftwellDatabase {
  instance ??= new ShiftwellDatabase();
  return instance;
}

/**
 * The app's database, set up knowing which schema version is on disk: when no upgrade is due, Dexie is given
 * only the current schema (see `installedVersion`). The app calls this once at start, before anything else
 * uses the database; an instance that already exists is returned as it is.
 */
export async function prepareDatabase(
  options: {
    /** Called when the browser says there is no database yet (a fresh install), before it is created. */
    readonly onMissing?: () => void;
  } = {},
): Promise<ShiftwellDatabase> {
  if (instance) return instance;
  // The entry asked already at start (app/first-run-prefetch.ts): that answer is used, not asked for again.
  const installedVersion = await (takeStartAnswer() ?? installedSchemaVersion());
  if (installedVersion === 0) options.onMissing?.();
  instance ??= new ShiftwellDatabase(installedVersion === undefined ? {} : { installedVersion });
  return instance;
}

/**
 * Replace the database instance (tests open a fresh one per test; null: none yet, as at start). Returns the
 * previous one.
 */
export function useDatabaseInstance(database: ShiftwellDatabase | null): ShiftwellDatabase | null {
  const previous = instance;
  instance = database;
  return previous;
}

export { ShiftwellDatabase, CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_VERSIONS } from './database';
export type * from './schema-v1';
export type * from './schema-v2';
export type * from './schema-v3';
export type * from './schema-v4';
export type * from './schema-v5';
export type * from './schema-v6';
export type * from './schema-v8';
export { endDatabaseWarmUp } from './warm-up-done';
export { toStorageFailure, isQuotaExceeded, storageOutcome, type StorageFailure } from './storage-errors';
