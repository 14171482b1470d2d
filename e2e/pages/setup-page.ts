import type { Page } from '@playwright/test';

/** The first-run setup form. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Set up Shiftwell on this workstation' });

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.heading().waitFor();
  }

  async fill(input: {
    organisation: string;
    adminName: string;
    pin: string;
    confirmPin?: string;
  }): Promise<void> {
    await this.page.getByLabel('Organisation name').fill(input.organisation);
    await this.page.getByLabel('Your name').fill(input.adminName);
    await this.page.getByLabel('PIN', { exact: true }).fill(input.pin);
    await this.page.getByLabel('Type the PIN again').fill(input.confirmPin ?? input.pin);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create organisation' }).click();
  }
}
