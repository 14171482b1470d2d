import type { Page } from '@playwright/test';

/** The forced "choose your own PIN" screen after a temporary one. */
export class ChangeSecretPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Choose your own PIN or passphrase' });

  async replace(temporary: string, next: string): Promise<void> {
    await this.heading().waitFor();
    await this.page.getByLabel('Temporary PIN or passphrase').fill(temporary);
    await this.page.getByLabel('New PIN', { exact: true }).fill(next);
    await this.page.getByLabel('Type the PIN again').fill(next);
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }
}
