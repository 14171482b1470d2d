import { prefetchSetupOnFreshInstall } from './first-run-prefetch';

/**
 * The app's code (Dexie, the database, the first screens): a separate chunk, so the entry stays within the
 * start-up budget (scripts/bundle-size.mjs). main.tsx imports this module first, so the request goes out as
 * soon as the entry starts running, and the chunk downloads while React and i18next set up.
 */
export const appModule = import('./App');

// A fresh install shows the setup screen first: its code is requested as soon as the browser says there is no
// database, beside the app's.
void prefetchSetupOnFreshInstall();
