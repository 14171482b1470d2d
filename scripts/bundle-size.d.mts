/** Types for scripts/bundle-size.mjs (plain Node ESM so the benchmark and `npm test` can run it directly). */

/** One file a page loads at start, with its size on disk and gzipped at level 9. */
export interface SizedFile {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The JavaScript (entry, modulepreloads, their static imports) and the CSS a built index.html loads at start. */
export interface InitialChunks {
  readonly js: SizedFile[];
  readonly css: SizedFile[];
}

/** The initial JavaScript of one build, totalled, and its initial CSS (not budgeted). */
export interface BundleMeasure {
  readonly files: SizedFile[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly css: { readonly files: SizedFile[]; readonly gzipBytes: number };
}

/** The app's build settings a control must share: vite.config.ts's base, and the target, minifier and source maps it sets. */
export function appBuildSettings(): Promise<{
  base: string;
  build: { target?: unknown; minify?: unknown; sourcemap?: unknown };
}>;

/** The app against the hello world: the budget is the hello world's gzip size plus 25 KB. */
export interface BundleBudget {
  readonly app: BundleMeasure;
  readonly hello: BundleMeasure;
  readonly budgetBytes: number;
  readonly ok: boolean;
}

export const BUDGET_OVER_HELLO_BYTES: number;
export function buildHelloWorld(outDir: string): Promise<string>;
export function initialChunks(distDir: string): InitialChunks;
export function measureBundleBudget(dists: { appDist: string; helloDist: string }): BundleBudget;
export function formatBudgetReport(result: BundleBudget): string;
