import type { CustomScheme } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const { registerSchemesAsPrivileged } = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn<(schemes: CustomScheme[]) => void>(),
}));
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));

import {
  buildContentSecurityPolicy,
  contentTypeFor,
  createAppProtocolHandler,
  registerAppScheme,
  safePathSegments,
} from './app-protocol';

function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that supports fetch', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }) as unknown,
      }),
    ]);
    const privileges = registerSchemesAsPrivileged.mock.calls[0]?.[0][0]?.privileges;
    expect(privileges?.bypassCSP).not.toBe(true);
    expect(privileges?.corsEnabled).not.toBe(true);
    expect(privileges?.allowServiceWorkers).not.toBe(true);
  });
});

describe('buildContentSecurityPolicy', () => {
  const csp = parseCsp(buildContentSecurityPolicy());

  it('allows only our own scripts, with no inline or eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only as style attributes, never as style elements', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('locks down plugins, base URLs, forms and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets images, fonts, fetches and workers come only from the app (plus data/blob images and blob workers)', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('never allows eval, inline scripts or remote hosts anywhere', () => {
    const header = buildContentSecurityPolicy();
    expect(header).not.toContain('unsafe-eval');
    expect(header).not.toMatch(/https?:|\*/);
    expect(
      [...csp.entries()].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name),
    ).toEqual(['style-src-elem', 'style-src-attr']);
  });
});

describe('safePathSegments', () => {
  it('decodes each segment on its own', () => {
    expect(safePathSegments('/assets/my%20file.js')).toEqual(['assets', 'my file.js']);
  });

  it.each(['/..%2fx', '/%2e%2e/x', '/a/%2E%2E', '/a%5c..%5cb', '/a\\b', '/a%00.js', '/C:/x', '/%E0%A4%A'])(
    'rejects %s',
    (pathname) => {
      expect(safePathSegments(pathname)).toBeNull();
    },
  );
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
  ])('serves %s as %s', (fileName, contentType) => {
    expect(contentTypeFor(fileName)).toBe(contentType);
  });
});

describe('createAppProtocolHandler', () => {
  let projectDir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    projectDir = await fs.mkdtemp(path.join(os.tmpdir(), 'shiftwell-protocol-'));
    const rootDir = path.join(projectDir, 'dist', 'renderer');
    await fs.mkdir(path.join(rootDir, 'assets'), { recursive: true });
    await fs.writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Shiftwell</title>');
    await fs.writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log("app")');
    await fs.writeFile(path.join(rootDir, 'assets', 'app.css'), 'body{}');
    await fs.writeFile(path.join(projectDir, 'package.json'), '{"secret":true}');
    await fs.writeFile(path.join(projectDir, 'dist', 'secret.txt'), 'secret');
    handle = createAppProtocolHandler({ rootDir, fs });
  });

  afterAll(async () => {
    await fs.rm(projectDir, { recursive: true, force: true });
  });

  async function get(
    url: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: string; headers: Headers }> {
    const response = await handle(new Request(url, init));
    return { status: response.status, body: await response.text(), headers: response.headers };
  }

  it('serves index.html for the root', async () => {
    const response = await get('app://shiftwell/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Shiftwell</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves assets with the right content type', async () => {
    const script = await get('app://shiftwell/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.body).toBe('console.log("app")');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://shiftwell/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('serves index.html for client-side routes without an extension', async () => {
    for (const route of [
      'app://shiftwell/team',
      'app://shiftwell/check-ins/today',
      'app://shiftwell/settings/',
    ]) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(response.body, route).toContain('<title>Shiftwell</title>');
    }
  });

  it('sends the strict CSP and nosniff on every response, errors included', async () => {
    for (const url of [
      'app://shiftwell/index.html',
      'app://shiftwell/assets/missing.js',
      'app://evil/index.html',
    ]) {
      const { headers } = await get(url);
      expect(headers.get('content-security-policy'), url).toBe(buildContentSecurityPolicy());
      expect(headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('answers 404 for an asset that does not exist', async () => {
    expect((await get('app://shiftwell/assets/missing.js')).status).toBe(404);
    expect((await get('app://shiftwell/assets')).status).toBe(200);
  });

  it.each([
    'app://shiftwell/../package.json',
    'app://shiftwell/%2e%2e/package.json',
    'app://shiftwell/..%2fpackage.json',
    'app://shiftwell/..%2f..%2fpackage.json',
    'app://shiftwell/assets/..%2f..%2fsecret.txt',
    'app://shiftwell/..%5c..%5cpackage.json',
    'app://shiftwell/..\\..\\package.json',
    'app://shiftwell/index.html%00.js',
    'app://shiftwell/%00',
  ])('never serves a file outside the renderer directory for %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('secret');
  });

  it('rejects other hosts and schemes with 403', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('app://shiftwell:8080/index.html')).status).toBe(403);
    expect((await get('https://shiftwell/index.html')).status).toBe(403);
  });

  it('rejects methods other than GET and HEAD', async () => {
    expect((await get('app://shiftwell/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://shiftwell/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 500 without details when a file cannot be read', async () => {
    const failing = createAppProtocolHandler({
      rootDir: '/srv/renderer',
      fs: {
        readFile: () => Promise.reject(Object.assign(new Error('EACCES /srv/renderer'), { code: 'EACCES' })),
      },
    });
    const response = await failing(new Request('app://shiftwell/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/srv');
  });
});
