/**
 * The browser Platform: downloads for saving, a file input for opening, the print dialog for reports.
 */
import type {
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../shared/bridge';
import { MAX_FILE_BYTES } from '../../../shared/bridge-constants';
import type { Platform } from './platform';

function saveByDownload(request: SaveFileRequest): Promise<SaveFileResult> {
  const contents = typeof request.contents === 'string' ? request.contents : new Uint8Array(request.contents);
  const blob = new Blob([contents], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved', fileName: request.suggestedName });
}

function openWithInput(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ status: 'cancelled' });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve({ status: 'cancelled' });
        return;
      }
      if (file.size > MAX_FILE_BYTES) {
        resolve({ status: 'failed', message: 'file-too-large' });
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ status: 'opened', fileName: file.name, contents: new Uint8Array(buffer) }),
        () => resolve({ status: 'failed', message: 'file-unreadable' }),
      );
    });
    document.body.append(input);
    input.click();
  });
}

/** Build the Platform for a plain browser page. */
export function createWebPlatform(version: string): Platform {
  return {
    shell: 'web',
    getAppInfo: () => Promise.resolve({ version, shell: 'web', os: navigator.platform || 'browser' }),
    saveFile: saveByDownload,
    openFile: openWithInput,
    printPage: () => window.print(),
  };
}
