import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { seedTeam, signInFirstTime, TEAM } from './fixtures/team';
import { PeoplePage } from './pages/people-page';
import { RecognitionPage } from './pages/recognition-page';

/** A third member of TEAM, who reads the wall but must not see private recognition. */
const COLLEAGUE = { name: 'Priya Natarajan', temporary: '604913', pin: '381527' } as const;

const PUBLIC_MESSAGE =
  'You stayed calm with a very upset caller, owned the refund until it was done and rang back as promised.';
const PRIVATE_MESSAGE =
  'Thank you for covering the late queue while your family needed you. It did not go unnoticed.';

test('a supervisor recognises good work; the employee sees it at home, in their history and on the team wall, and private recognition stays off the wall', async ({
  page,
  shell,
  roster,
}) => {
  test.slow();
  await seedTeam(page);

  // The admin adds a third person to the team.
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('People & teams');
  await new PeoplePage(page).addPerson({
    name: COLLEAGUE.name,
    role: 'Employee',
    team: TEAM.name,
    pin: COLLEAGUE.temporary,
  });
  await shell.signOut();

  // The supervisor recognises the employee with two service values, publicly and then privately.
  await signInFirstTime(page, TEAM.supervisor);
  await shell.goTo('Recognition');
  const recognition = new RecognitionPage(page);
  await expect(recognition.heading()).toBeVisible();
  const recipients = await recognition.recipientNames();
  expect(recipients).toContain(TEAM.employee.name);
  expect(recipients).toContain(COLLEAGUE.name);
  expect(recipients, 'nobody can recognise themselves').not.toContain(TEAM.supervisor.name);
  await expect(recognition.quietList()).toContainText(TEAM.employee.name);
  await recognition
    .quietList()
    .getByRole('button', { name: `Recognise ${TEAM.employee.name}` })
    .click();
  await expect(recognition.recipient()).toBeFocused();
  await expect(recognition.recipient().locator('option:checked')).toHaveText(TEAM.employee.name);

  await recognition.recognise({
    recipient: TEAM.employee.name,
    values: ['Reliability', 'Personal responsibility'],
    message: PUBLIC_MESSAGE,
  });
  await recognition.recognise({
    recipient: TEAM.employee.name,
    values: ['Respect'],
    message: PRIVATE_MESSAGE,
    isPrivate: true,
  });
  const wallEntry = recognition.wall().getByRole('listitem').filter({ hasText: PUBLIC_MESSAGE });
  await expect(wallEntry).toContainText(`${TEAM.supervisor.name} recognised ${TEAM.employee.name}`);
  await expect(recognition.wall()).not.toContainText(PRIVATE_MESSAGE);
  await expect(recognition.quietList()).not.toContainText(TEAM.employee.name);
  await expectNoAxeViolations(page, 'recognition (supervisor)');
  await shell.signOut();

  // The employee sees both on Home and in their history; only the public one is on the wall.
  await signInFirstTime(page, TEAM.employee);
  const home = page.getByRole('region', { name: 'Recent recognition' });
  await expect(home).toContainText(PUBLIC_MESSAGE);
  await expect(home).toContainText(PRIVATE_MESSAGE);
  await expect(home).toContainText(`From ${TEAM.supervisor.name}`);
  await shell.goTo('Recognition');
  await expect(recognition.heading()).toBeVisible();
  const received = recognition.received().getByRole('listitem').filter({ hasText: PUBLIC_MESSAGE });
  await expect(received.getByRole('list', { name: 'Service values' })).toHaveText(
    /Reliability\s*Personal responsibility/,
  );
  await expect(recognition.received()).toContainText(PRIVATE_MESSAGE);
  await expect(recognition.wall()).toContainText(PUBLIC_MESSAGE);
  await expect(recognition.wall()).not.toContainText(PRIVATE_MESSAGE);
  await expect(page.getByText('Peer recognition is turned off')).toBeVisible();
  await expectNoAxeViolations(page, 'recognition (employee)');
  await shell.signOut();

  // A colleague in the same team sees the public recognition on the wall, never the private one.
  await signInFirstTime(page, COLLEAGUE);
  await shell.goTo('Recognition');
  await expect(recognition.wall()).toContainText(PUBLIC_MESSAGE);
  await expect(page.locator('body')).not.toContainText(PRIVATE_MESSAGE);
});
