import { expect, type Page } from '@playwright/test';

/** The check-in screen. */
export class CheckInPage {
  constructor(private readonly page: Page) {}

  /** Accept the privacy notice if it is showing (first check-in only). */
  async acceptPrivacyNoticeIfShown(): Promise<void> {
    const accept = this.page.getByRole('button', { name: 'I understand — start my check-in' });
    const save = this.page.getByRole('button', { name: 'Save check-in' });
    await expect(accept.or(save)).toBeVisible();
    if (await accept.isVisible()) await accept.click();
    await expect(save).toBeVisible();
  }

  /** Answer all six scales with `rating` (1–5), optionally tag and add a private note, and save. */
  async checkIn(rating: 1 | 2 | 3 | 4 | 5, options: { note?: string; tag?: string } = {}): Promise<void> {
    await this.acceptPrivacyNoticeIfShown();
    const scales = this.page.locator('fieldset.scale');
    await expect(scales).toHaveCount(6);
    for (let index = 0; index < 6; index += 1) {
      await scales
        .nth(index)
        .getByRole('radio', { name: new RegExp(`^${String(rating)} — `) })
        .check();
    }
    if (options.tag) await this.page.getByLabel(options.tag).check();
    if (options.note) await this.page.getByLabel('Private note (optional)').fill(options.note);
    await this.page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(this.page.getByText(/^Check-in saved at .+\. Thank you\.$/)).toBeVisible();
  }
}
