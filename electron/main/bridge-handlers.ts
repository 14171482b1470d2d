/**
 * What the main process does for each bridge method: app info, saving and opening files, printing to PDF,
 * automatic backups.
 *
 * Dialogs, the file system and the sender's page are injected, so each outcome (saved, cancelled, failed) is
 * testable without Electron. Failures are returned as values with a readable message, never thrown.
 */
import type { OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type {
  AppInfo,
  BridgeMethod,
  BridgeRequest,
  BridgeResponse,
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
  WriteRollingBackupRequest,
  WriteRollingBackupResult,
} from '../../shared/bridge';
import { bridgeChannels, MAX_FILE_BYTES } from '../../shared/bridge';
import type { AtomicWriteFs } from './atomic-write';
import { writeFileAtomically } from './atomic-write';
import { handleBridge } from './ipc-main';
import type { RollingBackupFs } from './rolling-backups';
import { writeRollingBackup } from './rolling-backups';

/** The save and open dialogs, already bound to the window they belong to. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** The file calls the handlers need (a subset of `node:fs/promises`). */
export interface BridgeFs extends AtomicWriteFs, RollingBackupFs {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

/** The page that made the call; it is what gets printed to PDF. */
export interface BridgeCallContext {
  readonly sender: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
}

/** What the handlers depend on. */
export interface BridgeHandlerDeps {
  readonly appVersion: string;
  readonly platform: string;
  /** Where save and open dialogs start (the person's documents folder). */
  readonly documentsDir: string;
  /** Where automatic backups go (`<userData>/backups`). */
  readonly backupsDir: string;
  readonly dialogs: FileDialogs;
  readonly fs: BridgeFs;
  /** The size limit for saved and opened files; `MAX_FILE_BYTES` unless a test lowers it. */
  readonly maxFileBytes?: number;
}

/** One handler per bridge method, each taking the validated request and the call's context. */
export type BridgeHandlers = {
  readonly [M in BridgeMethod]: (
    request: BridgeRequest<M>,
    context: BridgeCallContext,
  ) => Promise<BridgeResponse<M>>;
};

const PDF_FILTER: FileFilter = { name: 'PDF', extensions: ['pdf'] };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withPdfExtension(fileName: string): string {
  return fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`;
}

/** Create the bridge handlers over the injected dialogs and file system. */
export function createBridgeHandlers(deps: BridgeHandlerDeps): BridgeHandlers {
  const { dialogs, fs, documentsDir, maxFileBytes = MAX_FILE_BYTES } = deps;
  const tooLarge = (outcome: 'saved' | 'opened') =>
    ({
      status: 'failed',
      message: `The file is larger than ${Math.round(maxFileBytes / (1024 * 1024))} MB and was not ${outcome}.`,
    }) as const;

  async function saveBytes(
    suggestedName: string,
    filters: readonly FileFilter[],
    contents: string | Uint8Array,
  ): Promise<SaveFileResult> {
    const byteLength =
      typeof contents === 'string' ? Buffer.byteLength(contents, 'utf8') : contents.byteLength;
    if (byteLength > maxFileBytes) {
      return tooLarge('saved');
    }
    let filePath: string | undefined;
    try {
      const choice = await dialogs.showSaveDialog({
        defaultPath: path.join(documentsDir, suggestedName),
        filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'cancelled' };
      }
      filePath = choice.filePath;
      await writeFileAtomically(fs, filePath, contents);
    } catch (error) {
      return { status: 'failed', message: `The file could not be saved: ${reasonOf(error)}` };
    }
    return { status: 'saved', fileName: path.basename(filePath) };
  }

  return {
    getAppInfo(): Promise<AppInfo> {
      return Promise.resolve({ version: deps.appVersion, shell: 'electron', os: deps.platform });
    },

    saveFile({ suggestedName, filters, contents }: SaveFileRequest): Promise<SaveFileResult> {
      return saveBytes(suggestedName, filters, contents);
    },

    async openFile({ filters }: OpenFileRequest): Promise<OpenFileResult> {
      try {
        const choice = await dialogs.showOpenDialog({
          defaultPath: documentsDir,
          filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
          properties: ['openFile'],
        });
        const filePath = choice.filePaths[0];
        if (choice.canceled || filePath === undefined) {
          return { status: 'cancelled' };
        }
        const stats = await fs.stat(filePath);
        if (!stats.isFile()) {
          return { status: 'failed', message: 'That is not a file.' };
        }
        if (stats.size > maxFileBytes) {
          return tooLarge('opened');
        }
        const bytes = await fs.readFile(filePath);
        if (bytes.byteLength > maxFileBytes) {
          return tooLarge('opened');
        }
        return {
          status: 'opened',
          fileName: path.basename(filePath),
          contents: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        };
      } catch (error) {
        return { status: 'failed', message: `The file could not be opened: ${reasonOf(error)}` };
      }
    },

    async printToPdf({ suggestedName, landscape }: PrintToPdfRequest, { sender }): Promise<SaveFileResult> {
      let pdf: Uint8Array;
      try {
        pdf = await sender.printToPDF({ landscape: landscape ?? false, printBackground: true });
      } catch (error) {
        return { status: 'failed', message: `The page could not be printed to PDF: ${reasonOf(error)}` };
      }
      return saveBytes(withPdfExtension(suggestedName), [PDF_FILTER], pdf);
    },

    writeRollingBackup(request: WriteRollingBackupRequest): Promise<WriteRollingBackupResult> {
      return writeRollingBackup(fs, deps.backupsDir, request);
    },
  };
}

function registerBridgeHandler<M extends BridgeMethod>(method: M, handler: BridgeHandlers[M]): () => void {
  return handleBridge(method, handler);
}

/** Register every bridge handler with the typed IPC wrapper. Returns a function that removes them all. */
export function registerBridgeHandlers(handlers: BridgeHandlers): () => void {
  const methods = Object.keys(bridgeChannels) as BridgeMethod[];
  const removers = methods.map((method) => registerBridgeHandler(method, handlers[method]));
  return () => {
    for (const remove of removers) {
      remove();
    }
  };
}
