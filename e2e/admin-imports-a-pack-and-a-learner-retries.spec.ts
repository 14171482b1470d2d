import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/app';
import { testPackManifest, testPackZip } from './fixtures/test-pack';
import { TrainingPage } from './pages/training-page';

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a module…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
}

const RIGHT: Record<string, readonly string[]> = {
  'A caller is upset that a refund was refused. What do you do first?': [
    'Let them explain and acknowledge the problem',
  ],
  'Which of these can you offer without breaking policy?': ['An exchange', 'A review by a team lead'],
  'The customer says the parcel arrived late, so the 30 days should not count.': ['Check the delivery date'],
  'The parcel did arrive nine days late.': ['Process the refund from the delivery date'],
};
const WRONG: Record<string, readonly string[]> = {
  'A caller is upset that a refund was refused. What do you do first?': ['Read out the returns policy'],
  'Which of these can you offer without breaking policy?': ['A cash refund anyway'],
  'The customer says the parcel arrived late, so the 30 days should not count.': [
    'Say the window has passed',
  ],
};

test('an admin rejects a broken pack, imports a good one, and a learner fails then passes it', async ({
  page,
  setUpOrganisation,
  shell,
}) => {
  test.slow();
  await setUpOrganisation();
  await shell.goTo('Team training');

  // A broken pack: a bad pass mark and a missing lesson. Nothing is installed; the problems name file, line and field.
  const broken = { ...testPackManifest(), passMark: 'most of them' };
  await importFile(page, 'broken-pack.zip', testPackZip(broken, {}));
  const rejection = page.getByRole('alert');
  await expect(rejection).toContainText('broken-pack.zip was not imported');
  await expect(rejection).toContainText(/manifest\.json line \d+, passMark/);
  await expect(rejection).toContainText('lessons/why.md');
  await expectNoAxeViolations(page, 'pack rejected');
  await expect(page.getByRole('table', { name: 'Installed modules' })).not.toContainText(
    'Handling a refund request',
  );

  await importFile(page, 'refund-practice.zip', testPackZip());
  await expect(page.getByText('Installed “Handling a refund request” version 1.0.0.')).toBeVisible();

  // The learner fails on the first go…
  await shell.goTo('Training');
  const training = new TrainingPage(page);
  await training.open('Handling a refund request', 'Start');
  await training.completeModule((prompt) => WRONG[prompt]);
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await expect(page.getByText('The pass mark is 60%.')).toBeVisible();

  // …and passes on the retry.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Attempt 2')).toBeVisible();
  await training.completeModule((prompt) => RIGHT[prompt]);
  await expect(page.getByRole('heading', { name: 'Module passed' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to training' }).click();
  await expect(training.moduleCard('Handling a refund request').first()).toContainText('Passed with 100%');

  // A newer version updates the module; the learner's record keeps the version it was earned on.
  await shell.goTo('Team training');
  await importFile(
    page,
    'refund-practice-1.1.zip',
    testPackZip(testPackManifest('1.1.0', 'Handling a refund request')),
  );
  await expect(
    page.getByText(/Updated “Handling a refund request” from version 1\.0\.0 to 1\.1\.0/),
  ).toBeVisible();
  await shell.goTo('Training');
  await expect(training.moduleCard('Handling a refund request').first()).toContainText('Passed with 100%');

  // The records go out as xAPI statements and as CSV.
  await shell.goTo('Team training');
  const xapiDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export xAPI statements (JSON)' }).click();
  const xapiFile = await (await xapiDownload).path();
  const statements = JSON.parse(await readFile(xapiFile, 'utf8')) as XapiStatement[];
  const verbs = new Set(statements.map((statement) => statement.verb.id.split('/').pop()));
  expect([...verbs].sort()).toEqual(['answered', 'completed', 'experienced', 'failed', 'passed']);
  for (const statement of statements) {
    expect(statement.version).toBe('1.0.3');
    expect(statement.actor.account.name).toMatch(/[0-9a-f-]{36}/);
    expect(statement.object.id).toMatch(/^urn:shiftwell:module:refund-request-practice/);
    expect(Date.parse(statement.timestamp)).not.toBeNaN();
  }
  const passedStatement = statements.find((statement) => statement.verb.id.endsWith('/passed'));
  expect(passedStatement?.result).toMatchObject({
    success: true,
    score: { scaled: 1, raw: 3, min: 0, max: 3 },
  });
  expect(JSON.stringify(statements)).not.toContain('next refund call');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export completions (CSV)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain('person,team,module');
  expect(lines).toHaveLength(3);
  expect(csv).toContain('Handling a refund request');
});

interface XapiStatement {
  readonly version: string;
  readonly timestamp: string;
  readonly actor: { readonly account: { readonly name: string } };
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: unknown;
}
