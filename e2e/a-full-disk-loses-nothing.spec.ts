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
 * Chromium's DevTools quota override (`Storage.overrideQuotaForOrigin`) is accepted and reported by
 * `Storage.getUsageAndQuota`, but Debian's Chromium 156 does not enforce it for IndexedDB: writes of 20 MB
 * still succeed under a 1-byte quota. So, while switched on, IndexedDB writes to the team rollups fail the way
 * a full disk does, with a `QuotaExceededError` DOMException: the disk fills up part-way through a save, after
 * the check-in and its note were written in the same transaction. Nothing of the app itself is touched.
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
        if (state.full && this.name === 'teamRollups') {
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
