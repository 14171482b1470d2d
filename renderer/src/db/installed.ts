/**
 * What the browser says is on disk, without Dexie: the start-up code asks before Dexie has even loaded (a
 * fresh install fetches the setup screen straight away), so nothing here may import Dexie or the schema.
 */

/**
 * The database name; it belongs to the app's origin (`app://shiftwell` in Electron). The page's early script
 * opens it by name too (`WARM_UP_DATABASE_NAME` in warm-up.ts).
 */
export const DATABASE_NAME = 'shiftwell';

/**
 * The app's schema version already on disk: 0 when there is no database yet, undefined when the browser
 * cannot say. Waits for the browser to open the origin's storage, like any first request.
 */
export async function installedSchemaVersion(
  factory: IDBFactory = globalThis.indexedDB,
  name: string = DATABASE_NAME,
): Promise<number | undefined> {
  try {
    const found = (await factory.databases()).find((database) => database.name === name);
    // Dexie keeps version n as IndexedDB version 10 n.
    return found?.version === undefined ? 0 : Math.round(found.version / 10);
  } catch {
    return undefined;
  }
}

let startAnswer: Promise<number | undefined> | null = null;

/**
 * Ask the browser once, at start, which version is on disk. The entry asks first (a fresh install fetches the
 * setup screen at once); the app's first open (`prepareDatabase`) then takes the same answer with
 * `takeStartAnswer` instead of asking again.
 */
export function askInstalledSchemaVersionAtStart(): Promise<number | undefined> {
  startAnswer ??= installedSchemaVersion();
  return startAnswer;
}

/** The answer asked for at start, handed over once; null when none was asked (as in unit tests). */
export function takeStartAnswer(): Promise<number | undefined> | null {
  const answer = startAnswer;
  startAnswer = null;
  return answer;
}
