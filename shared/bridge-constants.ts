/**
 * The bridge's plain constants, apart from its zod schemas: the renderer needs them at start-up (to find the
 * bridge, to check a file's size) without loading zod. `bridge.ts` re-exports them.
 */

/** Largest file the bridge will save or open (backups and exports), in bytes. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The name under which the preload script exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'shiftwell';
