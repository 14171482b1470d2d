import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME } from '../db';
import { installedSchemaVersion } from '../db/installed';
import { prefetchSetupOnFreshInstall } from './first-run-prefetch';

describe('fetching the setup screen early on a fresh install', () => {
  it('requests the setup screen when the browser has no database yet', async () => {
    const load = vi.fn(() => Promise.resolve());
    expect(await prefetchSetupOnFreshInstall(installedSchemaVersion(new IDBFactory()), load)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('requests nothing when the database is there (the roster comes next)', async () => {
    const factory = new IDBFactory();
    await new Promise((resolve, reject) => {
      const request = factory.open(DATABASE_NAME, 80);
      request.onsuccess = () => resolve(request.result.close());
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const load = vi.fn(() => Promise.resolve());
    expect(await prefetchSetupOnFreshInstall(installedSchemaVersion(factory), load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('requests nothing when the browser cannot say, and a failed request is left for the app', async () => {
    const broken = { databases: () => Promise.reject(new Error('no storage')) } as unknown as IDBFactory;
    const load = vi.fn(() => Promise.resolve());
    expect(await prefetchSetupOnFreshInstall(installedSchemaVersion(broken), load)).toBe(false);
    expect(load).not.toHaveBeenCalled();

    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    await expect(
      prefetchSetupOnFreshInstall(installedSchemaVersion(new IDBFactory()), failing),
    ).resolves.toBe(true);
  });
});
