import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';

test('the screen warns, then locks after five idle minutes and hides what was on it', async ({
  page,
  setUpOrganisation,
  shell,
}) => {
  await page.clock.install();
  await setUpOrganisation();

  await page.clock.fastForward('04:41');
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/locks in \d+ seconds/);
  await expectNoAxeViolations(page, 'idle warning');
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toHaveCount(0);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();

  await page.clock.fastForward('05:01');
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
  await expect(page.getByText(`Locked by ${ADMIN.name}.`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Hello,');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoAxeViolations(page, 'lock screen');

  await page.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
});

test('locking by hand needs the PIN to get back, and someone else can sign in instead', async ({
  page,
  setUpOrganisation,
  shell,
  roster,
}) => {
  await setUpOrganisation();
  await shell.lock();
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('999888');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText("That didn't match. Please try again.")).toBeVisible();
  await page.getByRole('button', { name: `Not ${ADMIN.name}? Switch user` }).click();
  await expect(roster.heading()).toBeVisible();
});
