import { expect, test } from './fixtures/app';
import { seedTeam, TEAM } from './fixtures/team';
import type { Locator, Page } from '@playwright/test';

/**
 * Someone who cannot use a mouse: after the admin has added the team (with a mouse), the supervisor signs
 * in for the first time, takes a module with questions and a scenario, checks in and recognises a
 * team-mate using only Tab, Shift+Tab, Enter, Space, arrow keys and typing into the field focus is in.
 * Every control used is reached by Tab, and each one shows a visible focus indicator when reached.
 */

const MODULE = 'What customer service really is';

/** The few DOM members these checks use (e2e code is type-checked without the DOM library). */
interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  matches(selector: string): boolean;
}
interface FocusPageGlobals {
  readonly document: { readonly activeElement: PageElement | null; readonly body: PageElement };
  getComputedStyle(element: PageElement): {
    readonly outlineStyle: string;
    readonly outlineWidth: string;
    readonly boxShadow: string;
  };
}

/** Whether the focused element (or the label or option box drawn around it) shows a focus indicator. */
async function expectFocusVisible(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const window = globalThis as unknown as FocusPageGlobals;
    const focused = window.document.activeElement;
    if (!focused || focused === window.document.body) return 'nothing is focused';
    if (!focused.matches(':focus-visible')) return `${focused.tagName} does not match :focus-visible`;
    // Radios and checkboxes draw their ring on the label around them (`:has(input:focus-visible)`).
    let element: PageElement | null = focused;
    for (let depth = 0; element && depth < 3; depth += 1) {
      const style = window.getComputedStyle(element);
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      if (hasOutline || style.boxShadow !== 'none') return 'visible';
      element = element.parentElement;
    }
    return `${focused.tagName} "${focused.textContent?.trim().slice(0, 40) ?? ''}" has no focus ring`;
  });
  expect(indicator).toBe('visible');
}

async function isFocused(target: Locator): Promise<boolean> {
  return target
    .evaluate(
      (element: unknown) => element === (globalThis as unknown as FocusPageGlobals).document.activeElement,
    )
    .catch(() => false);
}

/** Press Tab (or Shift+Tab) until `target` has focus, then check the focus ring. Fails if it is unreachable. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 150; presses += 1) {
    if (await isFocused(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(options.backwards === true ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Tab to a button and press Enter. */
async function activate(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Tab to a field and type into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Answer the module step on screen with the keyboard; returns its kind. */
async function answerStep(page: Page): Promise<string> {
  const body = page.locator('.player__body');
  const kindLabel = body.locator('.question__kind').first();
  const kind = (await kindLabel.isVisible()) ? ((await kindLabel.textContent()) ?? '').trim() : 'Lesson';
  if (kind.startsWith('Question')) {
    if (kind.includes('put in order')) {
      // Move the first entry down one place, then check.
      await activate(page, body.getByRole('button', { name: /^Move .+ down$/ }).first());
    } else {
      // Space picks the first radio or ticks the first checkbox.
      await tabTo(page, body.locator('.option input').first());
      await page.keyboard.press('Space');
      await expect(body.locator('.option input').first()).toBeChecked();
    }
    await activate(page, body.getByRole('button', { name: 'Check answer' }));
    await expect(body.getByText(/^(Correct|Not quite)$/)).toBeVisible();
  } else if (kind === 'Scenario') {
    const save = body.getByRole('button', { name: 'Save and continue' });
    while (!(await save.isVisible())) {
      const choices = body.locator('.scenario__choice');
      const before = await choices.count();
      await activate(page, choices.last());
      await expect(choices.or(save).first()).toBeVisible();
      if ((await choices.count()) === before && !(await save.isVisible()))
        throw new Error('choice did nothing');
    }
    await activate(page, save);
    await expect(body.getByText(/You handled every moment well|You reached the end/)).toBeVisible();
  } else if (kind === 'Reflection') {
    await typeInto(page, body.getByLabel('Your thoughts (optional)'), 'Ask what the customer needs first.');
    await activate(page, body.getByRole('button', { name: 'Save reflection' }));
    await expect(body.getByText('Saved.')).toBeVisible();
  }
  return kind;
}

test('a supervisor signs in, takes a module, checks in and recognises a team-mate with the keyboard alone', async ({
  page,
}) => {
  test.slow();
  await seedTeam(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Sign in: choose the name on the roster, type the temporary PIN, then choose an own PIN.
  await activate(page, page.getByRole('button', { name: new RegExp(`^${TEAM.supervisor.name}`) }));
  await expect(page.getByRole('heading', { name: `Sign in as ${TEAM.supervisor.name}` })).toBeVisible();
  await typeInto(page, page.getByLabel('PIN', { exact: true }), TEAM.supervisor.temporary);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose your own PIN or passphrase' })).toBeVisible();
  await typeInto(page, page.getByLabel('Temporary PIN or passphrase'), TEAM.supervisor.temporary);
  await typeInto(page, page.getByLabel('New PIN', { exact: true }), TEAM.supervisor.pin);
  await typeInto(page, page.getByLabel('Type the PIN again'), TEAM.supervisor.pin);
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await expect(page.getByRole('heading', { name: `Hello, ${TEAM.supervisor.name}` })).toBeVisible();

  // A module with every kind of step, start to finish.
  await activate(page, nav.getByRole('button', { name: 'Training', exact: true }));
  await activate(page, page.getByRole('button', { name: `Start: ${MODULE}` }).first());
  const counter = page.getByText(/^Step \d+ of \d+/);
  await expect(counter).toBeVisible();
  const kinds: string[] = [];
  for (;;) {
    kinds.push(await answerStep(page));
    const [, current = 0, total = 0] = /Step (\d+) of (\d+)/.exec((await counter.textContent()) ?? '') ?? [];
    const steps = page.getByRole('navigation', { name: 'Steps' });
    await activate(page, steps.getByRole('button', { name: /^(Next|Finish module)$/ }));
    if (Number(current) === Number(total)) break;
    await expect(counter).toHaveText(new RegExp(`^Step ${String(Number(current) + 1)} of`));
  }
  expect(kinds).toContain('Scenario');
  expect(kinds.filter((kind) => kind.startsWith('Question')).length).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { name: /^(Module passed|Not passed yet)$/ })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Back to training' }));
  await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();

  // A check-in: six scales picked with the arrow keys, saved with Enter. Shift+Tab back to the navigation.
  await tabTo(page, nav.getByRole('button', { name: 'Check in', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  await activate(page, page.getByRole('button', { name: 'I understand — start my check-in' }));
  const scales = page.locator('fieldset.scale');
  await expect(scales).toHaveCount(6);
  for (let index = 0; index < 6; index += 1) {
    const scale = scales.nth(index);
    await tabTo(page, scale.getByRole('radio').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(scale.getByRole('radio', { name: /^3 — / })).toBeChecked();
  }
  await activate(page, page.getByRole('button', { name: 'Save check-in' }));
  await expect(page.getByText(/^Check-in saved at .+\. Thank you\.$/)).toBeVisible();

  // A recognition: the recipient chosen with the arrow keys, a value ticked with Space.
  await tabTo(page, nav.getByRole('button', { name: 'Recognition', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const recipient = page.getByLabel('Who are you recognising?');
  await tabTo(page, recipient);
  for (let presses = 0; presses < 5; presses += 1) {
    if ((await recipient.locator('option:checked').textContent()) === TEAM.employee.name) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(recipient.locator('option:checked')).toHaveText(TEAM.employee.name);
  const value = page.getByRole('checkbox', { name: 'Integrity', exact: true });
  await tabTo(page, value);
  await page.keyboard.press('Space');
  await expect(value).toBeChecked();
  await typeInto(
    page,
    page.getByLabel('What did they do?'),
    'Stayed calm with a furious caller and fixed it.',
  );
  await activate(page, page.getByRole('button', { name: 'Send recognition' }));
  await expect(
    page.getByRole('status').filter({ hasText: `Recognition sent to ${TEAM.employee.name}.` }),
  ).toBeVisible();
});
