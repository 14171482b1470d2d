import type { IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { ipcMain } = vi.hoisted(() => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => ({ ipcMain }));

import type { BridgeCallContext, BridgeFs, BridgeHandlerDeps, FileDialogs } from './bridge-handlers';
import { createBridgeHandlers, registerBridgeHandlers } from './bridge-handlers';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shiftwell-bridge-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function dialogsChoosing(filePath: string | null): FileDialogs & {
  showSaveDialog: ReturnType<typeof vi.fn>;
  showOpenDialog: ReturnType<typeof vi.fn>;
} {
  return {
    showSaveDialog: vi.fn(() =>
      Promise.resolve(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath }),
    ),
    showOpenDialog: vi.fn(() =>
      Promise.resolve(
        filePath === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] },
      ),
    ),
  };
}

function handlersWith(overrides: Partial<BridgeHandlerDeps> = {}) {
  return createBridgeHandlers({
    appVersion: '1.2.3',
    platform: 'linux',
    documentsDir: '/home/sam/Documents',
    backupsDir: path.join(dir, 'backups'),
    dialogs: dialogsChoosing(null),
    fs,
    ...overrides,
  });
}

/** The real file system, with some calls replaced. */
function fsWith(overrides: Partial<BridgeFs>): BridgeFs {
  return {
    open: (filePath, flags) => fs.open(filePath, flags),
    rename: (from, to) => fs.rename(from, to),
    rm: (filePath, options) => fs.rm(filePath, options),
    stat: (filePath) => fs.stat(filePath),
    readFile: (filePath) => fs.readFile(filePath),
    mkdir: (dirPath, options) => fs.mkdir(dirPath, options),
    readdir: (dirPath) => fs.readdir(dirPath),
    ...overrides,
  };
}

const noSender: BridgeCallContext = { sender: { printToPDF: () => Promise.reject(new Error('unused')) } };
const csvFilter = { name: 'CSV', extensions: ['csv'] };

describe('getAppInfo', () => {
  it('reports the app version, the OS and the Electron shell', async () => {
    await expect(handlersWith().getAppInfo({}, noSender)).resolves.toEqual({
      version: '1.2.3',
      shell: 'electron',
      os: 'linux',
    });
  });
});

describe('saveFile', () => {
  it('suggests the name in the documents folder with the given filters, then writes the chosen file', async () => {
    const target = path.join(dir, 'team-report.csv');
    const dialogs = dialogsChoosing(target);
    const result = await handlersWith({ dialogs }).saveFile(
      { suggestedName: 'report.csv', filters: [csvFilter], contents: 'name,score\nSam,4\n' },
      noSender,
    );
    expect(result).toEqual({ status: 'saved', fileName: 'team-report.csv' });
    expect(await fs.readFile(target, 'utf8')).toBe('name,score\nSam,4\n');
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/home/sam/Documents', 'report.csv'),
        filters: [csvFilter],
      }),
    );
  });

  it('writes bytes exactly and replaces an existing file', async () => {
    const target = path.join(dir, 'backup.swb');
    await fs.writeFile(target, 'old backup');
    const contents = new Uint8Array([0, 1, 2, 250, 255]);
    const result = await handlersWith({ dialogs: dialogsChoosing(target) }).saveFile(
      { suggestedName: 'backup.swb', filters: [], contents },
      noSender,
    );
    expect(result).toEqual({ status: 'saved', fileName: 'backup.swb' });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(contents);
    expect(await fs.readdir(dir)).toEqual(['backup.swb']);
  });

  it('reports cancelled and writes nothing when the person cancels', async () => {
    const result = await handlersWith({ dialogs: dialogsChoosing(null) }).saveFile(
      { suggestedName: 'report.csv', filters: [], contents: 'x' },
      noSender,
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('fails with a readable message when the folder cannot be written', async () => {
    const target = path.join(dir, 'missing-folder', 'report.csv');
    const result = await handlersWith({ dialogs: dialogsChoosing(target) }).saveFile(
      { suggestedName: 'report.csv', filters: [], contents: 'x' },
      noSender,
    );
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/could not be saved/) as unknown,
    });
  });

  it('fails when the dialog itself fails', async () => {
    const dialogs: FileDialogs = {
      showSaveDialog: () => Promise.reject(new Error('no display')),
      showOpenDialog: () => Promise.reject(new Error('no display')),
    };
    const result = await handlersWith({ dialogs }).saveFile(
      { suggestedName: 'a.csv', filters: [], contents: 'x' },
      noSender,
    );
    expect(result).toEqual({ status: 'failed', message: 'The file could not be saved: no display' });
  });

  it('refuses contents over the size limit before asking where to save', async () => {
    const dialogs = dialogsChoosing(path.join(dir, 'big.txt'));
    const result = await handlersWith({ dialogs, maxFileBytes: 4 }).saveFile(
      { suggestedName: 'big.txt', filters: [], contents: 'éé£' },
      noSender,
    );
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/larger than/) as unknown,
    });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('leaves the previous file intact and no partial file behind when the write fails midway', async () => {
    const target = path.join(dir, 'backup.swb');
    await fs.writeFile(target, 'previous backup');
    const failingFs = fsWith({
      open: async (filePath, flags) => {
        const handle = await fs.open(filePath, flags);
        return {
          writeFile: async (data) => {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
            throw new Error('disk full');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    });
    const result = await handlersWith({ dialogs: dialogsChoosing(target), fs: failingFs }).saveFile(
      { suggestedName: 'backup.swb', filters: [], contents: 'new backup contents' },
      noSender,
    );
    expect(result).toEqual({ status: 'failed', message: 'The file could not be saved: disk full' });
    expect(await fs.readFile(target, 'utf8')).toBe('previous backup');
    expect(await fs.readdir(dir)).toEqual(['backup.swb']);
  });

  it('leaves no temporary file behind when the final rename fails', async () => {
    const target = path.join(dir, 'report.csv');
    const failingFs = fsWith({ rename: () => Promise.reject(new Error('EXDEV')) });
    const result = await handlersWith({ dialogs: dialogsChoosing(target), fs: failingFs }).saveFile(
      { suggestedName: 'report.csv', filters: [], contents: 'a,b' },
      noSender,
    );
    expect(result).toMatchObject({ status: 'failed' });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('openFile', () => {
  it('returns the chosen file name and its bytes', async () => {
    const source = path.join(dir, 'module.zip');
    await fs.writeFile(source, Buffer.from([80, 75, 3, 4]));
    const dialogs = dialogsChoosing(source);
    const result = await handlersWith({ dialogs }).openFile({ filters: [csvFilter] }, noSender);
    expect(result).toEqual({
      status: 'opened',
      fileName: 'module.zip',
      contents: new Uint8Array([80, 75, 3, 4]),
    });
    expect(result.status === 'opened' && result.contents).toBeInstanceOf(Uint8Array);
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'], filters: [csvFilter] }),
    );
  });

  it('reports cancelled when the person cancels', async () => {
    await expect(handlersWith().openFile({ filters: [] }, noSender)).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const source = path.join(dir, 'huge.bin');
    await fs.writeFile(source, Buffer.alloc(64));
    const readFile = vi.fn((filePath: string) => fs.readFile(filePath));
    const result = await handlersWith({
      dialogs: dialogsChoosing(source),
      fs: fsWith({ readFile }),
      maxFileBytes: 63,
    }).openFile({ filters: [] }, noSender);
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/larger than/) as unknown,
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('fails with a readable message when the file cannot be read', async () => {
    const result = await handlersWith({ dialogs: dialogsChoosing(path.join(dir, 'gone.csv')) }).openFile(
      { filters: [] },
      noSender,
    );
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/could not be opened/) as unknown,
    });
  });

  it('refuses a folder', async () => {
    const result = await handlersWith({ dialogs: dialogsChoosing(dir) }).openFile({ filters: [] }, noSender);
    expect(result).toEqual({ status: 'failed', message: 'That is not a file.' });
  });
});

describe('printToPdf', () => {
  const pdfBytes = new Uint8Array([37, 80, 68, 70]);

  it('prints the calling page with backgrounds, then saves it as a .pdf', async () => {
    const target = path.join(dir, 'weekly.pdf');
    const printToPDF = vi.fn(() => Promise.resolve(pdfBytes));
    const dialogs = dialogsChoosing(target);
    const result = await handlersWith({ dialogs }).printToPdf(
      { suggestedName: 'weekly', landscape: true },
      { sender: { printToPDF } },
    );
    expect(result).toEqual({ status: 'saved', fileName: 'weekly.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({ landscape: true, printBackground: true });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(pdfBytes);
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/home/sam/Documents', 'weekly.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
  });

  it('prints portrait unless asked otherwise', async () => {
    const printToPDF = vi.fn(() => Promise.resolve(pdfBytes));
    await handlersWith().printToPdf({ suggestedName: 'weekly.pdf' }, { sender: { printToPDF } });
    expect(printToPDF).toHaveBeenCalledWith({ landscape: false, printBackground: true });
  });

  it('reports cancelled when the person cancels the save', async () => {
    const printToPDF = vi.fn(() => Promise.resolve(pdfBytes));
    await expect(
      handlersWith().printToPdf({ suggestedName: 'weekly.pdf' }, { sender: { printToPDF } }),
    ).resolves.toEqual({ status: 'cancelled' });
  });

  it('fails without asking where to save when printing fails', async () => {
    const dialogs = dialogsChoosing(path.join(dir, 'weekly.pdf'));
    const result = await handlersWith({ dialogs }).printToPdf(
      { suggestedName: 'weekly.pdf' },
      { sender: { printToPDF: () => Promise.reject(new Error('renderer gone')) } },
    );
    expect(result).toEqual({
      status: 'failed',
      message: 'The page could not be printed to PDF: renderer gone',
    });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('registerBridgeHandlers', () => {
  it('registers one IPC channel per bridge method and routes the event sender to printToPdf', async () => {
    registerBridgeHandlers(handlersWith());
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual([
      'app:get-info',
      'backups:write-rolling-backup',
      'files:open-file',
      'files:save-file',
      'reports:print-to-pdf',
    ]);

    const getInfo = ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:get-info')?.[1] as (
      event: IpcMainInvokeEvent,
      request: unknown,
    ) => Promise<unknown>;
    const event = {
      senderFrame: { url: 'app://shiftwell/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    await expect(getInfo(event, {})).resolves.toMatchObject({ version: '1.2.3' });
  });
});
