/**
 * Start opening the database's storage as soon as the page runs, before the app code (Dexie, the schema,
 * the first screens) has arrived.
 *
 * On a large install the browser takes around 100 ms to open the database's files. The app code that
 * opens it through Dexie is fetched and compiled after the first paint; without this, that wait only
 * starts then. A plain connection opened from the entry chunk lets the browser do it meanwhile, and
 * Dexie's own connection then opens straight away.
 *
 * This connection never creates or changes the database: on a fresh install the creation it would start
 * is aborted (Dexie creates it with its schema), it yields at once to a schema upgrade, and it closes as
 * soon as Dexie's connection is open. No dependencies: it is in the start-up bundle.
 */

/** The IndexedDB database the app keeps everything in. */
export const DATABASE_NAME = 'shiftwell';

/** Longest the warm-up connection stays open if the app never says it is done with it. */
const WARM_UP_LIMIT_MS = 15_000;

let release: (() => void) | null = null;

/** Open (without creating) the app's database, to be released by `endDatabaseWarmUp`. */
export function warmUpDatabase(factory: IDBFactory = globalThis.indexedDB): void {
  if (release) return;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(DATABASE_NAME);
  } catch {
    return; // Storage is unavailable; the app reports it when it opens the database itself.
  }
  let connection: IDBDatabase | null = null;
  let isReleased = false;
  const timer = setTimeout(() => release?.(), WARM_UP_LIMIT_MS);
  release = () => {
    isReleased = true;
    clearTimeout(timer);
    connection?.close();
  };
  // Only a missing database asks for an upgrade here: never create it without its schema.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => {
    event.preventDefault();
    clearTimeout(timer);
  };
  request.onsuccess = () => {
    connection = request.result;
    // Never hold up a schema upgrade (another tab, or Dexie opening a newer version).
    connection.onversionchange = () => connection?.close();
    if (isReleased) connection.close();
  };
}

/** Close the warm-up connection (once the app's own connection is open, or failed). */
export function endDatabaseWarmUp(): void {
  const end = release;
  release = null;
  end?.();
}
