import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { seedTeam, signInFirstTime, TEAM } from './fixtures/team';
import { CheckInPage } from './pages/check-in-page';
import { PeoplePage } from './pages/people-page';
import { ShellPage } from './pages/shell-page';
import { RosterPage } from './pages/roster-page';

const NOTE = 'Third shouting caller before ten; took five minutes outside.';

async function checkInAs(
  page: Page,
  person: { name: string; temporary: string; pin: string },
  rating: 1 | 2 | 3 | 4 | 5,
) {
  await signInFirstTime(page, person);
  await new ShellPage(page).goTo('Check in');
  await new CheckInPage(page).checkIn(rating);
  await new ShellPage(page).signOut();
}

test('an employee checks in privately; the supervisor sees team figures only once five people have checked in', async ({
  page,
  shell,
  roster,
}) => {
  test.slow();
  await seedTeam(page);
  const checkIn = new CheckInPage(page);

  // Bea checks in (the privacy notice comes first), with a private note, and gets a suggestion.
  await signInFirstTime(page, TEAM.employee);
  await shell.goTo('Check in');
  await expect(
    page.getByRole('heading', { name: 'Before your first check-in: who sees what' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'privacy notice');
  await checkIn.acceptPrivacyNoticeIfShown();
  await expectNoAxeViolations(page, 'check-in form');
  await checkIn.checkIn(5, { note: NOTE, tag: 'Peak period' });
  await expect(page.getByRole('heading', { name: 'Something that might help' })).toBeVisible();
  await expectNoAxeViolations(page, 'check-in saved');

  // She sees it in her history, and only she can open the note.
  await shell.goTo('My wellbeing');
  await expect(page.getByRole('heading', { name: 'Your check-ins' })).toBeVisible();
  await expect(page.getByText('Role overload: 5/5')).toBeVisible();
  await page.getByRole('button', { name: 'Show private note' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
  await expectNoAxeViolations(page, 'my wellbeing');
  // Her trend charts follow the light or dark theme, each line in that theme's colour for its stressor.
  const overloadMarker = page
    .locator('.line-chart')
    .filter({ hasText: 'Role overload' })
    .locator('.u-series .u-marker')
    .nth(1);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(overloadMarker).toHaveCSS('border-top-color', 'rgb(207, 173, 247)');
  await expectNoAxeViolations(page, 'my wellbeing (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(overloadMarker).toHaveCSS('border-top-color', 'rgb(107, 63, 160)');
  await shell.signOut();

  // The supervisor sees no individual answers or notes, and no team figure yet.
  await signInFirstTime(page, TEAM.supervisor);
  await shell.goTo('Team dashboard');
  await expect(page.getByText('Not enough responses').first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText(NOTE);
  await expect(page.locator('body')).not.toContainText('5/5');
  await expectNoAxeViolations(page, 'team wellbeing (suppressed)');
  await shell.signOut();

  // Three more employees and the supervisor check in: five different people in all.
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('People & teams');
  const people = new PeoplePage(page);
  const extra = ['Cal Osei', 'Dina Haddad', 'Eli Novak'].map((name, index) => ({
    name,
    temporary: `58${String(index)}317`,
    pin: `73${String(index)}518`,
  }));
  for (const person of extra) {
    await people.addPerson({ name: person.name, role: 'Employee', team: TEAM.name, pin: person.temporary });
  }
  await shell.signOut();
  for (const person of extra) await checkInAs(page, person, 3);
  await new RosterPage(page).signIn(TEAM.supervisor.name, TEAM.supervisor.pin);
  await shell.goTo('Check in');
  await checkIn.checkIn(2);

  await shell.goTo('Team dashboard');
  await expect(page.getByText('5 people')).toBeVisible();
  await expect(page.getByText('Service climate index')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(NOTE);
  await expectNoAxeViolations(page, 'team wellbeing (released)');
  await shell.signOut();

  // Bea erases her check-in data; she is signed out, and nothing of hers remains.
  await roster.signIn(TEAM.employee.name, TEAM.employee.pin);
  await shell.goTo('Settings');
  await page.getByRole('button', { name: 'Erase my check-in data…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Erase all your check-in data?' });
  await expectNoAxeViolations(page, 'erase dialog');
  await dialog.getByLabel('Type ERASE').fill('ERASE');
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await expect(roster.heading()).toBeVisible();
  await roster.signIn(TEAM.employee.name, TEAM.employee.pin);
  await shell.goTo('My wellbeing');
  await expect(page.getByText('No check-ins yet.').first()).toBeVisible();
});
