/**
 * Storage facts for the settings screen.
 *
 * Components never import `db/`; this file is their way to the browser's persistent-storage state.
 */
import {
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../db/storage-persistence';

export { readStorageStatus, type StorageStatus };

/** Ask the browser again to protect Shiftwell's data from automatic clean-up, then read the new state. */
export async function askForPersistentStorage(): Promise<StorageStatus> {
  await requestPersistentStorage();
  return readStorageStatus();
}
