import { ADMIN, expect, test } from './fixtures/app';
import { TrainingPage } from './pages/training-page';

test('a learner who quits half-way resumes on the exact step after signing back in', async ({
  page,
  setUpOrganisation,
  shell,
  roster,
}) => {
  await setUpOrganisation();
  await shell.goTo('Training');
  const training = new TrainingPage(page);
  const firstTitle =
    (await page.getByRole('list', { name: 'All modules' }).getByRole('heading').first().textContent()) ?? '';
  await training.open(firstTitle, 'Start');
  for (let step = 1; step <= 3; step += 1) {
    await training.answerCurrentStep();
    await training.nextButton().click();
    await expect(training.stepCounter()).toHaveText(new RegExp(`^Step ${String(step + 1)} of`));
  }
  const [, total] = await training.stepPosition();

  // The app is closed mid-module (a reload drops everything in memory) and the person signs in again.
  await page.reload();
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('Training');
  await expect(training.moduleCard(firstTitle).first()).toContainText(
    `In progress: step 4 of ${String(total)}`,
  );
  await training.open(firstTitle, 'Resume');
  expect(await training.stepPosition()).toEqual([4, total]);
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(training.stepCounter()).toHaveText(`Step 3 of ${String(total)}`);
});
