/**
 * The thin Electron shell suite: the packaged window loads the app from app://shiftwell, exposes only the bridge,
 * keeps Node out of the page and refuses new windows and navigation away.
 *
 * Needs Electron's binary (downloaded by electron's install script). Where it is missing the suite is skipped and
 * says why, rather than passing without running.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bridgeChannels } from '../../shared/bridge';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const mainBundle = path.join(projectRoot, 'dist', 'electron', 'main.cjs');

/**
 * Where Electron's binary is, or why it cannot be used.
 *
 * Reads `node_modules/electron/path.txt` directly: `require('electron')` would try to download a missing binary.
 */
function locateElectron(): { executablePath: string } | { skipReason: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { skipReason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skipReason: `Electron's binary was never downloaded (${path.relative(projectRoot, pathFile)} is missing)`,
    };
  }
  const executablePath = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) {
    return { skipReason: `Electron's binary is missing (${path.relative(projectRoot, executablePath)})` };
  }
  return { executablePath };
}

const electronBinary = locateElectron();
const skipReason = 'skipReason' in electronBinary ? electronBinary.skipReason : null;
if (skipReason !== null) {
  console.log(`[electron shell suite] skipped: ${skipReason}`);
}

/** The page's global object, typed only as far as these checks need (the Node-side tsconfig has no DOM). */
interface PageGlobals {
  shiftwell?: Record<string, unknown> & { getAppInfo(request: unknown): Promise<unknown> };
  open(url: string): unknown;
  location: { href: string };
}

test.describe('Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication | undefined;
  let page: Page;

  test.beforeAll(async () => {
    if (!('executablePath' in electronBinary)) {
      return;
    }
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'build-electron.mjs')], {
      stdio: 'inherit',
    });
    expect(existsSync(mainBundle), 'the main bundle was built').toBe(true);
    // Launch the project directory, so Electron starts package.json's main (dist/electron/main.cjs) with the
    // app's own name and version. Chromium refuses to start as root with its OS sandbox (CI containers).
    const isRoot = process.getuid?.() === 0;
    app = await electron.launch({
      executablePath: electronBinary.executablePath,
      args: [...(isRoot ? ['--no-sandbox'] : []), projectRoot],
      cwd: projectRoot,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the window shows the app from app://shiftwell', async () => {
    expect(page.url()).toBe('app://shiftwell/index.html');
    expect(await page.evaluate(() => (globalThis as unknown as { origin: string }).origin)).toBe(
      'app://shiftwell',
    );
  });

  test('window.shiftwell exposes exactly the bridge functions', async () => {
    const exposed = await page.evaluate(() => {
      const bridge = (globalThis as unknown as PageGlobals).shiftwell ?? {};
      return Object.entries(bridge).map(([name, value]) => [name, typeof value]);
    });
    expect(exposed.sort()).toEqual(
      Object.keys(bridgeChannels)
        .map((name) => [name, 'function'])
        .sort(),
    );
  });

  test('the bridge answers a valid call and refuses an invalid one', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).shiftwell?.getAppInfo({}));
    expect(info).toMatchObject({ shell: 'electron' });
    const refusal = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).shiftwell?.getAppInfo({ debug: true }).then(
        () => 'accepted',
        (error: unknown) => String(error),
      ),
    );
    expect(refusal).toMatch(/invalid request/);
  });

  test('Node is out of reach of the page', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('window.open is refused and no second window appears', async () => {
    const opened = await page.evaluate(() => {
      const scope = globalThis as unknown as PageGlobals;
      return [scope.open('https://example.org/'), scope.open('app://shiftwell/index.html')].map(
        (w) => w === null,
      );
    });
    expect(opened).toEqual([true, true]);
    await page.waitForTimeout(500);
    expect(app?.windows()).toHaveLength(1);
  });

  test('navigating away from the app is cancelled', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://shiftwell/index.html');
  });
});
