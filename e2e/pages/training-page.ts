import { expect, type Page } from '@playwright/test';

/** The learner's training screen: catalogue, module player and review. */
export class TrainingPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Training', level: 1 });
  readonly moduleCard = (title: string) => this.page.getByRole('article', { name: title });
  readonly stepCounter = () => this.page.getByText(/^Step \d+ of \d+/);
  readonly nextButton = () =>
    this.page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /^(Next|Finish module)$/ });

  async open(title: string, action: 'Start' | 'Resume' | 'Take again'): Promise<void> {
    await this.page
      .getByRole('button', { name: `${action}: ${title}` })
      .first()
      .click();
    await expect(this.stepCounter()).toBeVisible();
  }

  /** The step numbers shown in the player ("Step 3 of 12" → [3, 12]). */
  async stepPosition(): Promise<[number, number]> {
    const text = (await this.stepCounter().textContent()) ?? '';
    const match = /Step (\d+) of (\d+)/.exec(text);
    return [Number(match?.[1]), Number(match?.[2])];
  }

  /**
   * Answer whatever the current step asks, choosing the first option shown (a learner who guesses), unless
   * `choose` names the option texts to pick for a question prompt or scenario situation. Returns the step kind.
   */
  async answerCurrentStep(choose?: (prompt: string) => readonly string[] | undefined): Promise<string> {
    const body = this.page.locator('.player__body');
    const kind = (
      (await body
        .locator('.question__kind')
        .first()
        .textContent({ timeout: 500 })
        .catch(() => null)) ?? 'Lesson'
    ).trim();
    if (kind.startsWith('Question')) {
      const prompt = (await body.locator('.question__prompt').textContent()) ?? '';
      const wanted = choose?.(prompt);
      if (kind.includes('put in order')) {
        await body.getByRole('button', { name: 'Check answer' }).click();
      } else {
        const options = body.locator('.option input');
        if (wanted) {
          for (const text of wanted) await body.getByLabel(text, { exact: true }).check();
        } else {
          await options.first().check();
        }
        await body.getByRole('button', { name: 'Check answer' }).click();
      }
      await expect(body.getByText(/^(Correct|Not quite)$/)).toBeVisible();
    } else if (kind === 'Scenario') {
      while (!(await body.getByRole('button', { name: 'Save and continue' }).isVisible())) {
        const situation = (await body.locator('.scenario__situation').last().textContent()) ?? '';
        const wanted = choose?.(situation)?.[0];
        await (
          wanted
            ? body.getByRole('button', { name: wanted, exact: true })
            : body.locator('.scenario__choice').first()
        ).click();
      }
      await body.getByRole('button', { name: 'Save and continue' }).click();
      await expect(body.getByText(/You handled every moment well|You reached the end/)).toBeVisible();
    } else if (kind === 'Reflection') {
      await body.getByLabel('Your thoughts (optional)').fill('I will pause for a breath after a hard call.');
      await body.getByRole('button', { name: 'Save reflection' }).click();
      await expect(body.getByText('Saved.')).toBeVisible();
    }
    return kind;
  }

  /** Go through every remaining step and finish the module. Returns the kinds of steps met. */
  async completeModule(choose?: (prompt: string) => readonly string[] | undefined): Promise<string[]> {
    const kinds: string[] = [];
    for (;;) {
      kinds.push(await this.answerCurrentStep(choose));
      const [current, total] = await this.stepPosition();
      await this.nextButton().click();
      if (current === total) break;
      await expect(this.stepCounter()).toHaveText(new RegExp(`^Step ${String(current + 1)} of`));
    }
    await expect(this.page.getByRole('heading', { name: /^(Module passed|Not passed yet)$/ })).toBeVisible();
    return kinds;
  }
}
