import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import type { Role } from '../shared/domain/roles';
import { navItemsFor } from '../renderer/src/app/navigation';
import { SCREENS } from '../renderer/src/app/navigation.store';
import { BRIDGE_GLOBAL } from '../shared/bridge-constants';
import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN } from './fixtures/app';
import { BackupPage } from './pages/backup-page';
import { isoDateFromNow, seedTeam, TEAM } from './fixtures/team';
import { ChangeSecretPage } from './pages/change-secret-page';
import { CheckInPage } from './pages/check-in-page';
import { CoachingPage } from './pages/coaching-page';
import { RecognitionPage } from './pages/recognition-page';
import { RosterPage } from './pages/roster-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';
import { TeamTrainingPage } from './pages/team-training-page';
import { TrainingPage } from './pages/training-page';

/**
 * Axe (WCAG 2.0 A/AA, 2.1 A/AA, 2.2 AA) on every screen and every dialog, for every role that sees them, with
 * realistic data. One workstation is set up once and walked through in order; every view checked is
 * recorded, and the last test compares that record with the lists below, so a screen added to the
 * navigation or a dialog added here but never reached fails the suite.
 */

const ROLES: readonly Role[] = ['admin', 'supervisor', 'employee'];

/** Every state outside the main navigation, and every dialog, that must be checked. */
const OTHER_VIEWS = [
  'setup',
  'setup with errors',
  'roster',
  'sign-in form',
  'sign-in with a wrong PIN',
  'change secret screen',
  'idle warning dialog',
  'lock screen',
  'check-in privacy notice',
  'check-in form',
  'check-in saved',
  'module player: lesson',
  'module player: question',
  'module player: question answered',
  'module player: scenario',
  'module player: scenario finished',
  'module player: reflection',
  'module result',
  'review session',
  'coaching note form with tone warning',
  'dialog: close follow-up',
  'dialog: log a one-to-one',
  'dialog: one-to-one records',
  'dialog: add a person',
  'dialog: edit a person',
  'dialog: reset sign-in',
  'dialog: archive a person',
  'dialog: restore a person',
  'dialog: rename a team',
  'dialog: erase my check-in data',
  'backups section after a backup was saved',
  'dialog: make a backup',
  'dialog: make a backup with problems',
  'dialog: restore from a backup',
  'dialog: restore, file chosen',
  'dialog: restore with a wrong passphrase',
  'dialog: restore preview',
  'first run: restore from a backup',
  'first run: restore preview',
  'automatic backups: off',
  'automatic backups: with problems',
  'automatic backups: on',
] as const;
type OtherView = (typeof OTHER_VIEWS)[number];

const appLocale = JSON.parse(
  readFileSync(new URL('../renderer/src/i18n/locales/en/app.json', import.meta.url), 'utf8'),
) as { app: { nav: Record<string, string> } };

/** The English navigation label for an i18n key such as `app.nav.home`. */
function navLabel(labelKey: string): string {
  const label = appLocale.app.nav[labelKey.replace('app.nav.', '')];
  if (!label) throw new Error(`No English label for ${labelKey}`);
  return label;
}

const checked = new Set<string>();

async function check(page: Page, view: string): Promise<void> {
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, view);
  checked.add(view);
}

async function checkView(page: Page, view: OtherView): Promise<void> {
  await check(page, view);
}

/** Open each screen the role's navigation offers, wait for it to settle, and run axe. */
async function checkEveryScreen(page: Page, role: Role): Promise<void> {
  for (const item of navItemsFor(role)) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: navLabel(item.labelKey), exact: true })
      .click();
    await expect(page.locator('main h1').first()).toBeVisible();
    await check(page, `${role}: ${item.screen}`);
  }
}

/** Open a dialog with `open`, check it, and close it with Escape. */
async function checkDialog(page: Page, view: OtherView, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  await expect(dialog).toBeVisible();
  await checkView(page, view);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

test.describe.configure({ mode: 'serial' });

let page: Page;
/** The module the supervisor assigns and the employee takes. */
let assignedModule = '';
/** A real backup of the walked workstation, made by the admin, restored from the first-run screen. */
let backupFile: Buffer | null = null;
const BACKUP_PASSPHRASE = 'lighthouse keeper 42';

test.beforeAll(async ({ browser }) => {
  // One context for the whole walk (axe needs a page from browser.newContext()).
  const context = await browser.newContext();
  page = await context.newPage();
  await page.clock.install();
});

test.afterAll(async () => {
  await page.context().close();
});

test('first run: setup, the roster and signing in', async () => {
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkView(page, 'setup');
  const setup = new SetupPage(page);
  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: '123456' });
  await setup.submit();
  await expect(page.getByText('That PIN is too easy to guess')).toBeVisible();
  await checkView(page, 'setup with errors');

  await seedTeam(page);
  const roster = new RosterPage(page);
  await expect(roster.heading()).toBeVisible();
  await checkView(page, 'roster');
  await roster.choose(TEAM.supervisor.name);
  await checkView(page, 'sign-in form');
  await roster.enterSecret('000000');
  await expect(roster.message()).toBeVisible();
  await checkView(page, 'sign-in with a wrong PIN');
  await roster.enterSecret(TEAM.supervisor.temporary);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkView(page, 'change secret screen');
  await new ChangeSecretPage(page).replace(TEAM.supervisor.temporary, TEAM.supervisor.pin);
  await expect(new ShellPage(page).greeting(TEAM.supervisor.name)).toBeVisible();
});

test('a supervisor with an assignment, a coaching note and a recognition', async () => {
  test.slow();
  const shell = new ShellPage(page);
  await shell.goTo('Team training');
  const teamTraining = new TeamTrainingPage(page);
  await expect(teamTraining.heading()).toBeVisible();
  const moduleTitle = await teamTraining.moduleTitleMatching(/stress|boundary/i);
  assignedModule = moduleTitle!;
  await teamTraining.assign(assignedModule, `Everyone in ${TEAM.name}`, isoDateFromNow(7));

  await shell.goTo('Coaching & 1:1s');
  const coaching = new CoachingPage(page);
  await coaching.behaviourField().fill('Always rude, a real attitude problem.');
  await expect(coaching.toneWarning()).toBeVisible();
  await checkView(page, 'coaching note form with tone warning');
  await coaching.writeNote(
    TEAM.employee.name,
    {
      situation: 'Refund call on Tuesday.',
      behaviour: 'The caller was put on hold twice without being told why.',
      impact: 'The caller asked for a manager.',
      nextStep: 'Say why before a hold.',
    },
    { followUpDate: isoDateFromNow(7) },
  );

  await shell.goTo('Recognition');
  await new RecognitionPage(page).recognise({
    recipient: TEAM.employee.name,
    values: ['Integrity'],
    message: 'You calmed a furious caller and fixed the refund the same day.',
  });

  await checkEveryScreen(page, 'supervisor');

  await shell.goTo('Coaching & 1:1s');
  await checkDialog(page, 'dialog: close follow-up', () =>
    page.getByRole('button', { name: `Close follow-up for ${TEAM.employee.name}` }).click(),
  );
  await checkDialog(page, 'dialog: log a one-to-one', () =>
    page.getByRole('button', { name: `Log a one-to-one with ${TEAM.employee.name}` }).click(),
  );
  await checkDialog(page, 'dialog: one-to-one records', () =>
    page.getByRole('button', { name: `Records of one-to-ones with ${TEAM.employee.name}` }).click(),
  );
  await shell.signOut();
});

test('an employee checks in, takes a module step by step, and reviews the next day', async () => {
  test.slow();
  const shell = new ShellPage(page);
  const roster = new RosterPage(page);
  await roster.signIn(TEAM.employee.name, TEAM.employee.temporary);
  await new ChangeSecretPage(page).replace(TEAM.employee.temporary, TEAM.employee.pin);
  await expect(shell.greeting(TEAM.employee.name)).toBeVisible();

  await shell.goTo('Check in');
  await expect(page.getByRole('button', { name: 'I understand — start my check-in' })).toBeVisible();
  await checkView(page, 'check-in privacy notice');
  await page.getByRole('button', { name: 'I understand — start my check-in' }).click();
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  await checkView(page, 'check-in form');
  await new CheckInPage(page).checkIn(4, { note: 'A long queue all afternoon.', tag: 'Peak period' });
  await checkView(page, 'check-in saved');

  await shell.goTo('Training');
  const training = new TrainingPage(page);
  await training.open(assignedModule, 'Start');
  // Walk every step, checking each kind of step before and after it is answered.
  for (;;) {
    const body = page.locator('.player__body');
    const kind = (
      (await body
        .locator('.question__kind')
        .first()
        .textContent({ timeout: 500 })
        .catch(() => null)) ?? 'Lesson'
    ).trim();
    if (kind === 'Lesson' && !checked.has('module player: lesson'))
      await checkView(page, 'module player: lesson');
    if (kind.startsWith('Question') && !checked.has('module player: question'))
      await checkView(page, 'module player: question');
    if (kind === 'Scenario' && !checked.has('module player: scenario'))
      await checkView(page, 'module player: scenario');
    if (kind === 'Reflection' && !checked.has('module player: reflection'))
      await checkView(page, 'module player: reflection');
    await training.answerCurrentStep();
    if (kind.startsWith('Question') && !checked.has('module player: question answered'))
      await checkView(page, 'module player: question answered');
    if (kind === 'Scenario' && !checked.has('module player: scenario finished'))
      await checkView(page, 'module player: scenario finished');
    const [current, total] = await training.stepPosition();
    await training.nextButton().click();
    if (current === total) break;
    await expect(training.stepCounter()).toHaveText(new RegExp(`^Step ${String(current + 1)} of`));
  }
  await expect(page.getByRole('heading', { name: /^(Module passed|Not passed yet)$/ })).toBeVisible();
  await checkView(page, 'module result');
  await page.getByRole('button', { name: 'Back to training' }).click();

  await checkEveryScreen(page, 'employee');
  await shell.goTo('Settings');
  await checkDialog(page, 'dialog: erase my check-in data', () =>
    page.getByRole('button', { name: 'Erase my check-in data…' }).click(),
  );

  // Idle: first the warning, then the lock screen.
  await page.clock.fastForward('04:41');
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await checkView(page, 'idle warning dialog');
  await page.clock.fastForward('24:00:00');
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
  await checkView(page, 'lock screen');

  // The next day, the missed questions come back.
  await page.getByLabel('PIN', { exact: true }).fill(TEAM.employee.pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await shell.goTo('Home');
  await shell.goTo('Training');
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
  await checkView(page, 'review session');
  await page.getByRole('button', { name: 'Stop review' }).click();
  await shell.signOut();
});

test('an admin with people, teams and a workstation to manage', async () => {
  test.slow();
  const shell = new ShellPage(page);
  await new RosterPage(page).signIn(ADMIN.name, ADMIN.pin);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
  await checkEveryScreen(page, 'admin');

  await shell.goTo('People & teams');
  await checkDialog(page, 'dialog: add a person', () =>
    page.getByRole('button', { name: 'Add person' }).click(),
  );
  await checkDialog(page, 'dialog: edit a person', () =>
    page.getByRole('button', { name: `Edit ${TEAM.employee.name}` }).click(),
  );
  await checkDialog(page, 'dialog: reset sign-in', () =>
    page.getByRole('button', { name: `Reset sign-in for ${TEAM.employee.name}` }).click(),
  );
  await checkDialog(page, 'dialog: archive a person', () =>
    page.getByRole('button', { name: `Archive ${TEAM.employee.name}` }).click(),
  );
  // Archive for real, to reach the restore dialog.
  await page.getByRole('button', { name: `Archive ${TEAM.employee.name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await checkDialog(page, 'dialog: restore a person', () =>
    page.getByRole('button', { name: `Restore ${TEAM.employee.name}` }).click(),
  );
  await checkDialog(page, 'dialog: rename a team', () =>
    page.getByRole('button', { name: `Rename ${TEAM.name}` }).click(),
  );

  // Settings → Backups: make a backup (first with problems), then walk a restore up to its preview.
  await shell.goTo('Settings');
  const backup = new BackupPage(page);
  await checkDialog(page, 'dialog: make a backup', () => backup.openCreate());
  await backup.openCreate();
  await backup.createDialog().getByLabel('Backup passphrase', { exact: true }).fill('short');
  await backup.createDialog().getByLabel('Type the backup passphrase again').fill('shorter');
  await backup.createDialog().getByRole('button', { name: 'Make and save the backup' }).click();
  await expect(backup.createDialog().getByLabel('Backup passphrase', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await checkView(page, 'dialog: make a backup with problems');
  await backup.createDialog().getByRole('button', { name: 'Cancel' }).click();
  await backup.openCreate();
  backupFile = await backup.makeBackup(BACKUP_PASSPHRASE);
  await expect(page.getByText(/Backup saved as shiftwell-backup-.*\.swbackup/)).toBeVisible();
  await checkView(page, 'backups section after a backup was saved');

  await checkDialog(page, 'dialog: restore from a backup', () => backup.openRestore());
  await backup.openRestore();
  await backup.chooseFile(backupFile);
  await checkView(page, 'dialog: restore, file chosen');
  await backup.checkBackup(backupFile, 'not the passphrase at all');
  await expect(backup.restoreDialog().getByText(/That passphrase does not open this backup/)).toBeVisible();
  await checkView(page, 'dialog: restore with a wrong passphrase');
  await backup.checkBackup(backupFile, BACKUP_PASSPHRASE);
  await expect(backup.preview()).toBeVisible();
  await checkView(page, 'dialog: restore preview');
  // Nothing is restored: the preview is left with Escape, and the data stays as it is.
  await page.keyboard.press('Escape');
  await expect(backup.restoreDialog()).toHaveCount(0);
  await shell.lock();
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
});

test('a new workstation restores the backup from its first-run screen', async ({ browser }) => {
  test.slow();
  if (!backupFile) throw new Error('The admin walk makes the backup this test restores');
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await new SetupPage(fresh).open();
  const backup = new BackupPage(fresh);
  await backup.openRestore('Restore from a backup');
  await checkView(fresh, 'first run: restore from a backup');
  await backup.checkBackup(backupFile, BACKUP_PASSPHRASE);
  await expect(backup.preview()).toBeVisible();
  await checkView(fresh, 'first run: restore preview');
  await context.close();
});

test('automatic backups in the desktop app: off, refused, then on', async ({ browser }) => {
  test.slow();
  // The controls appear only where the host can write into its data folder (the Electron bridge). The
  // browser build is served here, so the page gets a stand-in bridge that saves nothing; the controls,
  // their states and their messages are the app's own.
  const context = await browser.newContext();
  await context.addInitScript((name) => {
    const written: string[] = [];
    Object.defineProperty(globalThis, name, {
      value: {
        getAppInfo: () => Promise.resolve({ version: 'e2e', shell: 'electron', os: 'linux' }),
        saveFile: () => Promise.resolve({ status: 'cancelled' }),
        openFile: () => Promise.resolve({ status: 'cancelled' }),
        printToPdf: () => Promise.resolve({ status: 'cancelled' }),
        writeRollingBackup: ({ day }: { day: string }) => {
          written.push(day);
          return Promise.resolve({
            status: 'saved',
            fileName: `shiftwell-${day}.swbackup`,
            kept: written.length,
          });
        },
      },
    });
  }, BRIDGE_GLOBAL);
  const desktop = await context.newPage();
  const setup = new SetupPage(desktop);
  await setup.open();
  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: ADMIN.pin });
  await setup.submit();
  const shell = new ShellPage(desktop);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
  await shell.goTo('Settings');
  const turnOn = desktop.getByRole('button', { name: 'Turn on automatic backups' });
  await expect(turnOn).toBeVisible();
  await checkView(desktop, 'automatic backups: off');
  await desktop.getByLabel('Passphrase for automatic backups', { exact: true }).fill('lighthouse keeper 42');
  await desktop.getByLabel('Type the passphrase for automatic backups again').fill('lighthouse keeper 24');
  await turnOn.click();
  await expect(desktop.getByText('The two passphrases are not the same.')).toBeVisible();
  await checkView(desktop, 'automatic backups: with problems');
  await desktop.getByLabel('Type the passphrase for automatic backups again').fill('lighthouse keeper 42');
  await turnOn.click();
  await expect(desktop.getByText('Automatic backups are on.')).toBeVisible();
  await expect(desktop.getByRole('button', { name: 'Turn off automatic backups' })).toBeVisible();
  await checkView(desktop, 'automatic backups: on');
  await context.close();
});

test('every screen in the navigation and every listed view was checked', () => {
  // Every screen id is offered to at least one role, so walking each role's navigation reaches all of them.
  const offered = new Set(ROLES.flatMap((role) => navItemsFor(role).map((item) => item.screen)));
  expect([...offered].sort()).toEqual([...SCREENS].sort());
  const expected = [
    ...ROLES.flatMap((role) => navItemsFor(role).map((item) => `${role}: ${item.screen}`)),
    ...OTHER_VIEWS,
  ];
  expect([...checked].sort()).toEqual([...expected].sort());
});
