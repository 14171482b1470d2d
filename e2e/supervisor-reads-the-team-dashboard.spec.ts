import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN, expect, test } from './fixtures/app';
import { seedTeam, signInFirstTime, TEAM } from './fixtures/team';
import { CheckInPage } from './pages/check-in-page';
import { DashboardPage } from './pages/dashboard-page';
import { PeoplePage } from './pages/people-page';
import { ShellPage } from './pages/shell-page';

const FIGURES_HEADER =
  'scope,week_start,weekday,shift_period,status,people,team_members,participation_percent,' +
  'emotional_labor_strain,role_conflict_strain,role_ambiguity_strain,role_overload_strain,' +
  'service_climate_strain,climate_index';
const EXTRA = ['Cal Osei', 'Dina Haddad', 'Eli Novak'].map((name, index) => ({
  name,
  temporary: `58${String(index)}317`,
  pin: `73${String(index)}518`,
}));
const NAMES = [ADMIN.name, TEAM.supervisor.name, TEAM.employee.name, ...EXTRA.map((person) => person.name)];

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

/** The CSV's lines, and a check that nobody's name or id is in it. */
function linesOf(csv: string): string[] {
  for (const name of NAMES) expect(csv).not.toContain(name);
  expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  return csv.split('\r\n');
}

test('a supervisor reads the team dashboard: nothing below five people, then figures and reports', async ({
  page,
  shell,
  roster,
}) => {
  test.setTimeout(90_000);
  await seedTeam(page);
  const dashboard = new DashboardPage(page);

  // Bea and Sam check in: two people, so every figure is withheld.
  await checkInAs(page, TEAM.employee, 4);
  await signInFirstTime(page, TEAM.supervisor);
  await shell.goTo('Check in');
  await new CheckInPage(page).checkIn(3);
  await shell.goTo('Team dashboard');
  await expect(dashboard.heading()).toBeVisible();
  await expect(dashboard.overview()).toContainText('Not enough responses');
  await expect(dashboard.heatmapCells()).toHaveCount(28);
  await expect(dashboard.heatmapCells().filter({ hasText: 'Not enough responses' })).toHaveCount(28);
  await expect(dashboard.participation()).toContainText('Fewer than 5');
  await expect(dashboard.trends()).toContainText('Not enough responses');
  await expect(dashboard.peaks()).toContainText('Not enough responses to name any peaks yet.');
  await expect(dashboard.climate()).toContainText('Not enough responses');
  const withheld = linesOf(await dashboard.downloadTeamFigures());
  expect(withheld[0]).toBe(FIGURES_HEADER);
  expect(withheld.filter((line) => line.startsWith('week,'))).toEqual([
    expect.stringMatching(/^week,\d{4}-\d{2}-\d{2},,,not-enough-responses,,2,,,,,,,$/),
  ]);
  expect(withheld.join('\n')).not.toContain(',released,');
  await expectNoAxeViolations(page, 'team dashboard (withheld)');
  await shell.signOut();

  // Three more people join and check in: five different people in all.
  await roster.signIn(ADMIN.name, ADMIN.pin);
  await shell.goTo('People & teams');
  const people = new PeoplePage(page);
  for (const person of EXTRA) {
    await people.addPerson({ name: person.name, role: 'Employee', team: TEAM.name, pin: person.temporary });
  }
  await shell.signOut();
  for (const person of EXTRA) await checkInAs(page, person, 3);

  await roster.signIn(TEAM.supervisor.name, TEAM.supervisor.pin);
  await shell.goTo('Team dashboard');
  await expect(dashboard.overview()).toContainText('5 people');
  await expect(dashboard.overview()).toContainText('Service climate index');
  await expect(dashboard.participation().getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '5',
    '5',
    '100%',
  ]);
  await expect(
    dashboard
      .heatmapCells()
      .filter({ hasText: /^\d{1,3}$/ })
      .first(),
  ).toBeVisible();
  await expect(dashboard.peaks().getByRole('listitem').first()).toContainText('Role overload');
  await expect(dashboard.climate()).toContainText('Climate index, weeks with enough responses');
  await expect(dashboard.trends().getByRole('img').first()).toBeVisible();
  await expect(dashboard.printButton()).toBeVisible();

  const released = linesOf(await dashboard.downloadTeamFigures());
  expect(released[0]).toBe(FIGURES_HEADER);
  expect(released.filter((line) => line.startsWith('week,'))).toEqual([
    expect.stringMatching(/^week,\d{4}-\d{2}-\d{2},,,released,5,5,100,(\d+\.\d,){5}\d+\.\d$/),
  ]);
  expect(
    released.filter((line) => line.startsWith('weekday-shift,') && line.includes(',released,')),
  ).not.toEqual([]);
  const training = linesOf(await dashboard.downloadTrainingCompletion());
  expect(training[0]).toBe('module,module_id,assigned,passed,in_progress,overdue');
  await expectNoAxeViolations(page, 'team dashboard (released)');
});
