/**
 * The contract between the Electron shell and the renderer.
 *
 * One interface (`ShiftwellBridge`) that the preload script implements and the renderer consumes as part of
 * its `Platform`, one zod schema per request payload, and one object argument per call. The main process
 * validates every payload with these schemas before acting on it; the renderer never sees channel names.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES } from './bridge-constants';

export { BRIDGE_GLOBAL, MAX_FILE_BYTES } from './bridge-constants';

/** The privileged custom scheme the renderer is served from in Electron. */
export const APP_SCHEME = 'app';
/** The host part of every renderer URL (`app://shiftwell/index.html`). */
export const APP_HOST = 'shiftwell';
/** The renderer's origin in Electron; IndexedDB data belongs to it, so it must never change. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'A file name cannot contain path separators',
  });

/** A file-type filter shown in a save or open dialog. */
export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const fileContentsSchema = z.union([
  z.string().max(MAX_FILE_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
    message: 'File is too large',
  }),
]);

/** Ask the person where to save a file, then write `contents` there. */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
  contents: fileContentsSchema,
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/** Ask the person to pick one file and return its bytes. */
export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

/** Render the current page to PDF and ask the person where to save it. */
export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  landscape: z.boolean().optional(),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/** Backup files written automatically are named after their local day: `shiftwell-YYYY-MM-DD.swbackup`. */
export const ROLLING_BACKUP_NAME = /^shiftwell-\d{4}-\d{2}-\d{2}\.swbackup$/;
/** How many automatic backups are kept; older ones are deleted after each new one is written. */
export const ROLLING_BACKUPS_KEPT = 7;

/** Write one automatic backup (already encrypted) into the app's backups folder, then prune old ones. */
export const writeRollingBackupRequestSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  contents: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
    message: 'File is too large',
  }),
});
export type WriteRollingBackupRequest = z.infer<typeof writeRollingBackupRequestSchema>;

/** The outcome of an automatic backup: written (and how many are kept), or failed with a readable reason. */
export type WriteRollingBackupResult =
  | { readonly status: 'saved'; readonly fileName: string; readonly kept: number }
  | { readonly status: 'failed'; readonly message: string };

/** `getAppInfo` takes no options; the schema still rejects anything extra. */
export const appInfoRequestSchema = z.strictObject({});
export type AppInfoRequest = z.infer<typeof appInfoRequestSchema>;

/** What the app knows about itself and where it runs. */
export interface AppInfo {
  readonly version: string;
  readonly shell: 'electron' | 'web';
  /** Operating system family, e.g. `linux`, `win32`, `darwin`, or the browser's platform string. */
  readonly os: string;
}

/** The outcome of a save: saved, cancelled by the person, or failed with a readable reason. */
export type SaveFileResult =
  | { readonly status: 'saved'; readonly fileName: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** The outcome of an open: the file's name and bytes, cancelled, or failed with a readable reason. */
export type OpenFileResult =
  | { readonly status: 'opened'; readonly fileName: string; readonly contents: Uint8Array }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** The API the preload script exposes on `window.shiftwell`. Named functions only, one object argument. */
export interface ShiftwellBridge {
  getAppInfo(request: AppInfoRequest): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  writeRollingBackup(request: WriteRollingBackupRequest): Promise<WriteRollingBackupResult>;
}

/**
 * Every IPC channel, keyed by bridge method, with the schema its payload must pass.
 *
 * Channels are named `feature:verb-noun`. Typed wrappers on both sides derive from this map, so a method
 * cannot exist on one side only.
 */
export const bridgeChannels = {
  getAppInfo: { channel: 'app:get-info', request: appInfoRequestSchema },
  saveFile: { channel: 'files:save-file', request: saveFileRequestSchema },
  openFile: { channel: 'files:open-file', request: openFileRequestSchema },
  printToPdf: { channel: 'reports:print-to-pdf', request: printToPdfRequestSchema },
  writeRollingBackup: { channel: 'backups:write-rolling-backup', request: writeRollingBackupRequestSchema },
} as const satisfies { readonly [K in keyof ShiftwellBridge]: { channel: string; request: z.ZodType } };

/** A bridge method name. */
export type BridgeMethod = keyof ShiftwellBridge;
/** The single argument a bridge method takes. */
export type BridgeRequest<M extends BridgeMethod> = Parameters<ShiftwellBridge[M]>[0];
/** What a bridge method resolves to. */
export type BridgeResponse<M extends BridgeMethod> = Awaited<ReturnType<ShiftwellBridge[M]>>;
