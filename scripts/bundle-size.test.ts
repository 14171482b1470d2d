import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGET_OVER_HELLO_BYTES,
  buildHelloWorld,
  formatBudgetReport,
  initialChunks,
  measureBundleBudget,
} from './bundle-size.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake build: index.html plus files under it. */
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-size-test-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function html(head: string): string {
  return `<!doctype html><html><head>${head}</head><body><div id="root"></div></body></html>`;
}

/** A module of about `kilobytes` KB gzip: random bytes in base64 do not compress below their own size. */
function blob(kilobytes: number, imports = ''): string {
  return `${imports}export const blob = "${randomBytes(kilobytes * 1024).toString('base64')}";\n`;
}

describe('initialChunks', () => {
  it('counts the entry, modulepreloads and their static imports, but not dynamic imports', () => {
    const dir = dist({
      'index.html': html(
        '<script type="module" crossorigin src="./assets/index.js"></script>' +
          '<link rel="modulepreload" crossorigin href="./assets/preloaded.js">' +
          '<link rel="stylesheet" crossorigin href="./assets/index.css">',
      ),
      'assets/index.js':
        'import{a as b}from"./shared.js";import"./side-effect.js";export*from"./reexported.js";' +
        'const lazy=()=>import("./lazy.js");const s="import x from \\"./not-an-import.js\\"";console.log(b,lazy,s);',
      'assets/preloaded.js': 'export{c}from"./nested/deep.js";',
      'assets/shared.js': 'import"./index.js";export const a=1;',
      'assets/side-effect.js': 'globalThis.x=1;',
      'assets/reexported.js': 'export const r=1;',
      'assets/nested/deep.js': 'import"../shared.js";export const c=1;',
      'assets/lazy.js': 'import"./only-lazy.js";export default 1;',
      'assets/only-lazy.js': 'export const o=1;',
      'assets/not-an-import.js': 'export const n=1;',
      'assets/index.css': 'body{margin:0}',
    });

    const { js, css } = initialChunks(dir);

    expect(js.map((f) => f.file).sort()).toEqual(
      [
        'assets/index.js',
        'assets/nested/deep.js',
        'assets/preloaded.js',
        'assets/reexported.js',
        'assets/shared.js',
        'assets/side-effect.js',
      ].sort(),
    );
    expect(css.map((f) => f.file)).toEqual(['assets/index.css']);
    const index = js.find((f) => f.file === 'assets/index.js');
    const indexBytes = readFileSync(path.join(dir, 'assets/index.js'));
    expect(index?.rawBytes).toBe(indexBytes.length);
    expect(index?.gzipBytes).toBe(gzipSync(indexBytes, { level: 9 }).length);
  });

  it('refuses a build without index.html, or one whose start-up script is missing or external', () => {
    expect(() => initialChunks(dist({}))).toThrow(/index\.html does not exist/);
    expect(() =>
      initialChunks(dist({ 'index.html': html('<script type="module" src="./assets/gone.js"></script>') })),
    ).toThrow(/does not exist/);
    expect(() =>
      initialChunks(
        dist({ 'index.html': html('<script type="module" src="https://cdn.example/x.js"></script>') }),
      ),
    ).toThrow(/not part of the build/);
  });
});

describe('measureBundleBudget', () => {
  const entry = html('<script type="module" src="./assets/index.js"></script>');

  it('passes an app within 25 KB gzip of the hello world and fails one beyond it', () => {
    const helloDist = dist({ 'index.html': entry, 'assets/index.js': blob(40) });
    const smallApp = dist({
      'index.html': entry,
      'assets/index.js': blob(40, 'import "./extra.js";'),
      'assets/extra.js': blob(10),
    });
    const bigApp = dist({
      'index.html': entry,
      'assets/index.js': blob(40, 'import "./extra.js";'),
      'assets/extra.js': blob(30),
    });

    const small = measureBundleBudget({ appDist: smallApp, helloDist });
    const big = measureBundleBudget({ appDist: bigApp, helloDist });

    expect(small.budgetBytes).toBe(small.hello.gzipBytes + BUDGET_OVER_HELLO_BYTES);
    expect(small.app.files).toHaveLength(2);
    expect(small.app.gzipBytes).toBe(small.app.files[0]!.gzipBytes + small.app.files[1]!.gzipBytes);
    expect(small.ok).toBe(true);
    expect(big.ok).toBe(false);
    expect(formatBudgetReport(big)).toMatch(/over budget\. Biggest contributors: assets\/(index|extra)\.js/);
    expect(formatBudgetReport(small)).toMatch(/to spare/);
  });
});

describe('buildHelloWorld', () => {
  it('builds a React hello world that marks when it is interactive', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'bundle-size-hello-'));
    made.push(outDir);

    await buildHelloWorld(outDir);

    const { js } = initialChunks(outDir);
    const code = js.map((f) => readFileSync(path.join(outDir, f.file), 'utf8')).join('\n');
    expect(code).toContain('shiftwell:interactive');
    expect(code).toContain('createRoot');
    // React and react-dom are in it: far bigger than the few lines of the hello world itself.
    expect(js.reduce((sum, f) => sum + f.gzipBytes, 0)).toBeGreaterThan(30 * 1024);
  }, 60_000);
});
