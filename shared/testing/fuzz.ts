/**
 * The fuzz-suite convention: how many runs a fuzz property makes, and how a failure is replayed.
 *
 * Fuzz tests live in `*.fuzz.test.ts` files anywhere under shared/, electron/ or renderer/src/. Inside
 * `npm test` each property runs `FUZZ_RUNS` times, 200 by default, as a sample; `npm run fuzz`
 * (scripts/fuzz.mjs) runs only those files with FUZZ_RUNS=10000 and prints each property's runs and time.
 * A failure reports fast-check's seed and counterexample path; `FUZZ_SEED=<seed>` (and `FUZZ_PATH=<path>`
 * for the shrunk case) replays it.
 */
import fc from 'fast-check';
import type { TestContext } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** How many generated cases a fuzz property ran; scripts/fuzz.mjs prints it. */
    fuzzRuns?: number;
  }
}

// Fuzz tests run under Node, but shared/ is compiled without Node's types (and lint keeps `process` out of
// it), so the environment is read through globalThis.
const environment =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** Runs per property: `Number(process.env.FUZZ_RUNS ?? 200)`. */
export const FUZZ_RUNS = Number(environment.FUZZ_RUNS ?? 200);

/** A test timeout that grows with the run count (vitest's default of 5 s suits only the sample size). */
export const FUZZ_TIMEOUT_MS = Math.max(60_000, FUZZ_RUNS * 100);

/** A share of FUZZ_RUNS, at least one: for properties whose cases are expensive (a database, a zip bomb). */
export function fuzzRuns(share: number): number {
  return Math.max(1, Math.ceil(FUZZ_RUNS * share));
}

/** fast-check parameters for a fuzz property: its run count, and FUZZ_SEED / FUZZ_PATH when replaying. */
export function fuzzParameters<Ts>(numRuns = FUZZ_RUNS): fc.Parameters<Ts> {
  const seed = environment.FUZZ_SEED;
  const path = environment.FUZZ_PATH;
  return {
    numRuns,
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
    ...(path === undefined || path === '' ? {} : { path }),
  };
}

/**
 * Checks a property as a fuzz test: records its run count on the test for the runner's summary, and fails
 * with fast-check's report (counterexample, seed and path) if any case breaks it.
 */
export async function checkFuzzProperty<Ts>(
  context: TestContext,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  numRuns = FUZZ_RUNS,
): Promise<void> {
  const details = await fc.check(property, fuzzParameters<Ts>(numRuns));
  context.task.meta.fuzzRuns = details.numRuns;
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? `fuzz property failed (seed ${details.seed})`;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    throw new Error(
      `${report}\n\nReplay with FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}\n\n${cause}`,
    );
  }
}
