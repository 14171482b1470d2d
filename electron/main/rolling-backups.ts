/**
 * Automatic backups: one encrypted file per day in `<userData>/backups/`, the newest seven kept.
 *
 * The renderer builds and encrypts the backup (the key never leaves it); this module only names the file
 * from its day, writes it atomically (a crash leaves the previous file or none, never half a file) and then
 * deletes all but the newest `ROLLING_BACKUPS_KEPT` files it named. Other files in the folder are left alone.
 * Failures are returned as values with a readable message, never thrown.
 */
import path from 'node:path';
import type { WriteRollingBackupRequest, WriteRollingBackupResult } from '../../shared/bridge';
import { ROLLING_BACKUP_NAME, ROLLING_BACKUPS_KEPT } from '../../shared/bridge';
import type { AtomicWriteFs } from './atomic-write';
import { writeFileAtomically } from './atomic-write';

/** The folder name under the app's user-data directory. */
export const ROLLING_BACKUPS_DIR = 'backups';

/** The file calls rolling backups need (a subset of `node:fs/promises`). */
export interface RollingBackupFs extends AtomicWriteFs {
  mkdir(dirPath: string, options: { recursive: true }): Promise<unknown>;
  readdir(dirPath: string): Promise<string[]>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Write today's backup into `backupsDir` (replacing one from earlier the same day) and prune old ones. */
export async function writeRollingBackup(
  fs: RollingBackupFs,
  backupsDir: string,
  { day, contents }: WriteRollingBackupRequest,
  kept: number = ROLLING_BACKUPS_KEPT,
): Promise<WriteRollingBackupResult> {
  const fileName = `shiftwell-${day}.swbackup`;
  try {
    await fs.mkdir(backupsDir, { recursive: true });
    await writeFileAtomically(fs, path.join(backupsDir, fileName), contents);
  } catch (error) {
    return { status: 'failed', message: `The automatic backup could not be written: ${reasonOf(error)}` };
  }
  try {
    // ISO days sort as text, so the newest files come first.
    const ours = (await fs.readdir(backupsDir))
      .filter((name) => ROLLING_BACKUP_NAME.test(name))
      .sort()
      .reverse();
    for (const old of ours.slice(kept)) await fs.rm(path.join(backupsDir, old), { force: true });
    return { status: 'saved', fileName, kept: Math.min(ours.length, kept) };
  } catch (error) {
    return {
      status: 'failed',
      message: `The automatic backup was written, but older ones could not be removed: ${reasonOf(error)}`,
    };
  }
}
