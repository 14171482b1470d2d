import { installedSchemaVersion } from '../db/installed';

/** The setup screen's code: the same module `SetupScreen` (features/profiles/startup.ts) loads. */
const loadSetupScreen = () => import('../features/profiles/SetupScreen');

/**
 * On a fresh install (the browser has no database yet), request the setup screen's code straight away, while
 * the app's own code downloads, instead of once the app has run and found no database. Nothing is shown from
 * here: the app shows the setup screen once it has found no organisation, and its import of the same module
 * then finds the code in (or on its way).
 *
 * Resolves to whether the code was requested. A failed request is left for the app's own import to retry and
 * report.
 */
export async function prefetchSetupOnFreshInstall(
  factory: IDBFactory = globalThis.indexedDB,
  load: () => Promise<unknown> = loadSetupScreen,
): Promise<boolean> {
  if ((await installedSchemaVersion(factory)) !== 0) return false;
  load().catch(() => undefined);
  return true;
}
