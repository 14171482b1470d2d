import { expect, type Page } from '@playwright/test';

/** Settings → Backups, and the backup and restore dialogs (also opened from the first-run screen). */
export class BackupPage {
  constructor(private readonly page: Page) {}

  readonly createDialog = () => this.page.getByRole('dialog', { name: 'Make a backup' });
  readonly restoreDialog = () => this.page.getByRole('dialog', { name: 'Restore from a backup' });
  readonly preview = () => this.restoreDialog().getByRole('table', { name: /compared with now/ });

  async openCreate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Make a backup…' }).click();
    await this.createDialog().waitFor();
  }

  /** Make a backup with `passphrase` and return the downloaded file's bytes. */
  async makeBackup(passphrase: string): Promise<Buffer> {
    const dialog = this.createDialog();
    await dialog.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Type the backup passphrase again').fill(passphrase);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Make and save the backup' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^shiftwell-backup-.*\.swbackup$/);
    const stream = await saved.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    await expect(dialog).toHaveCount(0);
    return Buffer.concat(chunks);
  }

  async openRestore(button = 'Restore from a backup…'): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.restoreDialog().waitFor();
  }

  /** Choose the backup file in the restore dialog, which then asks for its passphrase. */
  async chooseFile(file: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.restoreDialog().getByRole('button', { name: 'Choose a backup file…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'harbour.swbackup', mimeType: 'application/octet-stream', buffer: file });
    await this.restoreDialog().getByLabel('Backup passphrase').waitFor();
  }

  /** Choose the backup file and type a passphrase; the dialog then shows a preview or a problem. */
  async checkBackup(file: Buffer, passphrase: string): Promise<void> {
    const dialog = this.restoreDialog();
    await this.chooseFile(file);
    await dialog.getByLabel('Backup passphrase').fill(passphrase);
    await dialog.getByRole('button', { name: 'Check the backup' }).click();
  }

  /** The preview's row for an area, e.g. "Teams". */
  readonly previewRow = (area: string) => this.preview().getByRole('row', { name: new RegExp(`^${area}`) });

  async confirmRestore(): Promise<void> {
    await this.restoreDialog().getByRole('button', { name: 'Replace all data with this backup' }).click();
  }
}
