import type { Page } from '@playwright/test';

/** The signed-in frame: header actions and navigation. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  readonly greeting = (name: string) => this.page.getByRole('heading', { name: `Hello, ${name}` });
  readonly navigation = () => this.page.getByRole('navigation', { name: 'Main' });

  async goTo(
    label:
      | 'Home'
      | 'Check in'
      | 'My wellbeing'
      | 'Training'
      | 'Team dashboard'
      | 'Recognition'
      | 'Coaching & 1:1s'
      | 'Team training'
      | 'People & teams'
      | 'My team'
      | 'Settings',
  ): Promise<void> {
    await this.navigation().getByRole('button', { name: label, exact: true }).click();
  }

  async switchUser(): Promise<void> {
    await this.page.getByRole('button', { name: 'Switch user' }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock screen' }).click();
  }
}
