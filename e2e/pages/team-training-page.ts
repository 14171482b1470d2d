import { expect, type Page } from '@playwright/test';

/** The supervisor's and admin's team training screen. */
export class TeamTrainingPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Team training', level: 1 });

  /**
   * The title of the first module on offer whose title matches `pattern`, once the list has loaded (the
   * modules arrive after the screen does). Undefined when none matches.
   */
  async moduleTitleMatching(pattern: RegExp): Promise<string | undefined> {
    const options = this.page.getByLabel('Module', { exact: true }).locator('option');
    await options.filter({ hasText: pattern }).first().waitFor({ state: 'attached' });
    return (await options.allTextContents()).find((title) => pattern.test(title));
  }

  async assign(moduleTitle: string, target: string, dueDate: string): Promise<void> {
    await this.page.getByLabel('Module', { exact: true }).selectOption({ label: moduleTitle });
    await this.page.getByLabel('Assign to').selectOption({ label: target });
    await this.page.getByLabel('Due date').fill(dueDate);
    await this.page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(this.page.getByText(`“${moduleTitle}” was assigned.`)).toBeVisible();
  }

  assignment(moduleTitle: string) {
    return this.page.getByRole('article', { name: moduleTitle });
  }

  /** Unfold who an assignment covers, and return `person`'s row in it. */
  async memberRow(moduleTitle: string, person: string) {
    const card = this.assignment(moduleTitle);
    const members = card.locator('details');
    if ((await members.getAttribute('open')) === null) await members.locator('summary').click();
    return card.getByRole('row', { name: new RegExp(person) });
  }
}
