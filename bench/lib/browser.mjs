// Launching Debian's Chromium the same way the end-to-end tests do, and reading its memory.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.SHIFTWELL_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Long tasks and memory figures need the page to run at full speed even when headless.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--enable-precise-memory-info',
];

/** A persistent Chromium profile in `userDataDir`; returns the context and the wall time it took. */
export async function launch(userDataDir) {
  const started = Date.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return { context, launchedAt: started };
}

/**
 * Proportional set size (PSS, in bytes) of every Chromium process using `userDataDir`: the browser and
 * its renderer, GPU and utility children. PSS shares out memory the processes have in common, so the sum
 * is what this profile really costs.
 */
export function processTreeBytes(userDataDir) {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes(userDataDir) && !isChildOfProfile(entry, userDataDir)) continue;
    try {
      const rollup = readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
      const match = /^Pss:\s+(\d+) kB/m.exec(rollup);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Chromium's zygote children don't repeat --user-data-dir; find them through their parent. */
function isChildOfProfile(pid, userDataDir) {
  let current = pid;
  for (let depth = 0; depth < 4; depth += 1) {
    let status;
    try {
      status = readFileSync(`/proc/${current}/status`, 'utf8');
    } catch {
      return false;
    }
    const parent = /^PPid:\s+(\d+)/m.exec(status)?.[1];
    if (!parent || parent === '0' || parent === '1') return false;
    try {
      if (readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes(userDataDir)) return true;
    } catch {
      return false;
    }
    current = parent;
  }
  return false;
}

/** JS heap in use after a full garbage collection, in bytes (CDP, the same figure DevTools shows). */
export async function jsHeapBytes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
