/**
 * The cold-start floor (bench/floor): the app's real roster screen rendered from constants, with no database
 * code. Built by the benchmark beside the hello world; its build is checked by tests/bench-floor.test.ts,
 * since the benchmark is not part of `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { appBuildSettings } from '../../scripts/bundle-size.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The sources in a build's source maps that are database code (Dexie, renderer/src/db, a repository). */
export function databaseSources(outDir) {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js.map'))
    .flatMap((file) => JSON.parse(readFileSync(join(assets, file), 'utf8')).sources)
    .filter((source) => !source.includes('bench/floor/') && /\/dexie\/|\/db\/|\.repo\.ts$/.test(source));
}

/**
 * Build the floor into `outDir` with the app's target and minifier (as the hello world is built), the
 * roster's database imports replaced by bench/floor/stubs, and source maps (the check below reads them).
 * Rejects if any database code is left in it (the roster's imports changed and a stub no longer covers them).
 */
export async function buildFloor(outDir) {
  const stubs = join(root, 'bench', 'floor', 'stubs');
  const app = await appBuildSettings();
  await build({
    configFile: false,
    root: join(root, 'bench', 'floor'),
    base: app.base,
    plugins: [react()],
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('bench') },
    resolve: {
      alias: [
        { find: /^dexie-react-hooks$/, replacement: join(stubs, 'dexie-react-hooks.ts') },
        { find: /^\.\/roster\.repo$/, replacement: join(stubs, 'roster.repo.ts') },
        { find: /^\.\/SignInForm$/, replacement: join(stubs, 'SignInForm.tsx') },
      ],
    },
    build: { outDir, emptyOutDir: true, ...app.build, sourcemap: true },
  });
  const database = databaseSources(outDir);
  if (database.length > 0)
    throw new Error(`The cold-start floor holds database code: ${database.join(', ')}`);
  return outDir;
}
