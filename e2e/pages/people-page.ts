import { expect, type Page } from '@playwright/test';

/** The admin's people & teams screen. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'People & teams', level: 1 });
  readonly peopleTable = () => this.page.getByRole('table', { name: /people/i });

  async addTeam(name: string): Promise<void> {
    await this.page.getByLabel('Team name').fill(name);
    await this.page.getByRole('button', { name: 'Add team' }).click();
    await expect(
      this.page.getByRole('list', { name: /teams/i }).getByText(name, { exact: true }),
    ).toBeVisible();
  }

  async openAddPerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByRole('dialog', { name: 'Add a person' }).waitFor();
  }

  async addPerson(input: {
    name: string;
    role: 'Employee' | 'Supervisor' | 'Admin';
    team: string;
    pin: string;
  }): Promise<void> {
    await this.openAddPerson();
    const dialog = this.page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill(input.name);
    await dialog.getByLabel('Role').selectOption({ label: input.role });
    await dialog.getByLabel('Team').selectOption({ label: input.team });
    await dialog.getByLabel('Temporary PIN', { exact: true }).fill(input.pin);
    await dialog.getByLabel('Type the PIN again').fill(input.pin);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.peopleTable().getByRole('row', { name: new RegExp(input.name) })).toBeVisible();
  }
}
