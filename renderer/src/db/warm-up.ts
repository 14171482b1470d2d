/**
 * Start opening the database's storage the moment the page starts, before the app code (React, Dexie, the
 * schema, the first screens) has even arrived.
 *
 * The browser takes 100–150 ms to open IndexedDB's files for an origin, on a fresh install as on a large one.
 * This runs from its own tiny script (`renderer/src/early-open.ts`, loaded `async` from index.html), so that
 * wait overlaps fetching and running the app's code instead of following it; Dexie's own connection then
 * opens straight away.
 *
 * This connection never creates or changes the database: on a fresh install the creation it would start
 * is aborted (Dexie creates it with its schema), it yields at once to a schema upgrade, and it closes as
 * soon as the app says its own connection is open (`endDatabaseWarmUp` in db/index.ts fires
 * `WARM_UP_DONE_EVENT` on `window`), or after 15 s.
 *
 * No imports: it is bundled alone into the early script. So the name and the event are spelt out here as
 * well as in the app's database code; warm-up.test.ts checks they agree.
 */

/** The IndexedDB database the app keeps everything in (the same as `DATABASE_NAME` in installed.ts). */
export const WARM_UP_DATABASE_NAME = 'shiftwell';

/** Fired on `window` once the app's own connection is open, or failed to open. */
export const WARM_UP_DONE_EVENT = 'shiftwell:database-opened';

/** Longest the warm-up connection stays open if the app never says it is done with it. */
const WARM_UP_LIMIT_MS = 15_000;

/**
 * Open (without creating) the app's database, until `WARM_UP_DONE_EVENT` is fired on `events`.
 * Storage that is unavailable is left for the app to report when it opens the database itself.
 */
export function warmUpDatabase(
  factory: IDBFactory = globalThis.indexedDB,
  events: EventTarget = globalThis,
): void {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(WARM_UP_DATABASE_NAME);
  } catch {
    return;
  }
  let connection: IDBDatabase | null = null;
  let isReleased = false;
  const release = () => {
    isReleased = true;
    clearTimeout(timer);
    events.removeEventListener(WARM_UP_DONE_EVENT, release);
    connection?.close();
  };
  const timer = setTimeout(release, WARM_UP_LIMIT_MS);
  events.addEventListener(WARM_UP_DONE_EVENT, release);
  // Only a missing database asks for an upgrade here: never create it without its schema.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = (event) => {
    event.preventDefault();
    release();
  };
  request.onsuccess = () => {
    connection = request.result;
    // Never hold up a schema upgrade (another tab, or Dexie opening a newer version).
    connection.onversionchange = () => connection?.close();
    if (isReleased) connection.close();
  };
}
