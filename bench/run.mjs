// `npm run bench`: the performance benchmark. See bench/README.md for what each figure and control is.
//
// Builds the app, the harness, a Vite + React hello world and the cold-start floor in this run, seeds a contact centre of 500
// people with two years of check-ins into a Chromium profile, measures each figure beside its control
// (≥ 7 runs, median and p90), prints a table, writes bench/results/latest.json, and exits non-zero if a
// budget is missed.
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { buildHelloWorld, measureBundleBudget } from '../scripts/bundle-size.mjs';
import { buildFloor } from './lib/floor.mjs';
import { CHROMIUM, jsHeapBytes, launch, processTreeBytes } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { quantile, summarise } from './lib/stats.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
/** The measures to run (`BENCH_ONLY=dashboard,chart`); all of them by default. */
const SECTIONS = ['bundle', 'start', 'writes', 'dashboard', 'chart', 'content', 'screens', 'memory'];
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
for (const name of ONLY) {
  if (!SECTIONS.includes(name))
    throw new Error(`BENCH_ONLY: unknown measure "${name}" (${SECTIONS.join(', ')})`);
}
const runs = (section) => ONLY.length === 0 || ONLY.includes(section);
/** A folder to keep the seeded profile in between runs (seeded once), for working on one measure. */
const KEPT_PROFILE = process.env.BENCH_PROFILE ? resolve(process.env.BENCH_PROFILE) : null;
const KB = 1024;
const MB = 1024 * 1024;

/** The named people to sign in as: the same file the harness seeds them from. */
const BENCH_USERS = JSON.parse(readFileSync(join(root, 'bench', 'seed', 'users.json'), 'utf8'));

const results = { startedAt: new Date().toISOString(), machine: machineInfo(), runs: RUNS, measures: {} };
const budgets = [];
const log = (message) => console.log(`[bench] ${message}`);

/** Record a budget check: `actual` must be ≤ `limit` (or ≥ for `atLeast`). */
function budget(name, actual, limit, unit, atLeast = false) {
  const ok = atLeast ? actual >= limit : actual <= limit;
  budgets.push({ name, actual, limit, unit, comparison: atLeast ? '≥' : '≤', ok });
}

async function main() {
  const dist = join(root, 'dist');
  const appDist = join(dist, 'renderer');
  const harnessDist = join(dist, 'bench', 'harness');
  const helloDist = join(dist, 'bench', 'hello');
  const floorDist = join(dist, 'bench', 'floor');

  log('building the app, the harness and the controls (hello world, cold-start floor)…');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({
    configFile: false,
    root: join(root, 'bench', 'harness'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('bench') },
    build: { outDir: harnessDist, emptyOutDir: true, target: 'chrome140' },
  });
  await buildHelloWorld(helloDist);
  await buildFloor(floorDist);

  // 1. Bundle.
  if (runs('bundle')) {
    const bundle = await measureBundleBudget({ appDist, helloDist });
    results.measures.bundle = bundle;
    budget('Initial JS (gzip) − hello world', (bundle.app.gzipBytes - bundle.hello.gzipBytes) / KB, 25, 'KB');
  }

  // A kept profile's database belongs to the origin it was seeded on, so that origin's port is fixed.
  const port = Number(process.env.BENCH_PORT ?? (KEPT_PROFILE ? 4391 : 0));
  const server = await serve(
    { '/': appDist, '/bench/': harnessDist, '/hello/': helloDist, '/floor/': floorDist },
    port,
  );
  const profiles = mkdtempSync(join(tmpdir(), 'shiftwell-bench-'));
  const seeded = KEPT_PROFILE ?? join(profiles, 'seeded');
  const seedRecord = join(seeded, 'shiftwell-bench-seed.json');
  try {
    if (KEPT_PROFILE && existsSync(seedRecord)) {
      results.measures.seed = JSON.parse(readFileSync(seedRecord, 'utf8'));
      log(`using the profile seeded earlier in ${KEPT_PROFILE}`);
    } else {
      log('seeding 500 people, 2 years of check-ins…');
      results.measures.seed = await withPage(seeded, async (page) => {
        await page.goto(`${server.url}/bench/`);
        await page.waitForFunction(() => window.shiftwellBench?.ready === true);
        return page.evaluate(() => window.shiftwellBench.seed());
      });
      writeFileSync(seedRecord, JSON.stringify(results.measures.seed));
    }
    log(
      `seeded ${results.measures.seed.counts.checkIns} check-ins in ${results.measures.seed.seconds.toFixed(1)} s`,
    );

    if (runs('start')) await coldStart(server.url, profiles, seeded);
    if (['writes', 'dashboard', 'chart', 'content'].some(runs)) await harnessMeasures(server.url, seeded);
    if (runs('screens')) await screens(server.url, seeded);
    if (runs('memory')) await memory(server.url, profiles, seeded);
  } finally {
    await server.close();
    rmSync(profiles, { recursive: true, force: true });
  }

  results.budgets = budgets;
  results.finishedAt = new Date().toISOString();
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable();
  const missed = budgets.filter((entry) => !entry.ok);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed:`);
    for (const entry of missed) {
      console.error(
        `  ✗ ${entry.name}: ${format(entry.actual)} ${entry.unit} (budget ${entry.comparison} ${format(entry.limit)})`,
      );
    }
    process.exitCode = 1;
  } else {
    console.log(`\nAll ${budgets.length} budgets met. Details: bench/results/latest.json`);
  }
}

/** Open a persistent profile, run `action` with its page, close it. */
async function withPage(userDataDir, action) {
  const { context } = await launch(userDataDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await action(page, context);
  } finally {
    await context.close();
  }
}

// 2. Cold start: launch → first paint and → interactive, app vs hello world, fresh and warm profile; and the
// floor (the app's first screen from constants, no database), for what the screen itself costs.
async function coldStart(baseUrl, profiles, seeded) {
  log('cold start…');
  const targets = { app: `${baseUrl}/`, floor: `${baseUrl}/floor/`, hello: `${baseUrl}/hello/` };
  const warmProfiles = {
    app: seeded,
    floor: join(profiles, 'warm-floor'),
    hello: join(profiles, 'warm-hello'),
  };
  const runs = { fresh: { app: [], floor: [], hello: [] }, warm: { app: [], floor: [], hello: [] } };
  // Two visits to each warm profile first: Chromium keeps a script's compiled code (V8's code cache) from its
  // second load on, so every measured warm start finds its scripts cached and compiled, as Electron's app://
  // scheme does (codeCache: true). The server revalidates with ETags (lib/server.mjs) so the cache is kept.
  for (let visit = 0; visit < 2; visit += 1) {
    for (const target of ['hello', 'floor', 'app']) await startOnce(targets[target], warmProfiles[target]);
  }
  for (let run = 0; run < RUNS; run += 1) {
    for (const target of ['app', 'floor', 'hello']) {
      const fresh = join(profiles, `fresh-${target}-${run}`);
      runs.fresh[target].push(await startOnce(targets[target], fresh));
      rmSync(fresh, { recursive: true, force: true });
      runs.warm[target].push(await startOnce(targets[target], warmProfiles[target]));
    }
  }
  const figures = {};
  for (const profile of ['fresh', 'warm']) {
    figures[profile] = {};
    for (const target of ['app', 'floor', 'hello']) {
      const list = runs[profile][target];
      figures[profile][target] = {
        firstPaint: summarise(list.map((run) => run.firstPaint)),
        interactive: summarise(list.map((run) => run.interactive)),
        interactiveSinceNavigation: summarise(list.map((run) => run.interactiveSinceNavigation)),
        runs: list,
      };
    }
    const gap = figures[profile].app.interactive.median - figures[profile].hello.interactive.median;
    budget(`Cold start (${profile} profile): interactive − hello world`, gap, 80, 'ms');
  }
  results.measures.coldStart = figures;
}

async function startOnce(url, userDataDir) {
  const { context, launchedAt } = await launch(userDataDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Wait for the mark from outside the page: Playwright's waitForFunction would first install its own script in
    // the page, on the main thread, while the app is still starting (the hello world is done by then).
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const timing = await pollPage(
      cdp,
      `(() => {
        const mark = performance.getEntriesByName('shiftwell:interactive')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        // The hello world marks before its first paint: wait for both.
        if (!mark || !paint) return null;
        return { timeOrigin: performance.timeOrigin, firstPaint: paint.startTime, interactive: mark.startTime };
      })()`,
    );
    const sinceLaunch = timing.timeOrigin - launchedAt;
    return {
      firstPaint: sinceLaunch + timing.firstPaint,
      interactive: sinceLaunch + timing.interactive,
      interactiveSinceNavigation: timing.interactive,
    };
  } finally {
    await context.close();
  }
}

/** Evaluate `expression` in the page every 25 ms (DevTools protocol) until it is not null; its value. */
async function pollPage(cdp, expression, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    // A context replaced while the page commits is asked again on the next turn.
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    const value = answer?.result.value;
    if (value !== null && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`The page gave no answer to ${expression.slice(0, 80)}… within ${timeoutMs / 1000} s.`);
}

// 3–5. The data layer and the chart, timed in the harness page against their controls.
async function harnessMeasures(baseUrl, seeded) {
  await withPage(seeded, async (page, context) => {
    const bench = await openHarness(page, baseUrl);
    if (runs('writes')) {
      await checkInWrites(bench);
      // The bulk-write measure writes and deletes about 700,000 records in scratch databases. It runs on a
      // second origin (the same server as localhost instead of 127.0.0.1): an origin keeps all its IndexedDB
      // databases in one LevelDB, and that churn would otherwise stay in the storage the app's own later
      // measures (screens, memory) open, which no workstation's storage holds.
      const scratchPage = await context.newPage();
      try {
        await bulkWrites(await openHarness(scratchPage, baseUrl.replace('//127.0.0.1:', '//localhost:')));
      } finally {
        await scratchPage.close();
      }
    }
    if (runs('dashboard')) await dashboards(bench);
    if (runs('chart')) await charts(bench);
    if (runs('content')) await hostileContent(bench);
  });
}

/** Load the harness in `page` from `baseUrl`; a function that runs one of its measures there. */
async function openHarness(page, baseUrl) {
  await page.goto(`${baseUrl}/bench/`);
  await page.waitForFunction(() => window.shiftwellBench?.ready === true);
  return (name, ...args) =>
    page.evaluate(([fn, fnArgs]) => window.shiftwellBench[fn](...fnArgs), [name, args]);
}

async function checkInWrites(bench) {
  log('check-in writes…');
  await bench('checkInWrites', 20); // warm-up: sign-in, caches
  const writeRuns = [];
  for (let run = 0; run < RUNS; run += 1) writeRuns.push(await bench('checkInWrites', 100));
  const p95s = writeRuns.map((times) => quantile(times, 0.95));
  results.measures.checkInWrite = { p95: summarise(p95s), perRunP95: p95s, allMs: writeRuns };
  budget('Check-in write incl. rollup, p95', quantile(p95s, 0.5), 4, 'ms');
}

async function bulkWrites(bench) {
  log('bulk restore vs one transaction per record (scratch databases, on their own origin)…');
  const bulk = [];
  const naive = [];
  const ceiling = [];
  for (let run = 0; run < RUNS; run += 1) {
    bulk.push(await bench('bulkWrites', 'bulk', 50_000));
    naive.push(await bench('bulkWrites', 'naive', 1_000));
    ceiling.push(await bench('bulkWrites', 'ceiling', 50_000));
  }
  const rate = (entry) => entry.records / (entry.ms / 1000);
  const bulkRate = quantile(bulk.map(rate), 0.5);
  const naiveRate = quantile(naive.map(rate), 0.5);
  const ceilingRate = quantile(ceiling.map(rate), 0.5);
  results.measures.bulkWrite = {
    bulkRecordsPerSecond: summarise(bulk.map(rate)),
    naiveRecordsPerSecond: summarise(naive.map(rate)),
    // Reference only: the same rows added with the browser's IndexedDB API alone, in one transaction.
    indexedDbCeilingRecordsPerSecond: summarise(ceiling.map(rate)),
    ratio: bulkRate / naiveRate,
    shareOfCeiling: bulkRate / ceilingRate,
    runs: { bulk, naive, ceiling },
  };
  budget('Bulk restore throughput', bulkRate, 40_000, 'records/s', true);
  budget('Bulk restore vs one transaction per record', bulkRate / naiveRate, 25, '×', true);
}

async function dashboards(bench) {
  log('team dashboard: rollups vs indexed raw rows vs full scan…');
  const modes = ['rollups', 'indexed', 'scan'];
  const dashboard = Object.fromEntries(modes.map((mode) => [mode, []]));
  for (const mode of modes) await bench('dashboard', mode, 0); // warm
  for (let run = 0; run < RUNS; run += 1) {
    for (const mode of modes) dashboard[mode].push(await bench('dashboard', mode, 0));
  }
  const median = (mode) =>
    quantile(
      dashboard[mode].map((entry) => entry.ms),
      0.5,
    );
  const fingerprints = new Set(modes.map((mode) => dashboard[mode][0].fingerprint));
  await bench('overview'); // warm
  const overview = [];
  for (let run = 0; run < RUNS; run += 1) overview.push(await bench('overview'));
  results.measures.dashboard = {
    ...Object.fromEntries(modes.map((mode) => [mode, summarise(dashboard[mode].map((entry) => entry.ms))])),
    sameResult: fingerprints.size === 1,
    weeks: dashboard.rollups[0].weeks,
    allTeamsOverview: summarise(overview.map((entry) => entry.ms)),
    runs: { ...dashboard, overview },
  };
  budget('Team dashboard, 2 years (warm)', median('rollups'), 16, 'ms');
  budget('Team dashboard vs full scan', median('scan') / median('rollups'), 500, '×', true);
  budget('Team dashboard vs indexed raw rows', median('indexed') / median('rollups'), 10, '×', true);
  budget(
    'All teams overview',
    quantile(
      overview.map((entry) => entry.ms),
      0.5,
    ),
    100,
    'ms',
  );
  budget('Dashboard from rollups equals the raw-row result', fingerprints.size === 1 ? 1 : 0, 1, '', true);
}

async function charts(bench) {
  log('chart paint vs uPlot alone…');
  const chart = {};
  for (const points of [3_600, 10_000]) {
    chart[points] = { component: [], uplot: [] };
    await bench('chart', 'component', points); // warm: loads uPlot
    await bench('chart', 'uplot', points);
    for (let run = 0; run < RUNS; run += 1) {
      chart[points].component.push(await bench('chart', 'component', points));
      chart[points].uplot.push(await bench('chart', 'uplot', points));
    }
    const componentMs = quantile(
      chart[points].component.map((entry) => entry.ms),
      0.5,
    );
    const uplotMs = quantile(
      chart[points].uplot.map((entry) => entry.ms),
      0.5,
    );
    chart[points].ratio = componentMs / uplotMs;
    chart[points].longestTaskMs = Math.max(...chart[points].component.map((entry) => entry.longestTaskMs));
    budget(`Chart ${points} points vs uPlot alone`, componentMs / uplotMs, 1.2, '×');
    budget(`Chart ${points} points: longest task`, chart[points].longestTaskMs, 50, 'ms');
  }
  results.measures.chart = chart;
}

/** Scale of the smaller hostile input, times the pack-parser tests' own; the larger is twice that. */
const HOSTILE_SCALE = { lesson: 4, manifest: 1 };

// 8. Checking hostile training-pack input grows with the input, not faster: the same check on the input at
// twice the size is the control. A linear check takes about 2× as long; a quadratic one 4×.
async function hostileContent(bench) {
  log('hostile pack input at one and two sizes…');
  const content = {};
  for (const kind of ['lesson', 'manifest']) {
    const scale = HOSTILE_SCALE[kind];
    content[kind] = { scale, single: [], double: [] };
    await bench('hostilePack', kind, scale); // warm: compiles the checker
    for (let run = 0; run < RUNS; run += 1) {
      content[kind].single.push(await bench('hostilePack', kind, scale));
      content[kind].double.push(await bench('hostilePack', kind, scale * 2));
    }
    const median = (size) =>
      quantile(
        content[kind][size].map((entry) => entry.ms),
        0.5,
      );
    content[kind].singleMs = summarise(content[kind].single.map((entry) => entry.ms));
    content[kind].doubleMs = summarise(content[kind].double.map((entry) => entry.ms));
    content[kind].ratio = median('double') / median('single');
    budget(`Hostile pack ${kind}: twice the input`, content[kind].ratio, 3, '× the time');
  }
  results.measures.hostileContent = content;
}

// 6–7. Every main screen at full data (DOM size, click → next paint), then memory with all data loaded.
const SCREENS = {
  admin: [
    'Home',
    'Check in',
    'My wellbeing',
    'Training',
    'Recognition',
    'Coaching & 1:1s',
    'Team dashboard',
    'Team training',
    'People & teams',
    'Settings',
  ],
  supervisor: ['Home', 'Recognition', 'Coaching & 1:1s', 'Team dashboard', 'Team training', 'My team'],
  employee: ['Home', 'Check in', 'My wellbeing', 'Training', 'Recognition', 'Coaching & 1:1s'],
};

async function screens(baseUrl, seeded) {
  log('screens at full data…');
  const domNodes = {};
  const clicks = {};
  for (const [role, screens] of Object.entries(SCREENS)) {
    await withPage(seeded, async (page) => {
      await signInThroughUi(page, `${baseUrl}/`, BENCH_USERS[role]);
      await observeInteractions(page);
      for (let run = 0; run < RUNS; run += 1) {
        for (const screen of screens) {
          const paint = await clickAndMeasure(page, () =>
            page
              .getByRole('navigation', { name: 'Main' })
              .getByRole('button', { name: screen, exact: true })
              .click(),
          );
          await settle(page);
          (clicks[`${role}: open ${screen}`] ??= []).push(paint);
          if (run === 0)
            domNodes[`${role}: ${screen}`] = await page.evaluate(() => document.querySelectorAll('*').length);
        }
      }
    });
  }
  // The roster with 500 names, and the setup screen of a fresh install.
  await withPage(seeded, async (page) => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Who is signing in?' }).waitFor();
    await settle(page);
    domNodes['anyone: Sign-in roster'] = await page.evaluate(() => document.querySelectorAll('*').length);
  });
  results.measures.screens = {
    domNodes,
    clickToNextPaint: Object.fromEntries(
      Object.entries(clicks).map(([name, list]) => [name, summarise(list)]),
    ),
    runs: clicks,
  };
  for (const [name, count] of Object.entries(domNodes)) budget(`DOM nodes, ${name}`, count, 800, 'nodes');
  const worstClick = Object.entries(clicks)
    .map(([name, list]) => [name, quantile(list, 0.5)])
    .sort((a, b) => b[1] - a[1])[0];
  budget(`Click → next paint, slowest (${worstClick[0]})`, worstClick[1], 50, 'ms');
}

async function memory(baseUrl, profiles, seeded) {
  log('memory…');
  const memoryRuns = { app: [], hello: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const helloProfile = join(profiles, `memory-hello-${run}`);
    memoryRuns.hello.push(
      await withPage(helloProfile, async (page) => {
        await page.goto(`${baseUrl}/hello/`);
        await page.waitForFunction(() => performance.getEntriesByName('shiftwell:interactive').length > 0);
        return readMemory(page, helloProfile);
      }),
    );
    rmSync(helloProfile, { recursive: true, force: true });
    memoryRuns.app.push(
      await withPage(seeded, async (page) => {
        await signInThroughUi(page, `${baseUrl}/`, BENCH_USERS.admin);
        for (const screen of SCREENS.admin) {
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('button', { name: screen, exact: true })
            .click();
          await settle(page);
        }
        return readMemory(page, seeded);
      }),
    );
  }
  const medianOf = (list, key) =>
    quantile(
      list.map((entry) => entry[key]),
      0.5,
    );
  results.measures.memory = {
    app: {
      jsHeap: summarise(memoryRuns.app.map((entry) => entry.jsHeap)),
      processTree: summarise(memoryRuns.app.map((entry) => entry.processTree)),
    },
    hello: {
      jsHeap: summarise(memoryRuns.hello.map((entry) => entry.jsHeap)),
      processTree: summarise(memoryRuns.hello.map((entry) => entry.processTree)),
    },
    runs: memoryRuns,
  };
  budget('JS heap with all data loaded', medianOf(memoryRuns.app, 'jsHeap') / MB, 40, 'MB');
  budget(
    'Process-tree memory − hello world',
    (medianOf(memoryRuns.app, 'processTree') - medianOf(memoryRuns.hello, 'processTree')) / MB,
    50,
    'MB',
  );
}

async function readMemory(page, userDataDir) {
  const jsHeap = await jsHeapBytes(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { jsHeap, processTree: processTreeBytes(userDataDir) };
}

async function signInThroughUi(page, url, user) {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Who is signing in?' }).waitFor();
  await page.getByRole('searchbox').fill(user.displayName);
  await page.getByRole('button', { name: new RegExp(`^${user.displayName}`) }).click();
  await page.getByLabel('PIN', { exact: true }).fill(user.pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await settle(page);
}

/** Wait until the screen has its data: no loading message, no pending lazy chunk, two quiet frames. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      !document.body.innerText.includes('Loading') && document.querySelector('[aria-busy="true"]') === null,
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

/** Collect Event Timing entries (input → next paint) for every interaction from now on. */
async function observeInteractions(page) {
  await page.evaluate(() => {
    window.__benchEvents = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.interactionId) window.__benchEvents.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
}

/**
 * Click and report the time from the input to the next paint, from the Event Timing API. Chromium only
 * reports interactions of 16 ms or more, so a click it does not report counts as 16 ms (an upper bound).
 */
async function clickAndMeasure(page, click) {
  await page.evaluate(() => (window.__benchEvents = []));
  await click();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const durations = await page.evaluate(() => window.__benchEvents);
  return Math.max(16, ...durations);
}

function printTable() {
  const rows = budgets.map((entry) => [
    entry.ok ? '✓' : '✗',
    entry.name,
    `${format(entry.actual)} ${entry.unit}`.trim(),
    `${entry.comparison} ${format(entry.limit)} ${entry.unit}`.trim(),
  ]);
  const widths = [1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length)));
  console.log('');
  console.log(
    `Shiftwell benchmark — ${RUNS} runs each, medians (p90 and every run in bench/results/latest.json)`,
  );
  for (const row of rows) {
    console.log(
      `${row[0]} ${row[1].padEnd(widths[0])}  ${row[2].padStart(widths[1])}  ${row[3].padStart(widths[2])}`,
    );
  }
  const extra = results.measures;
  if (extra.coldStart) {
    console.log('\nCold start (launch → first paint / → interactive, median ms):');
    for (const profile of ['fresh', 'warm']) {
      const entry = extra.coldStart[profile];
      console.log(
        `  ${profile.padEnd(5)}  app ${format(entry.app.firstPaint.median)} / ${format(entry.app.interactive.median)}` +
          `   floor ${format(entry.floor.firstPaint.median)} / ${format(entry.floor.interactive.median)}` +
          `   hello ${format(entry.hello.firstPaint.median)} / ${format(entry.hello.interactive.median)}` +
          `   (floor − hello: ${format(entry.floor.interactive.median - entry.hello.interactive.median)} ms)`,
      );
    }
  }
  if (extra.bulkWrite) {
    const b = extra.bulkWrite;
    console.log(
      `\nBulk writes (median records/s): restore ${format(b.bulkRecordsPerSecond.median)}, one transaction per record ${format(b.naiveRecordsPerSecond.median)}, raw IndexedDB add loop (reference) ${format(b.indexedDbCeilingRecordsPerSecond.median)}`,
    );
  }
  if (extra.dashboard) {
    const d = extra.dashboard;
    console.log(
      `\nTeam dashboard (median ms): rollups ${format(d.rollups.median)}, indexed raw rows ${format(d.indexed.median)}, full scan ${format(d.scan.median)}; all teams ${format(d.allTeamsOverview.median)}`,
    );
  }
}

function format(value) {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-GB');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function machineInfo() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryGiB: +(totalmem() / 1024 ** 3).toFixed(1),
    freeMemoryGiB: +(freemem() / 1024 ** 3).toFixed(1),
    node: process.version,
    chromium,
  };
}

await main();
