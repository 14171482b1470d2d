import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { ADMIN } from './fixtures/app';
import { PeoplePage } from './pages/people-page';
import { RosterPage } from './pages/roster-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

/**
 * A contact centre too big to show at once: the roster finds names and shows a page of them, People &
 * teams pages its table, and the admin's coaching works one team at a time — all keyboard- and axe-clean.
 */

const TEAMS = ['Billing queries', 'Returns desk'] as const;
const PER_TEAM = 30;
/** Everyone on the roster: the admin and both teams. */
const EVERYONE = 1 + TEAMS.length * PER_TEAM;

function personName(team: string, index: number): string {
  return `${team.split(' ')[0] ?? team} agent ${String(index + 1).padStart(2, '0')}`;
}

/** The little of the IndexedDB API the page script below uses (the e2e project has no DOM types). */
interface IdbRequest<T> {
  readonly result: T;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbStore {
  getAll(): IdbRequest<unknown[]>;
  add(row: object): IdbRequest<unknown>;
}
interface IdbTransaction {
  objectStore(name: string): IdbStore;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbPageGlobals {
  readonly indexedDB: {
    open(name: string): IdbRequest<{
      transaction(store: string, mode: 'readonly' | 'readwrite'): IdbTransaction;
      close(): void;
    }>;
  };
  readonly crypto: { randomUUID(): string };
}

/** Write the teams' people straight into the app's database (adding 60 through the form would take minutes). */
async function addPeopleDirectly(page: Page): Promise<void> {
  await page.evaluate(
    async ({ teamNames, perTeam }) => {
      const globals = globalThis as unknown as IdbPageGlobals;
      const open = globals.indexedDB.open('shiftwell');
      const db = await new Promise<typeof open.result>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error('Could not open the database.'));
      });
      const read = db.transaction('teams', 'readonly').objectStore('teams').getAll();
      const teams = await new Promise<{ id: string; name: string }[]>((resolve, reject) => {
        read.onsuccess = () => resolve(read.result as { id: string; name: string }[]);
        read.onerror = () => reject(new Error('Could not read the teams.'));
      });
      const transaction = db.transaction('people', 'readwrite');
      const people = transaction.objectStore('people');
      for (const team of teams.filter((row) => teamNames.includes(row.name))) {
        for (let index = 0; index < perTeam; index += 1) {
          people.add({
            id: globals.crypto.randomUUID(),
            displayName: `${team.name.split(' ')[0] ?? team.name} agent ${String(index + 1).padStart(2, '0')}`,
            role: index === 0 ? 'supervisor' : 'employee',
            teamId: team.id,
            createdAt: Date.now(),
            archivedAt: null,
          });
        }
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(new Error('Could not add the people.'));
      });
      db.close();
    },
    { teamNames: [...TEAMS] as string[], perTeam: PER_TEAM },
  );
}

test('a large organisation: search-first roster, a paged people table and one team at a time', async ({
  page,
}) => {
  test.slow();
  const setup = new SetupPage(page);
  const shell = new ShellPage(page);
  const roster = new RosterPage(page);
  await setup.open();
  await setup.fill({ organisation: ADMIN.organisation, adminName: ADMIN.name, pin: ADMIN.pin });
  await setup.submit();
  await expect(shell.greeting(ADMIN.name)).toBeVisible();
  await shell.goTo('People & teams');
  const people = new PeoplePage(page);
  for (const team of TEAMS) await people.addTeam(team);
  await addPeopleDirectly(page);
  await page.reload();

  // The roster shows a page of names, says how many there are, and finds anyone by part of their name.
  await expect(roster.heading()).toBeVisible();
  const names = page.getByRole('list', { name: 'Who is signing in?' }).getByRole('listitem');
  await expect(names).toHaveCount(24);
  await expect(page.getByText(`Showing 24 of ${String(EVERYONE)} names`)).toBeVisible();
  await expect(
    page.getByText(`${String(EVERYONE)} people can sign in here.`, { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'roster with many names');
  await page.getByRole('button', { name: 'Show more names' }).click();
  await expect(names).toHaveCount(48);
  await page.getByRole('searchbox').fill('returns agent 30');
  await expect(names).toHaveCount(1);
  await expect(roster.person(personName(TEAMS[1], 29))).toBeVisible();
  await page.getByRole('searchbox').fill('nobody here');
  await expect(page.getByText('No one matches “nobody here”.')).toBeVisible();
  await page.getByRole('searchbox').fill(ADMIN.name);
  await roster.choose(ADMIN.name);
  await roster.enterSecret(ADMIN.pin);
  await expect(shell.greeting(ADMIN.name)).toBeVisible();

  // People & teams: twenty at a time, with previous and next pages and a search.
  await shell.goTo('People & teams');
  const rows = people.peopleTable().getByRole('row');
  await expect(rows).toHaveCount(21);
  await expect(page.getByText(`1–20 of ${String(EVERYONE)} people`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(`21–40 of ${String(EVERYONE)} people`)).toBeVisible();
  await expect(people.peopleTable().getByRole('rowheader', { name: personName(TEAMS[0], 20) })).toBeVisible();
  await expectNoAxeViolations(page, 'people & teams, second page');
  // On the last page "Next page" is disabled, so keyboard focus moves to "Previous page".
  await page.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`41–60 of ${String(EVERYONE)} people`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`61–61 of ${String(EVERYONE)} people`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeFocused();
  await page.getByLabel('Find a person').fill('returns agent 1');
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('navigation', { name: 'People pages' })).toHaveCount(0);

  // Coaching: the admin picks a team; the schedule shows ten people of it at a time.
  await shell.goTo('Coaching & 1:1s');
  const team = page.getByLabel('Team', { exact: true });
  await expect(team).toHaveValue(/.+/);
  await expect(team.locator('option:checked')).toHaveText(`${TEAMS[0]} (${String(PER_TEAM)} people)`);
  await team.selectOption({ label: `${TEAMS[1]} (${String(PER_TEAM)} people)` });
  const schedule = page.getByRole('table', { name: 'One-to-one schedule' });
  await expect(schedule.getByRole('rowheader')).toHaveCount(10);
  await expect(schedule.getByRole('rowheader', { name: /^Billing/ })).toHaveCount(0);
  await page
    .getByRole('region', { name: 'One-to-ones' })
    .getByRole('button', { name: 'Show more people' })
    .click();
  await expect(schedule.getByRole('rowheader')).toHaveCount(20);
  // The last page: the button goes, and focus moves to the count rather than being lost.
  await page.keyboard.press('Enter');
  await expect(schedule.getByRole('rowheader')).toHaveCount(PER_TEAM);
  await expect(
    page
      .getByRole('region', { name: 'One-to-ones' })
      .getByText(`Showing ${String(PER_TEAM)} of ${String(PER_TEAM)}`),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'coaching, one team of a large organisation');

  // Team training opens on the team chosen last.
  await shell.goTo('Team training');
  await expect(page.getByLabel('Team', { exact: true }).locator('option:checked')).toHaveText(
    `${TEAMS[1]} (${String(PER_TEAM)} people)`,
  );
  await expectNoAxeViolations(page, 'team training, one team of a large organisation');
});
