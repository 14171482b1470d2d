/**
 * Bundle the Electron main process and preload script with esbuild.
 *
 * electron/main/index.ts    → dist/electron/main.cjs
 * electron/preload/index.ts → dist/electron/preload.cjs (sandboxed preloads must be a single CommonJS file)
 *
 * Everything but `electron` itself is bundled in (zod, shared/), so the packaged app needs no node_modules.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(projectRoot, 'dist/electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: projectRoot,
  define: { 'process.env.NODE_ENV': '"production"' },
};

await rm(outDir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
