import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';

/** The few DOM members this check uses (e2e code is type-checked without the DOM library). */
interface MotionPageGlobals {
  readonly document: {
    querySelectorAll(selector: string): Iterable<{ readonly className: unknown; readonly tagName: string }>;
  };
  getComputedStyle(element: unknown): {
    readonly transitionDuration: string;
    readonly transitionProperty: string;
    readonly animationDuration: string;
    readonly animationName: string;
  };
}

/** The longest transition or animation on any element on screen, in milliseconds, and where it is. */
function longestMotion(page: Page): Promise<{ readonly ms: number; readonly where: string }> {
  return page.evaluate(() => {
    const window = globalThis as unknown as MotionPageGlobals;
    const toMs = (durations: string) =>
      Math.max(
        ...durations
          .split(',')
          .map((part) => part.trim())
          .map((part) => (part.endsWith('ms') ? parseFloat(part) : parseFloat(part) * 1000)),
      );
    let longest = { ms: 0, where: 'nothing moves' };
    for (const element of window.document.querySelectorAll('*')) {
      const style = window.getComputedStyle(element);
      const transition = style.transitionProperty === 'none' ? 0 : toMs(style.transitionDuration);
      const animation = style.animationName === 'none' ? 0 : toMs(style.animationDuration);
      const ms = Math.max(transition, animation);
      if (ms > longest.ms) {
        const name = typeof element.className === 'string' ? element.className : '';
        longest = { ms, where: `${element.tagName.toLowerCase()}.${name}` };
      }
    }
    return longest;
  });
}

test('with reduced motion asked for, nothing on screen animates; without it the progress bar still glides', async ({
  page,
  setUpOrganisation,
  shell,
}) => {
  await setUpOrganisation();
  await shell.goTo('Training');
  await page
    .getByRole('button', { name: /^Start: / })
    .first()
    .click();
  await expect(page.getByText(/^Step 1 of \d+/)).toBeVisible();
  const progressFill = page.locator('.progress__fill').first();
  await expect(progressFill).toBeVisible();

  // By default the progress bar eases to its new width.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const motion = await longestMotion(page);
  expect(motion.ms).toBe(200);
  expect(motion.where).toContain('progress__fill');

  // Reduced motion: the module player, a dialog and a notice all stand still.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await longestMotion(page)).ms).toBeLessThanOrEqual(0.01);
  await shell.goTo('People & teams');
  await page.getByLabel('Team name').fill('Billing queries');
  await page.getByRole('button', { name: 'Add team' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Billing queries' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a person' })).toBeVisible();
  expect((await longestMotion(page)).ms).toBeLessThanOrEqual(0.01);
});
