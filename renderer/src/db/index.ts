/** Access to the one database instance the app uses. */
import { ShiftwellDatabase } from './database';

let instance: ShiftwellDatabase | null = null;

/** The app's database, opened on first use. */
export function getDatabase(): ShiftwellDatabase {
  instance ??= new ShiftwellDatabase();
  return instance;
}

/** Replace the database instance (tests open a fresh one per test). Returns the previous one. */
export function useDatabaseInstance(database: ShiftwellDatabase): ShiftwellDatabase | null {
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
export { endDatabaseWarmUp } from './warm-up';
export { toStorageFailure, isQuotaExceeded, storageOutcome, type StorageFailure } from './storage-errors';
