import type { CDPSession, Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';

const FULL_DISK =
  /This computer has run out of space for Shiftwell's data, so nothing was saved\. Your entries are still on screen/;

/**
 * The browser's real storage quota, forced with Chromium's DevTools protocol (`Storage.overrideQuotaForOrigin`).
 *
 * On Debian's Chromium 156 the override is enforced for IndexedDB only when it is set before the origin first
 * opens its storage (then a 1-byte quota makes every write abort with the browser's own `QuotaExceededError`);
 * set later, it is ignored. So this journey starts on a workstation that is already full. A full disk met
 * half-way through a session is covered by a-full-disk-loses-nothing.spec.ts, which has to simulate it.
 */
class OriginQuota {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async of(page: Page, baseURL: string): Promise<OriginQuota> {
    return new OriginQuota(await page.context().newCDPSession(page), new URL(baseURL).origin);
  }

  /** No room at all. */
  async exhaust(): Promise<void> {
    await this.cdp.send('Storage.overrideQuotaForOrigin', { origin: this.origin, quotaSize: 1 });
  }

  /** The origin's normal quota again. */
  async restore(): Promise<void> {
    await this.cdp.send('Storage.overrideQuotaForOrigin', { origin: this.origin });
  }
}

test('an admin setting up on a full disk is told nothing was saved, keeps the form, and sets up once there is room', async ({
  page,
  baseURL,
  setup,
  shell,
  roster,
}) => {
  const quota = await OriginQuota.of(page, baseURL ?? '');
  await quota.exhaust();

  await setup.open();
  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: ADMIN.pin });
  await setup.submit();

  // Told in words, with everything typed still there, and nothing signed in.
  await expect(page.getByText(FULL_DISK)).toBeVisible();
  await expect(page.getByLabel('Organisation name')).toHaveValue(ADMIN.organisation);
  await expect(page.getByLabel('Your name')).toHaveValue(ADMIN.name);
  await expect(shell.greeting(ADMIN.name)).toHaveCount(0);
  await expectNoAxeViolations(page, 'set-up with a full disk');

  // With room again, the same form saves with one more click.
  await quota.restore();
  await setup.submit();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();

  // The failed attempt left nothing behind: after a restart there is one organisation with one admin.
  await page.reload();
  await expect(roster.heading()).toBeVisible();
  await expect(page.getByText(ADMIN.organisation)).toBeVisible();
  await expect(roster.person(ADMIN.name)).toHaveCount(1);
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
});
