// Runs the fuzz suite at full size: every `*.fuzz.test.ts` under shared/, electron/ and renderer/src/, with
// FUZZ_RUNS=10000 (or the FUZZ_RUNS you set), then prints each property's runs and time.
//
//   npm run fuzz                      full size
//   FUZZ_RUNS=500 npm run fuzz        another size
//   FUZZ_SEED=123 npm run fuzz -- -t "zip"   replay a failure's seed for one property (extra arguments go to vitest)
//
// A node script rather than `FUZZ_RUNS=10000 vitest …` so it works the same in every shell (cmd, PowerShell).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const runs = process.env.FUZZ_RUNS ?? '10000';
const reportDirectory = mkdtempSync(join(tmpdir(), 'shiftwell-fuzz-'));
const reportFile = join(reportDirectory, 'report.json');

console.log(
  `Fuzz suite: FUZZ_RUNS=${runs}${process.env.FUZZ_SEED ? `, FUZZ_SEED=${process.env.FUZZ_SEED}` : ''}`,
);
const started = Date.now();
const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    // A file filter: only files whose path contains ".fuzz.test." run, in whichever project includes them.
    '.fuzz.test.',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
);
const elapsed = Date.now() - started;

try {
  printSummary(JSON.parse(readFileSync(reportFile, 'utf8')));
} catch (error) {
  console.error(`No fuzz report to summarise (${error instanceof Error ? error.message : String(error)}).`);
} finally {
  rmSync(reportDirectory, { recursive: true, force: true });
}
console.log(`Wall time: ${(elapsed / 1000).toFixed(1)} s`);
process.exit(vitest.status ?? 1);

/** Prints one line per fuzz property: status, runs, seconds and name; then the totals. */
function printSummary(report) {
  const rows = [];
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      rows.push({
        file: relative(root, file.name).split('\\').join('/'),
        name: test.title,
        status: test.status,
        // Properties that use checkFuzzProperty record their real run count; others follow FUZZ_RUNS.
        runs: test.meta?.fuzzRuns ?? (test.status === 'passed' ? Number(runs) : undefined),
        seconds: (test.duration ?? 0) / 1000,
      });
    }
  }
  console.log('\nFuzz summary');
  let currentFile = '';
  for (const row of rows) {
    if (row.file !== currentFile) {
      currentFile = row.file;
      console.log(`  ${currentFile}`);
    }
    const runsText = row.runs === undefined ? '?' : String(row.runs);
    console.log(
      `    ${row.status.padEnd(7)} ${runsText.padStart(7)} runs ${row.seconds.toFixed(1).padStart(7)} s  ${row.name}`,
    );
  }
  const total = rows.reduce((sum, row) => sum + (row.runs ?? 0), 0);
  const failed = rows.filter((row) => row.status !== 'passed').length;
  console.log(`  ${rows.length} properties, ${total} generated cases, ${failed} not passed`);
}
