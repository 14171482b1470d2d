import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';

test('repeated wrong PINs make the person wait, and the wait survives a reload', async ({
  page,
  setUpOrganisation,
  shell,
  roster,
}) => {
  test.slow();
  await setUpOrganisation();
  await shell.signOut();
  const signInButton = page.getByRole('button', { name: 'Sign in' });

  await roster.choose(ADMIN.name);
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await roster.enterSecret('111222');
    await expect(page.getByText("That didn't match. Please try again.")).toBeVisible();
    await expect(signInButton).toBeDisabled(); // nothing typed yet
  }
  // From the fourth failure on, each wait doubles: 1 s, 2 s, 4 s, 8 s.
  for (let attempt = 4; attempt <= 7; attempt += 1) {
    await page.getByLabel('PIN', { exact: true }).fill('111222');
    await expect(signInButton).toBeEnabled({ timeout: 10_000 });
    await signInButton.click();
    await expect(page.getByText(/You can try again in \d+ seconds?/)).toBeVisible();
  }
  await expect(page.getByLabel('PIN', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in backoff');

  // Reloading does not reset the counter: even the right PIN is refused until the wait is over.
  await page.reload();
  await roster.choose(ADMIN.name);
  await roster.enterSecret(ADMIN.pin);
  await expect(page.getByText(/Too many attempts\. You can try again in \d+ seconds?/)).toBeVisible();
  await expect(shell.greeting(ADMIN.name)).toHaveCount(0);

  await page.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await expect(signInButton).toBeEnabled({ timeout: 12_000 });
  await signInButton.click();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
});
