import { describe, expect, it, vi } from 'vitest';

const { contextBridge, ipcRenderer } = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn((channel: string) => Promise.resolve(`reply from ${channel}`)) },
}));
vi.mock('electron', () => ({ contextBridge, ipcRenderer }));

import { bridgeChannels } from '../../shared/bridge';
import './index';

/** What the preload exposed while loading, captured before any per-test mock reset. */
const exposures = [...contextBridge.exposeInMainWorld.mock.calls] as [string, Record<string, unknown>][];

function exposedBridge(): Record<string, unknown> {
  expect(exposures).toHaveLength(1);
  const [name, api] = exposures[0] ?? ['', {}];
  expect(name).toBe('shiftwell');
  return api;
}

describe('preload bridge', () => {
  it('exposes exactly the bridge methods on window.shiftwell, all functions', () => {
    const api = exposedBridge();
    expect(Object.keys(api).sort()).toEqual(Object.keys(bridgeChannels).sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
    }
  });

  it('never exposes ipcRenderer or a generic send', () => {
    const api = exposedBridge();
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    for (const name of ['send', 'invoke', 'on', 'ipcRenderer']) {
      expect(api).not.toHaveProperty(name);
    }
  });

  it.each(Object.entries(bridgeChannels))(
    '%s invokes its own channel with the request object',
    async (method, { channel }) => {
      const api = exposedBridge();
      const request = { marker: method };
      await expect((api[method] as (request: unknown) => Promise<unknown>)(request)).resolves.toBe(
        `reply from ${channel}`,
      );
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request);
    },
  );
});
