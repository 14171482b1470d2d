import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { isoDateFromNow, seedTeam, signInFirstTime, TEAM } from './fixtures/team';
import { CoachingPage } from './pages/coaching-page';
import { TrainingPage } from './pages/training-page';

const NOTE = {
  situation: 'Refund call on Tuesday at 10:40.',
  behaviour: 'The caller was put on hold twice without being told why or for how long.',
  impact: 'The caller thought they had been forgotten and asked for a manager.',
  nextStep: 'Before a hold, say why and roughly how long; check back within a minute.',
} as const;

test('a supervisor coaches with a linked module, the employee acknowledges and replies, the supervisor closes the follow-up and keeps one-to-ones on schedule', async ({
  page,
  shell,
  roster,
}) => {
  test.slow();
  await seedTeam(page);
  const coaching = new CoachingPage(page);

  // The supervisor writes a coaching note with a linked module; judging words raise a gentle warning.
  await signInFirstTime(page, TEAM.supervisor);
  await shell.goTo('Coaching & 1:1s');
  await expect(coaching.heading()).toBeVisible();
  await expect(coaching.noteForm().getByText('Describe the behaviour, not the person')).toBeVisible();
  await expectNoAxeViolations(page, 'coaching (supervisor, empty)');

  await coaching.behaviourField().fill('Always rude to callers, a real attitude problem.');
  await expect(coaching.toneWarning()).toContainText('“always”, “rude”, “attitude”');
  await expect(coaching.behaviourField()).toHaveAccessibleDescription(/judgements of the person/);
  await expectNoAxeViolations(page, 'coaching note form with tone warning');
  await coaching.behaviourField().fill(NOTE.behaviour);
  await expect(coaching.toneWarning()).toBeHidden();

  const moduleTitle = (await coaching.linkableModules())[0];
  expect(moduleTitle, 'a module to link').toBeTruthy();
  await coaching.writeNote(TEAM.employee.name, NOTE, {
    moduleTitle: moduleTitle!,
    followUpDate: isoDateFromNow(7),
  });
  await expect(coaching.noteForm().getByText(`“${moduleTitle!}” is now assigned to them`)).toBeVisible();
  const followUp = coaching.followUp(TEAM.employee.name);
  await expect(followUp).toContainText(NOTE.behaviour);
  await expect(followUp).toContainText('Not acknowledged yet.');
  await expect(followUp.locator(`time[datetime="${isoDateFromNow(7)}"]`)).toBeVisible();

  // Nobody has had a one-to-one yet, so the employee is due now; the matrix has their row.
  const beaSchedule = coaching.scheduleRow(TEAM.employee.name);
  await expect(beaSchedule).toContainText('Not yet');
  await expect(beaSchedule.getByText('Due', { exact: true })).toBeVisible();
  await expect(await coaching.matrixCell(TEAM.employee.name, moduleTitle!)).toHaveText(/Not started/);
  await expectNoAxeViolations(page, 'coaching (supervisor, with a note)');
  await shell.signOut();

  // The employee sees the note, finds the module in their Training to-do list, and acknowledges with a reply.
  await signInFirstTime(page, TEAM.employee);
  await shell.goTo('Coaching & 1:1s');
  const note = coaching.myNote(TEAM.supervisor.name);
  await expect(note).toContainText(NOTE.situation);
  await expect(note).toContainText(NOTE.behaviour);
  await expect(note).toContainText(NOTE.impact);
  await expect(note).toContainText(NOTE.nextStep);
  await expect(note).toContainText(moduleTitle!);
  await expect(note.locator(`time[datetime="${isoDateFromNow(7)}"]`)).toBeVisible();
  await expect(coaching.myOneOnOnes()).toContainText('No one-to-ones recorded yet.');
  await expect(page.getByRole('heading', { name: 'Write a coaching note' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'coaching (employee)');

  await shell.goTo('Training');
  await expect(new TrainingPage(page).heading()).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'To do' }).getByRole('article', { name: moduleTitle }),
  ).toContainText('Due');

  await shell.goTo('Coaching & 1:1s');
  const reply = 'Thanks — I will explain every hold before placing it.';
  await coaching.acknowledge(TEAM.supervisor.name, reply);
  await expect(note).toContainText(reply);
  await expectNoAxeViolations(page, 'coaching (employee, acknowledged)');
  await shell.signOut();

  // The supervisor sees the reply and closes the follow-up with a note.
  await roster.signIn(TEAM.supervisor.name, TEAM.supervisor.pin);
  await shell.goTo('Coaching & 1:1s');
  await expect(followUp).toContainText(/Acknowledged on/);
  await expect(followUp.getByRole('figure', { name: `Reply from ${TEAM.employee.name}` })).toContainText(
    reply,
  );
  await followUp.getByRole('button', { name: `Close follow-up for ${TEAM.employee.name}` }).click();
  await expect(coaching.dialog()).toBeVisible();
  await expectNoAxeViolations(page, 'close follow-up dialog');
  await coaching.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(coaching.dialog()).toBeHidden();
  await coaching.closeFollowUp(TEAM.employee.name, 'Holds explained on every call I listened to since.');
  await expect(coaching.followUps()).toContainText('No open follow-ups.');

  // A one-to-one every two weeks, held today: the schedule shows when the next is due.
  await coaching.setCadence(TEAM.employee.name, 'Every 2 weeks');
  const dialog = await coaching.openLogDialog(TEAM.employee.name);
  await expect(dialog.getByLabel('Date')).toHaveValue(isoDateFromNow(0));
  await expectNoAxeViolations(page, 'log a one-to-one dialog');
  await coaching.saveOneOnOne(TEAM.employee.name, {
    wentWell: 'Calm and clear on two escalations.',
    toImprove: 'Wrap-up notes are often left for later.',
    agreedActions: 'Write wrap-up notes before the next call for a week.',
  });
  await expect(beaSchedule.locator(`time[datetime="${isoDateFromNow(0)}"]`)).toBeVisible();
  await expect(beaSchedule.locator(`time[datetime="${isoDateFromNow(14)}"]`)).toBeVisible();
  await expect(beaSchedule.getByText('Scheduled', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'coaching (supervisor, after a one-to-one)');
  await shell.signOut();

  // An admin sees everyone: the supervisor has never had a one-to-one, so theirs is due.
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('Coaching & 1:1s');
  const samSchedule = coaching.scheduleRow(TEAM.supervisor.name);
  await expect(samSchedule).toContainText('Not yet');
  await expect(samSchedule.getByText('Due', { exact: true })).toBeVisible();
  await expect(
    coaching.scheduleRow(TEAM.employee.name).getByText('Scheduled', { exact: true }),
  ).toBeVisible();
  await expect(coaching.matrixRow(TEAM.employee.name)).toBeVisible();
  await expectNoAxeViolations(page, 'coaching (admin)');
});
