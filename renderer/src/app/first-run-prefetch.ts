import { askInstalledSchemaVersionAtStart } from '../db/installed';

/** The setup screen's code: the same module `SetupScreen` (features/profiles/startup.ts) loads. */
const loadSetupScreen = () => import('../features/profiles/SetupScreen');

/**
 * On a fresh install (the browser has no database yet), request the setup screen's code straight away, while
 * the app's own code downloads, instead of once the app has run and found no database. Nothing is shown from
 * here: the app shows the setup screen once it has found no organisation, and its import of the same module
 * then finds the code in (or on its way).
 *
 * `installedVersion` is the browser's answer asked for at start, which the app's first open reuses.
 *
 * Resolves to whether the code was requested. A failed request is left for the app's own import to retry and
 * report.
 */
export async function prefetchSetupOnFreshInstall(
  installedVersion: Promise<number | undefined> = askInstalledSchemaVersionAtStart(),
  load: () => Promise<unknown> = loadSetupScreen,
): Promise<boolean> {
  if ((await installedVersion) !== 0) return false;
  load().catch(() => undefined);
  return true;
}
