import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const { handlers, ipcMain } = vi.hoisted(() => {
  const handlers = new Map<string, InvokeListener>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: InvokeListener) => {
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
    },
  };
});
vi.mock('electron', () => ({ ipcMain }));

import { BridgeRequestError, handleBridge } from './ipc-main';

function eventFrom(url: string | null, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url, parent }, sender: {} } as unknown as IpcMainInvokeEvent;
}

function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = handlers.get(channel);
  if (listener === undefined) {
    throw new Error(`Nothing handles ${channel}`);
  }
  return listener(event, ...args);
}

const appEvent = eventFrom('app://shiftwell/index.html');
const validSave = {
  suggestedName: 'report.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  contents: 'a,b',
};

describe('handleBridge', () => {
  beforeEach(() => {
    handlers.clear();
  });

  it('registers the channel named in bridgeChannels and removes it again', () => {
    const remove = handleBridge('saveFile', vi.fn());
    expect(ipcMain.handle).toHaveBeenCalledWith('files:save-file', expect.any(Function));
    remove();
    expect(handlers.has('files:save-file')).toBe(false);
  });

  it('calls the handler with the parsed request and the event for a valid call from our origin', async () => {
    const handler = vi.fn(() => Promise.resolve({ status: 'saved' as const, fileName: 'report.csv' }));
    handleBridge('saveFile', handler);
    await expect(invoke('files:save-file', appEvent, validSave)).resolves.toEqual({
      status: 'saved',
      fileName: 'report.csv',
    });
    expect(handler).toHaveBeenCalledWith(validSave, appEvent);
  });

  it('hands the handler the validated copy, not the raw payload', async () => {
    const handler = vi.fn(() => Promise.resolve({ status: 'cancelled' as const }));
    handleBridge('openFile', handler);
    const raw = { filters: [{ name: 'Backups', extensions: ['swb'] }] };
    await invoke('files:open-file', appEvent, raw);
    const [received] = handler.mock.calls[0] as unknown as [unknown];
    expect(received).toEqual(raw);
    expect(received).not.toBe(raw);
  });

  it.each([
    ['another origin', eventFrom('https://evil.com/')],
    ['a file: page', eventFrom('file:///tmp/evil.html')],
    ['a destroyed frame', eventFrom(null)],
    ['a subframe', eventFrom('app://shiftwell/index.html', { url: 'app://shiftwell/index.html' })],
  ])('refuses a call from %s without calling the handler', async (_label, event) => {
    const handler = vi.fn();
    handleBridge('saveFile', handler);
    await expect(invoke('files:save-file', event, validSave)).rejects.toThrow(BridgeRequestError);
    await expect(invoke('files:save-file', event, validSave)).rejects.toThrow(
      /sender is not app:\/\/shiftwell/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing request', []],
    ['extra arguments', [validSave, 'extra']],
    ['an unknown property', [{ ...validSave, path: '/etc/passwd' }]],
    ['a path in the file name', [{ ...validSave, suggestedName: '../../.bashrc' }]],
    ['a wrong type', [{ ...validSave, contents: 42 }]],
    ['a bad filter extension', [{ ...validSave, filters: [{ name: 'Any', extensions: ['*'] }] }]],
  ])('refuses %s without calling the handler', async (_label, args) => {
    const handler = vi.fn();
    handleBridge('saveFile', handler);
    await expect(invoke('files:save-file', appEvent, ...args)).rejects.toThrow(/Refused files:save-file/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('names the failing field in the error', async () => {
    handleBridge('saveFile', vi.fn());
    await expect(invoke('files:save-file', appEvent, { ...validSave, suggestedName: 'a/b' })).rejects.toThrow(
      /suggestedName: A file name cannot contain path separators/,
    );
  });

  it('passes only the parsed data, so getAppInfo gets an empty object', async () => {
    const handler = vi.fn(() =>
      Promise.resolve({ version: '1.0.0', shell: 'electron' as const, os: 'linux' }),
    );
    handleBridge('getAppInfo', handler);
    await invoke('app:get-info', appEvent, {});
    expect(handler).toHaveBeenCalledWith({}, appEvent);
    await expect(invoke('app:get-info', appEvent, { debug: true })).rejects.toThrow(/invalid request/);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
