import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { writeRollingBackupRequestSchema } from '../../shared/bridge';
import type { RollingBackupFs } from './rolling-backups';
import { writeRollingBackup } from './rolling-backups';

let dir: string;
let backupsDir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shiftwell-rolling-'));
  backupsDir = path.join(dir, 'backups');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function fsWith(overrides: Partial<RollingBackupFs> = {}): RollingBackupFs {
  return {
    open: (filePath, flags) => fs.open(filePath, flags),
    rename: (from, to) => fs.rename(from, to),
    rm: (filePath, options) => fs.rm(filePath, options),
    mkdir: (dirPath, options) => fs.mkdir(dirPath, options),
    readdir: (dirPath) => fs.readdir(dirPath),
    ...overrides,
  };
}

function dayOf(index: number): string {
  return `2026-11-${String(index).padStart(2, '0')}`;
}

describe('writeRollingBackup', () => {
  it('creates the backups folder and writes the day’s file with the exact bytes', async () => {
    const result = await writeRollingBackup(fsWith(), backupsDir, {
      day: '2026-11-25',
      contents: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({ status: 'saved', fileName: 'shiftwell-2026-11-25.swbackup', kept: 1 });
    expect([...(await fs.readFile(path.join(backupsDir, 'shiftwell-2026-11-25.swbackup')))]).toEqual([
      1, 2, 3,
    ]);
  });

  it('keeps only the newest seven of its own files and leaves other files alone', async () => {
    await fs.mkdir(backupsDir);
    await fs.writeFile(path.join(backupsDir, 'notes.txt'), 'keep me');
    for (let day = 1; day <= 9; day += 1) {
      await writeRollingBackup(fsWith(), backupsDir, { day: dayOf(day), contents: new Uint8Array([day]) });
    }
    const names = (await fs.readdir(backupsDir)).sort();
    expect(names).toEqual([
      'notes.txt',
      ...[3, 4, 5, 6, 7, 8, 9].map((day) => `shiftwell-${dayOf(day)}.swbackup`),
    ]);
  });

  it('replaces a backup written earlier the same day', async () => {
    await writeRollingBackup(fsWith(), backupsDir, { day: '2026-11-25', contents: new Uint8Array([1]) });
    await writeRollingBackup(fsWith(), backupsDir, { day: '2026-11-25', contents: new Uint8Array([2]) });
    expect(await fs.readdir(backupsDir)).toEqual(['shiftwell-2026-11-25.swbackup']);
    expect([...(await fs.readFile(path.join(backupsDir, 'shiftwell-2026-11-25.swbackup')))]).toEqual([2]);
  });

  it('reports a failed write and leaves the previous backups as they were', async () => {
    await writeRollingBackup(fsWith(), backupsDir, { day: '2026-11-24', contents: new Uint8Array([1]) });
    const failing = fsWith({ rename: () => Promise.reject(new Error('disk full')) });
    const result = await writeRollingBackup(failing, backupsDir, {
      day: '2026-11-25',
      contents: new Uint8Array([2]),
    });
    expect(result).toEqual({
      status: 'failed',
      message: 'The automatic backup could not be written: disk full',
    });
    expect(await fs.readdir(backupsDir)).toEqual(['shiftwell-2026-11-24.swbackup']);
  });
});

describe('the rolling-backup request schema', () => {
  it('refuses a day that is not YYYY-MM-DD, so no path can be smuggled into the file name', () => {
    for (const day of ['../../etc/passwd', '2026-11-25/../x', '2026-1-5', '']) {
      expect(writeRollingBackupRequestSchema.safeParse({ day, contents: new Uint8Array(1) }).success).toBe(
        false,
      );
    }
    expect(
      writeRollingBackupRequestSchema.safeParse({ day: '2026-11-25', contents: new Uint8Array(1) }).success,
    ).toBe(true);
  });
});
