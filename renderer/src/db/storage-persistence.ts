/**
 * Persistent storage: asking the browser not to evict our data under storage pressure.
 */

/** Whether the origin's storage is persistent, and how much is used. */
export interface StorageStatus {
  readonly isPersisted: boolean | null;
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

/** Ask for persistent storage (once at start). Resolves to whether it is granted; null where unsupported. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (
    typeof navigator === 'undefined' ||
    !('storage' in navigator) ||
    typeof navigator.storage.persist !== 'function'
  ) {
    return null;
  }
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** Read the current persistence state and usage estimate for the settings screen. */
export async function readStorageStatus(): Promise<StorageStatus> {
  if (typeof navigator === 'undefined' || !('storage' in navigator)) {
    return { isPersisted: null, usageBytes: null, quotaBytes: null };
  }
  const [isPersisted, estimate] = await Promise.all([
    navigator.storage.persisted().catch(() => null),
    navigator.storage.estimate().catch(() => null),
  ]);
  return { isPersisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}
