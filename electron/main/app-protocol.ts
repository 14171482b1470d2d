/**
 * The `app://shiftwell` scheme the renderer is served from: registration, a strict CSP, and a file handler
 * that cannot be walked out of the renderer's build directory.
 */
import { protocol } from 'electron';
import type { CustomScheme } from 'electron';
import path from 'node:path';
import { APP_SCHEME } from '../../shared/bridge';
import { buildContentSecurityPolicy } from '../../shared/content-security-policy';
import { isAppUrl } from './app-url';

/** How the `app` scheme is registered: a standard, secure origin that can use fetch and keeps IndexedDB. */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * Register `app://` as a privileged scheme. Must run before the app's `ready` event.
 *
 * Standard + secure makes `app://shiftwell` a real, stable origin (IndexedDB and storage belong to it).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

export {
  CONTENT_SECURITY_POLICY_DIRECTIVES,
  buildContentSecurityPolicy,
} from '../../shared/content-security-policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name, by extension; unknown types are served as opaque bytes. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The file read the handler needs (a subset of `node:fs/promises`). */
export interface AppProtocolFs {
  readFile(filePath: string): Promise<Uint8Array>;
}

/** What the handler serves and how it reads files. */
export interface AppProtocolOptions {
  /** The renderer's build directory (`dist/renderer`). */
  readonly rootDir: string;
  readonly fs: AppProtocolFs;
}

const SPA_ENTRY = 'index.html';

/**
 * Map a URL path to path segments under the root, or null when any segment is unsafe.
 *
 * Each segment is percent-decoded on its own, so `..%2f` cannot smuggle a separator; decoded segments may not be
 * `.` or `..`, or contain separators, NUL or `:` (Windows drive letters and alternate data streams).
 */
export function safePathSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) {
      return null;
    }
    segments.push(segment);
  }
  return segments;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Create the `protocol.handle('app', …)` handler that serves files from `rootDir`.
 *
 * Only `app://shiftwell` is served. `/`, paths ending in `/` and extension-less paths get `index.html` (client-side
 * routes); paths that escape `rootDir` get 403, files that do not exist get 404. Every response carries the CSP.
 */
export function createAppProtocolHandler({
  rootDir,
  fs,
}: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (!isAppUrl(request.url)) {
      return plainResponse(403, 'Forbidden');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed');
    }
    const segments = safePathSegments(new URL(request.url).pathname);
    if (segments === null) {
      return plainResponse(403, 'Forbidden');
    }
    const last = segments.at(-1) ?? '';
    if (path.extname(last) === '') {
      segments.splice(0, segments.length, SPA_ENTRY);
    }
    const filePath = path.resolve(root, ...segments);
    if (!filePath.startsWith(root + path.sep)) {
      return plainResponse(403, 'Forbidden');
    }
    let body: Uint8Array;
    try {
      body = await fs.readFile(filePath);
    } catch (error) {
      return isMissingFileError(error)
        ? plainResponse(404, 'Not found')
        : plainResponse(500, 'Could not read file');
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
