import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';

test('a first-time admin sets up the organisation and lands on their home screen', async ({
  page,
  setup,
  shell,
}) => {
  await setup.open();
  await expectNoAxeViolations(page, 'setup');

  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: '123456' });
  await setup.submit();
  await expect(page.getByText('That PIN is too easy to guess')).toBeVisible();
  await expectNoAxeViolations(page, 'setup with errors');

  await setup.fill({
    organisation: ADMIN.organisation,
    adminName: ADMIN.name,
    pin: ADMIN.pin,
    confirmPin: '480918',
  });
  await setup.submit();
  await expect(page.getByText('The two entries do not match.')).toBeVisible();

  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: ADMIN.pin });
  await setup.submit();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
  await expect(page.getByText(ADMIN.organisation)).toBeVisible();
  await expectNoAxeViolations(page, 'admin home');
});

test('setup is not offered again once the organisation exists', async ({
  page,
  setUpOrganisation,
  shell,
  roster,
}) => {
  await setUpOrganisation();
  await shell.signOut();
  await page.reload();
  await expect(roster.heading()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set up Shiftwell on this workstation' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'roster');
});
