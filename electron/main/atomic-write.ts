/**
 * Writing a file so that readers only ever see the old contents or the complete new contents.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** The part of an open file handle an atomic write uses. */
export interface WritableFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls an atomic write needs (a subset of `node:fs/promises`). */
export interface AtomicWriteFs {
  open(filePath: string, flags: 'wx'): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

/**
 * Write `data` to `filePath` atomically: write and flush a temporary file in the same directory, then rename it.
 *
 * The rename is atomic on one volume, so a crash or a failed write leaves the previous file untouched; on any
 * failure the temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomically(
  fs: AtomicWriteFs,
  filePath: string,
  data: string | Uint8Array,
): Promise<void> {
  const tempPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
