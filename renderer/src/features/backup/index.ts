/** The backup feature: backups, restores and automatic backups. Other features and the app use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';
import type { Platform } from '../../platform';
import type { Session } from '../../auth/session';

/** Settings → Backups, loaded when first opened (admins only). */
export const BackupSection = lazy(() =>
  withStrings(import('./BackupSection'), 'backup').then((module) => ({ default: module.BackupSection })),
);

/** The "Restore from a backup" entry for the first-run screen. */
export const FirstRunRestore = lazy(() =>
  withStrings(import('./FirstRunRestore'), 'backup').then((module) => ({ default: module.FirstRunRestore })),
);

/** Write today's automatic backup if it is on and due (run after each sign-in; desktop app only). */
export async function runAutomaticBackup(session: Session, platform: Platform): Promise<void> {
  const write = platform.writeRollingBackup;
  if (!write) return;
  const { runAutomaticBackupIfDue } = await import('./backup.repo');
  await runAutomaticBackupIfDue(session, write);
}
