import { expect, type Locator, type Page } from '@playwright/test';

/** What a coaching note says. */
export interface CoachingNoteText {
  readonly situation: string;
  readonly behaviour: string;
  readonly impact: string;
  readonly nextStep: string;
}

/** What a one-to-one record says. */
export interface OneOnOneText {
  readonly wentWell: string;
  readonly toImprove: string;
  readonly agreedActions: string;
}

/** Coaching & one-to-ones: the employee's notes and records, the supervisor's and admin's tools. */
export class CoachingPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Coaching & one-to-ones', level: 1 });
  readonly dialog = () => this.page.getByRole('dialog');

  // --- The supervisor's note form ------------------------------------------------------------------------

  readonly noteForm = () => this.page.getByRole('region', { name: 'Write a coaching note' });
  readonly behaviourField = () => this.noteForm().getByLabel('Behaviour', { exact: true });
  readonly toneWarning = () =>
    this.noteForm().getByText(/may read as (a judgement|judgements) of the person/);

  /** The titles of the modules a note may link to, as the form offers them. */
  async linkableModules(): Promise<string[]> {
    const options = await this.noteForm()
      .getByLabel('Linked module (optional)')
      .locator('option')
      .allTextContents();
    return options.filter((title) => title !== 'No linked module');
  }

  async writeNote(
    person: string,
    note: CoachingNoteText,
    options: { readonly moduleTitle?: string; readonly followUpDate: string },
  ): Promise<void> {
    const form = this.noteForm();
    await form.getByLabel('Person', { exact: true }).selectOption({ label: person });
    await form.getByLabel('Follow-up date').fill(options.followUpDate);
    await form.getByLabel('Situation', { exact: true }).fill(note.situation);
    await form.getByLabel('Behaviour', { exact: true }).fill(note.behaviour);
    await form.getByLabel('Impact', { exact: true }).fill(note.impact);
    await form.getByLabel('Expected next step', { exact: true }).fill(note.nextStep);
    if (options.moduleTitle)
      await form.getByLabel('Linked module (optional)').selectOption({ label: options.moduleTitle });
    await form.getByRole('button', { name: 'Save coaching note' }).click();
    await expect(form.getByText(`Coaching note saved for ${person}.`)).toBeVisible();
  }

  // --- Follow-ups -----------------------------------------------------------------------------------------

  readonly followUps = () => this.page.getByRole('region', { name: 'Open follow-ups' });
  readonly followUp = (person: string) =>
    this.followUps().getByRole('article', { name: person, exact: true });

  async closeFollowUp(person: string, closingNote: string): Promise<void> {
    await this.followUp(person)
      .getByRole('button', { name: `Close follow-up for ${person}` })
      .click();
    await expect(this.dialog()).toBeVisible();
    await this.dialog().getByLabel('Closing note (optional)').fill(closingNote);
    await this.dialog().getByRole('button', { name: 'Close follow-up' }).click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.followUps().getByText(`Follow-up for ${person} closed.`)).toBeVisible();
  }

  // --- The employee's notes -------------------------------------------------------------------------------

  readonly myNote = (author: string) =>
    this.page.getByRole('article', { name: `Coaching note from ${author}` });

  async acknowledge(author: string, reply: string): Promise<void> {
    const note = this.myNote(author);
    await note.getByLabel('Reply (optional)').fill(reply);
    await note.getByRole('button', { name: /^Acknowledge/ }).click();
    await expect(note.getByText(/^You acknowledged this on/)).toBeVisible();
  }

  readonly myOneOnOnes = () => this.page.getByRole('region', { name: 'Your one-to-ones' });

  // --- One-to-ones ----------------------------------------------------------------------------------------

  readonly schedule = () => this.page.getByRole('table', { name: 'One-to-one schedule' });
  readonly scheduleRow = (person: string): Locator =>
    this.schedule()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: person }) });

  async setCadence(
    person: string,
    label: 'Every week' | 'Every 2 weeks' | 'Every 4 weeks' | 'Every 6 weeks',
  ) {
    await this.scheduleRow(person).getByLabel(`How often ${person} has a one-to-one`).selectOption({ label });
    await expect(this.page.getByText(new RegExp(`^${person}: one-to-one every`))).toBeVisible();
  }

  /** Open the log dialog for `person` (the date defaults to today), fill it in and save. */
  async openLogDialog(person: string): Promise<Locator> {
    await this.scheduleRow(person)
      .getByRole('button', { name: `Log a one-to-one with ${person}` })
      .click();
    await expect(this.dialog()).toBeVisible();
    return this.dialog();
  }

  async saveOneOnOne(person: string, record: OneOnOneText): Promise<void> {
    const dialog = this.dialog();
    await dialog.getByLabel('What went well').fill(record.wentWell);
    await dialog.getByLabel('What to improve').fill(record.toImprove);
    await dialog.getByLabel('Agreed actions').fill(record.agreedActions);
    await dialog.getByRole('button', { name: 'Save record' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(`One-to-one with ${person} saved.`)).toBeVisible();
  }

  // --- Training completion --------------------------------------------------------------------------------

  readonly matrix = () => this.page.getByRole('table', { name: /^Training completion/ });
  readonly matrixRow = (person: string): Locator =>
    this.matrix()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: person }) });

  /** The matrix cell for `person` under the column headed `moduleTitle`. */
  async matrixCell(person: string, moduleTitle: string): Promise<Locator> {
    const headers = await this.matrix().getByRole('columnheader').allTextContents();
    const column = headers.indexOf(moduleTitle);
    expect(column, `a column for “${moduleTitle}”`).toBeGreaterThan(0);
    return this.matrixRow(person)
      .getByRole('cell')
      .nth(column - 1);
  }
}
