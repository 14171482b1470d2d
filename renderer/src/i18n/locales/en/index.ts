/**
 * English strings, one JSON file per area, merged into one namespace (top-level keys never overlap).
 *
 * The start-up areas ship with the app's first screens; every other area is a separate chunk loaded with the
 * screens that use it (see `loadStrings` in ../../index.ts).
 */
import app from './app.json';
import signIn from './sign-in.json';

/** What the first screens need: the app frame, errors, setup, sign-in, the lock screen. */
export const startupStrings = { ...app, ...signIn };

/** The other areas, each loaded on first use. */
export const lazyStrings = {
  people: () => import('./people.json'),
  settings: () => import('./settings.json'),
  training: () => import('./training.json'),
  'check-ins': () => import('./check-ins.json'),
  recognition: () => import('./recognition.json'),
  coaching: () => import('./coaching.json'),
  backup: () => import('./backup.json'),
  lists: () => import('./lists.json'),
} satisfies Record<string, () => Promise<{ readonly default: object }>>;
