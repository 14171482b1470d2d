import type { Page } from '@playwright/test';

/** The sign-in roster and the PIN prompt that follows a name. */
export class RosterPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Who is signing in?' });
  readonly person = (name: string) => this.page.getByRole('button', { name: new RegExp(`^${name}`) });
  readonly message = () => this.page.getByRole('alert').or(this.page.getByRole('status'));

  async choose(name: string): Promise<void> {
    await this.person(name).click();
    await this.page.getByRole('heading', { name: `Sign in as ${name}` }).waitFor();
  }

  async enterSecret(secret: string, label = 'PIN'): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(secret);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async signIn(name: string, secret: string): Promise<void> {
    await this.heading().waitFor();
    await this.choose(name);
    await this.enterSecret(secret);
  }
}
