import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** The supervisor's and admin's team dashboard, with its reports. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Team dashboard', level: 1 });
  readonly overview = () => this.page.getByRole('region', { name: 'Overview' });
  readonly participation = () => this.page.getByRole('region', { name: 'Check-in participation' });
  readonly trends = () => this.page.getByRole('region', { name: 'Stressor trends' });
  readonly peaks = () => this.page.getByRole('region', { name: 'Overload peaks' });
  readonly climate = () => this.page.getByRole('region', { name: 'Service climate' });
  readonly heatmap = () => this.page.getByRole('table', { name: /strain by weekday and shift/ });
  /** The 28 weekday × shift cells (row headers excluded). */
  readonly heatmapCells = () => this.heatmap().locator('tbody td');
  readonly printButton = () => this.page.getByRole('button', { name: 'Print or save as PDF' });

  /** Download the team figures CSV and return its text. */
  async downloadTeamFigures(): Promise<string> {
    return this.download('Download team figures (CSV)');
  }

  /** Download the training completion CSV and return its text. */
  async downloadTrainingCompletion(): Promise<string> {
    return this.download('Download training completion (CSV)');
  }

  private async download(button: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return readFile(await (await download).path(), 'utf8');
  }
}
