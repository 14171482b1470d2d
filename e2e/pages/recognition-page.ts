import { expect, type Page } from '@playwright/test';

/** The recognition screen: the give form, received history, team wall and quiet list. */
export class RecognitionPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Recognition', level: 1 });
  readonly recipient = () => this.page.getByLabel('Who are you recognising?');
  readonly message = () => this.page.getByLabel('What did they do?');
  readonly value = (label: string) => this.page.getByRole('checkbox', { name: label, exact: true });
  readonly keepPrivate = () => this.page.getByRole('checkbox', { name: 'Keep this private' });
  readonly received = () => this.page.getByRole('list', { name: 'Recognition you’ve received' });
  readonly wall = () => this.page.getByRole('list', { name: 'Team wall' });
  readonly wallSection = () => this.page.getByRole('region', { name: 'Team wall' });
  readonly quietList = () => this.page.getByRole('region', { name: /^Not recognised in \d+ weeks?$/ });

  /** The names offered in the recipient list (without the "Choose a person" prompt). */
  async recipientNames(): Promise<string[]> {
    await this.recipient().waitFor();
    const options = await this.recipient().locator('option').allTextContents();
    return options.filter((option) => option !== 'Choose a person');
  }

  /** Recognise someone through the form and wait for the confirmation. */
  async recognise(input: {
    recipient: string;
    values: readonly string[];
    message: string;
    isPrivate?: boolean;
  }): Promise<void> {
    await this.recipient().selectOption({ label: input.recipient });
    for (const value of input.values) await this.value(value).check();
    await this.message().fill(input.message);
    if (input.isPrivate === true) await this.keepPrivate().check();
    await this.page.getByRole('button', { name: 'Send recognition' }).click();
    const confirmation =
      input.isPrivate === true
        ? `Recognition sent privately to ${input.recipient}.`
        : `Recognition sent to ${input.recipient}.`;
    await expect(this.page.getByRole('status').filter({ hasText: confirmation })).toBeVisible();
  }
}
