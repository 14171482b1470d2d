import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { compareRollups, rebuildRollups } from '../shared/domain/rollup';
import { rollupsOfWeek, teamWeeksFromRollups, type TeamWeek } from '../shared/domain/team-week';
import type { CheckInRecord } from '../shared/domain/check-in';
import { STRESSOR_IDS } from '../shared/domain/stressors';
import { ADMIN, expect, test } from './fixtures/app';
import { signInFirstTime, TEAM } from './fixtures/team';
import { CheckInPage } from './pages/check-in-page';
import { PeoplePage } from './pages/people-page';
import { RosterPage } from './pages/roster-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

/** How long the burst of check-ins runs before the power goes. */
const BURST_MS = 4_000;

/** Start Chromium as its own process group on `profile`, and connect to it over the DevTools protocol. */
async function startChromium(profile: string, executable: string, args: readonly string[]) {
  const child = spawn(
    executable,
    [...args, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const portFile = join(profile, 'DevToolsActivePort');
    let port: string | undefined;
    for (let attempt = 0; attempt < 200 && port === undefined; attempt += 1) {
      port = await readFile(portFile, 'utf8').then(
        (text) => text.split('\n')[0]?.trim() || undefined,
        () => undefined,
      );
      if (port === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (port === undefined) throw new Error('Chromium did not report a DevTools port.');
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    return { child, exited, page };
  } catch (error) {
    await crash(child, exited);
    throw error;
  }
}

/** Kill Chromium and every process it started at once, as a crash or power cut would. */
async function crash(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined) throw new Error('Chromium has no process id.');
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}

/** The bits of the IndexedDB API used to read the database (e2e code is type-checked without the DOM library). */
interface IdbRequest<T> {
  readonly result: T;
  readonly error: { readonly message: string } | null;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbPageGlobals {
  readonly indexedDB: {
    open(name: string): IdbRequest<{
      transaction(
        store: string,
        mode: 'readonly',
      ): { objectStore(name: string): { getAll(): IdbRequest<unknown[]> } };
      close(): void;
    }>;
  };
}

/** Everything in one object store of the app's database, read with the plain IndexedDB API. */
async function readStore<T>(page: Page, store: string): Promise<T[]> {
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = (globalThis as unknown as IdbPageGlobals).indexedDB.open('shiftwell');
        open.onerror = () => reject(new Error(open.error?.message ?? 'Could not open the database.'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onerror = () => reject(new Error(request.error?.message ?? 'Could not read the database.'));
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
  return rows as T[];
}

/** Set up the organisation and TEAM through the UI on `baseURL`, ending signed out on the roster. */
async function seedTeamAt(page: Page, baseURL: string): Promise<void> {
  const setup = new SetupPage(page);
  const shell = new ShellPage(page);
  await page.goto(baseURL);
  await setup.heading().waitFor();
  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: ADMIN.pin });
  await setup.submit();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
  await shell.goTo('People & teams');
  const people = new PeoplePage(page);
  await people.addTeam(TEAM.name);
  await people.addPerson({
    name: TEAM.employee.name,
    role: 'Employee',
    team: TEAM.name,
    pin: TEAM.employee.temporary,
  });
  await shell.signOut();
}

/** Answer all six scales and press Save, without waiting for the write. */
async function fillAndSave(page: Page, rating: number): Promise<void> {
  const scales = page.locator('fieldset.scale');
  await expect(scales).toHaveCount(6);
  for (let index = 0; index < 6; index += 1) {
    await scales
      .nth(index)
      .getByRole('radio', { name: new RegExp(`^${String(rating)} — `) })
      .check();
  }
  await page.getByLabel('Private note (optional)').fill(`Burst check-in rated ${String(rating)}.`);
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

test('check-ins and team figures stay whole when the computer dies in the middle of saving', async () => {
  test.slow();
  const { baseURL, launchOptions } = test.info().project.use;
  if (!baseURL) throw new Error('The project has no baseURL.');
  const executable = launchOptions?.executablePath ?? '/usr/bin/chromium';
  const args = launchOptions?.args ?? [];
  const profile = await mkdtemp(join(tmpdir(), 'shiftwell-crash-'));
  try {
    // Before the crash: a team with one employee, who checks in over and over.
    const first = await startChromium(profile, executable, args);
    let confirmed = 0;
    try {
      const page = first.page;
      await seedTeamAt(page, baseURL);
      await signInFirstTime(page, TEAM.employee);
      await new ShellPage(page).goTo('Check in');
      await new CheckInPage(page).acceptPrivacyNoticeIfShown();
      const savedNotice = page.getByText(/^Check-in saved at .+\. Thank you\.$/);
      const stopAt = Date.now() + BURST_MS;
      for (let round = 0; Date.now() < stopAt; round += 1) {
        await fillAndSave(page, (round % 5) + 1);
        await expect(savedNotice).toBeVisible();
        confirmed += 1;
        await page.getByRole('button', { name: 'Check in again' }).click();
      }
      // The power goes the moment the last Save is pressed, with its write in flight.
      await fillAndSave(page, 3);
    } finally {
      await crash(first.child, first.exited);
    }
    expect(confirmed).toBeGreaterThan(0);

    // After the restart, on the same profile.
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await new RosterPage(page).signIn(TEAM.employee.name, TEAM.employee.pin);
      await new ShellPage(page).goTo('My wellbeing');

      const checkIns = await readStore<CheckInRecord>(page, 'checkIns');
      const notes = await readStore<{ checkInId: string }>(page, 'checkInNotes');
      const weeks = await readStore<TeamWeek>(page, 'teamWeeks');
      const rollups = weeks.flatMap(rollupsOfWeek);

      // Every check-in she was told was saved is there, plus at most the one in flight.
      expect(checkIns.length).toBeGreaterThanOrEqual(confirmed);
      expect(checkIns.length).toBeLessThanOrEqual(confirmed + 1);
      // Each is whole: every rating present and in range.
      for (const record of checkIns) {
        for (const id of STRESSOR_IDS) expect([1, 2, 3, 4, 5]).toContain(record.ratings[id]);
        expect([1, 2, 3, 4, 5]).toContain(record.energy);
        expect(record.teamId).not.toBeNull();
      }
      // Every check-in in the burst had a note: each survived with its note, and no note without its check-in.
      expect(notes.map((note) => note.checkInId).sort()).toEqual(checkIns.map((record) => record.id).sort());
      // Her history shows exactly what is stored.
      await expect(page.locator('.history__entry')).toHaveCount(checkIns.length);
      // Team figures match the check-ins exactly: nothing counted twice, nothing missing.
      expect([...rollups].sort(compareRollups)).toEqual(rebuildRollups(checkIns));
      expect(rollups.reduce((sum, rollup) => sum + rollup.count, 0)).toBe(checkIns.length);
      // And so are the team weeks the dashboard reads, row for row.
      expect(weeks).toEqual(teamWeeksFromRollups(rebuildRollups(checkIns)));
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
