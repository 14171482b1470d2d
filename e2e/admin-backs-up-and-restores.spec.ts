import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { BackupPage } from './pages/backup-page';
import { PeoplePage } from './pages/people-page';
import { RosterPage } from './pages/roster-page';
import { SetupPage } from './pages/setup-page';

const PASSPHRASE = 'lighthouse keeper 42';

test('an admin backs up, changes something, is refused with the wrong passphrase, then restores', async ({
  page,
  browser,
  setUpOrganisation,
  shell,
}) => {
  test.slow();
  await setUpOrganisation();
  const people = new PeoplePage(page);
  const backup = new BackupPage(page);
  const teams = () => page.getByRole('list', { name: /teams/i });

  await shell.goTo('People & teams');
  await people.addTeam('Billing queries');

  // The backup: a passphrase typed twice, then the encrypted file is saved (downloaded in the browser).
  await shell.goTo('Settings');
  await expect(page.getByText('Automatic backups need the Shiftwell desktop app.')).toBeVisible();
  await backup.openCreate();
  await expectNoAxeViolations(page, 'make a backup dialog');
  const file = await backup.makeBackup(PASSPHRASE);
  await expect(page.getByText(/Backup saved as shiftwell-backup-.*\.swbackup/)).toBeVisible();

  // Something changes after the backup.
  await shell.goTo('People & teams');
  await people.addTeam('Returns desk');

  // A wrong passphrase is refused with a clear message, and nothing changes.
  await shell.goTo('Settings');
  await backup.openRestore();
  await expectNoAxeViolations(page, 'restore dialog');
  await backup.checkBackup(file, 'not the passphrase at all');
  await expect(backup.restoreDialog().getByText('That passphrase does not open this backup.')).toBeVisible();
  await expect(backup.preview()).toHaveCount(0);
  await expectNoAxeViolations(page, 'restore dialog with a wrong passphrase');
  await backup.restoreDialog().getByRole('button', { name: 'Cancel' }).click();
  await shell.goTo('People & teams');
  await expect(teams().getByText('Returns desk', { exact: true })).toBeVisible();

  // The right passphrase shows what will change before anything is replaced.
  await shell.goTo('Settings');
  await backup.openRestore();
  await backup.checkBackup(file, PASSPHRASE);
  await expect(backup.restoreDialog().getByText(`by ${ADMIN.name}.`)).toBeVisible();
  await expect(backup.previewRow('Teams')).toHaveText(/^Teams\s*0\s*0\s*1\s*1$/);
  await expect(backup.previewRow('People')).toHaveText(/^People\s*0\s*0\s*0\s*1$/);
  await expectNoAxeViolations(page, 'restore preview');
  await backup.confirmRestore();

  // Everyone is signed out; the data is the backup's again.
  const roster = new RosterPage(page);
  await expect(roster.heading()).toBeVisible();
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('People & teams');
  await expect(teams().getByText('Billing queries', { exact: true })).toBeVisible();
  await expect(teams().getByText('Returns desk', { exact: true })).toHaveCount(0);

  // The same file sets up a brand-new workstation from its first-run screen.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await new SetupPage(fresh).open();
  const freshBackup = new BackupPage(fresh);
  await freshBackup.openRestore('Restore from a backup');
  await freshBackup.checkBackup(file, PASSPHRASE);
  await expect(freshBackup.previewRow('Teams')).toHaveText(/^Teams\s*1\s*0\s*0\s*1$/);
  await freshBackup.confirmRestore();
  await expect(new RosterPage(fresh).person(ADMIN.name)).toBeVisible();
  await context.close();
});
