/** The app's side of the start-up warm-up connection (db/warm-up.ts, run by the page's early script). */

/** Fired on `window` once the app's own connection is open, or failed to open (as in warm-up.ts). */
const WARM_UP_DONE_EVENT = 'shiftwell:database-opened';

/**
 * Let the warm-up connection go: the app's own connection is open (or failed to open). Without a window (unit
 * tests) there is no warm-up to tell.
 */
export function endDatabaseWarmUp(
  events: EventTarget | undefined = typeof window === 'undefined' ? undefined : window,
): void {
  events?.dispatchEvent(new Event(WARM_UP_DONE_EVENT));
}
