import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { PeoplePage } from './pages/people-page';

const TEAM = 'Billing queries';
const PEOPLE = [
  { name: 'Sam Reyes', role: 'Supervisor', temporary: '730142', own: '916305' },
  { name: 'Bea Lindqvist', role: 'Employee', temporary: '582041', own: '247816' },
  { name: 'Tom Achebe', role: 'Employee', temporary: '604913', own: '381950' },
] as const;

test('an admin adds a supervisor and two employees, and each signs in and out', async ({
  page,
  setUpOrganisation,
  shell,
  roster,
  changeSecret,
}) => {
  test.slow();
  await setUpOrganisation();
  await shell.goTo('People & teams');
  const people = new PeoplePage(page);
  await expect(people.heading()).toBeVisible();
  await expectNoAxeViolations(page, 'people (empty)');

  await people.addTeam(TEAM);
  await people.openAddPerson();
  await expectNoAxeViolations(page, 'add person dialog');
  await page.keyboard.press('Escape');
  for (const person of PEOPLE) {
    await people.addPerson({ name: person.name, role: person.role, team: TEAM, pin: person.temporary });
  }
  await expectNoAxeViolations(page, 'people (filled)');
  await shell.signOut();

  for (const person of PEOPLE) {
    await roster.signIn(person.name, person.temporary);
    await changeSecret.replace(person.temporary, person.own);
    await expect(shell.greeting(person.name)).toBeVisible();
    await expect(page.getByText(TEAM).first()).toBeVisible();
    if (person.role === 'Supervisor') {
      await shell.goTo('My team');
      await expect(page.getByRole('heading', { name: 'My team', level: 1 })).toBeVisible();
      for (const member of PEOPLE) await expect(page.getByText(member.name).first()).toBeVisible();
      await expectNoAxeViolations(page, 'supervisor team');
    } else {
      await expect(shell.navigation().getByRole('button', { name: /People|My team/ })).toHaveCount(0);
    }
    await shell.signOut();
    await expect(roster.heading()).toBeVisible();
  }

  // Their own PINs now work directly, with no forced change.
  await roster.signIn('Bea Lindqvist', '247816');
  await expect(shell.greeting('Bea Lindqvist')).toBeVisible();
  await shell.goTo('Settings');
  await expectNoAxeViolations(page, 'settings (employee)');
  await shell.switchUser();
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
});
