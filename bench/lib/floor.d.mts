/** Types for bench/lib/floor.mjs (plain Node ESM, run by the benchmark and imported by a test). */

/** The sources in a build's source maps that are database code (Dexie, renderer/src/db, a repository). */
export function databaseSources(outDir: string): string[];

/** Build the cold-start floor into `outDir`; rejects if any database code is left in it. */
export function buildFloor(outDir: string): Promise<string>;
