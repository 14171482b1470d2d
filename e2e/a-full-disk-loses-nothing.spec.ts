import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { seedTeam, signInFirstTime, TEAM } from './fixtures/team';
import { CheckInPage } from './pages/check-in-page';

/** A private note at the longest the form allows. */
const LONG_NOTE = 'Long queue after the outage; three callers in a row wanted a manager. '
  .repeat(40)
  .slice(0, 2000);
const FULL_DISK =
  /This computer has run out of space for Shiftwell's data, so nothing was saved\. Your entries are still on screen/;

/** The browser globals the full-disk switch uses (e2e code is type-checked without the DOM library). */
interface DiskPageGlobals {
  readonly IDBObjectStore: {
    readonly prototype: Record<
      'add' | 'put',
      (this: { readonly name: string }, ...args: unknown[]) => unknown
    >;
  };
  readonly DOMException: new (message: string, name: string) => Error;
  readonly __e2eDiskFull?: { full: boolean };
}

/**
 * A switchable full disk, at the browser's storage boundary.
 *
 * Why not Chromium's real quota (`Storage.overrideQuotaForOrigin`)? Measured on Debian's Chromium 156 in a
 * fresh Playwright context:
 * - set before the origin first opens IndexedDB, the override is enforced: with a 1-byte quota every write
 *   aborts with `QuotaExceededError`; with 500 KB, 1 KB and 100 KB writes succeed and 1 MB aborts (only
 *   `navigator.storage.estimate()` ignores it). The journey that starts on a full workstation uses this:
 *   admin-sets-up-on-a-full-disk-and-loses-nothing.spec.ts. But the origin's reported usage did not grow
 *   with those writes, so no quota could be found that lets this journey's set-up (about 100 KB of modules
 *   and people) through and then stops a 3 KB check-in;
 * - set after the origin has opened IndexedDB, a lower quota is not enforced: writes of 1 KB and 1 MB still
 *   succeed on the open connection, on a second connection, on a new database of the same origin, and after
 *   closing and reopening the connection; and in this journey the save under a 1-byte quota succeeded. The
 *   app keeps its database open for the whole session, so a full disk met half-way through one cannot be made
 *   with the real quota.
 *
 * So, while switched on, IndexedDB writes to the team rollups (kept in team weeks) fail the way a full disk does, with a
 * `QuotaExceededError` DOMException: the disk fills up part-way through a save, after the check-in and its
 * note were written in the same transaction. Nothing of the app itself is touched.
 */
async function installFullDiskSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as DiskPageGlobals;
    const state = { full: false };
    Object.defineProperty(scope, '__e2eDiskFull', { value: state });
    for (const method of ['add', 'put'] as const) {
      const original = scope.IDBObjectStore.prototype[method];
      scope.IDBObjectStore.prototype[method] = function (
        this: { readonly name: string },
        ...args: unknown[]
      ) {
        if (state.full && this.name === 'teamWeeks') {
          throw new scope.DOMException('The disk is full.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  });
}

async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => {
    const state = (globalThis as unknown as DiskPageGlobals).__e2eDiskFull;
    if (!state) throw new Error('The full-disk switch is not installed.');
    state.full = value;
  }, full);
}

test('a full disk saves nothing, says so, and keeps both the entries on screen and what was saved before', async ({
  page,
  shell,
}) => {
  test.slow();
  await installFullDiskSwitch(page);
  await seedTeam(page);
  await signInFirstTime(page, TEAM.employee);
  const checkIn = new CheckInPage(page);

  // One check-in saved while there is still room.
  await shell.goTo('Check in');
  await checkIn.checkIn(2);
  await page.getByRole('button', { name: 'Check in again' }).click();

  // Bea fills in a whole check-in with a long note; the disk is full when she saves it.
  await checkIn.acceptPrivacyNoticeIfShown();
  const scales = page.locator('fieldset.scale');
  await expect(scales).toHaveCount(6);
  for (let index = 0; index < 6; index += 1) {
    await scales.nth(index).getByRole('radio', { name: /^4 — / }).check();
  }
  await page.getByLabel('Short-staffed').check();
  const note = page.getByLabel('Private note (optional)');
  await note.fill(LONG_NOTE);
  await setDiskFull(page, true);
  await page.getByRole('button', { name: 'Save check-in' }).click();

  // She is told nothing was saved, and everything she entered is still there.
  await expect(page.getByText(FULL_DISK)).toBeVisible();
  await expect(page.getByText(/^Check-in saved at /)).toHaveCount(0);
  for (let index = 0; index < 6; index += 1) {
    await expect(scales.nth(index).getByRole('radio', { name: /^4 — / })).toBeChecked();
  }
  await expect(page.getByLabel('Short-staffed')).toBeChecked();
  await expect(note).toHaveValue(LONG_NOTE);

  // Once there is space again, the same entries save with one more click.
  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at .+\. Thank you\.$/)).toBeVisible();

  // The earlier check-in is intact, the failed save left no half-written check-in behind, and the retried
  // one is there once, note and all.
  await shell.goTo('My wellbeing');
  const history = page.locator('.history__entry');
  await expect(history).toHaveCount(2);
  await expect(history.filter({ hasText: 'Role overload: 2/5' })).toHaveCount(1);
  const retried = history.filter({ hasText: 'Role overload: 4/5' });
  await expect(retried).toHaveCount(1);
  await retried.getByRole('button', { name: 'Show private note' }).click();
  await expect(retried.getByText(LONG_NOTE)).toBeVisible();
});
