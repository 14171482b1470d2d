/**
 * Coaching and one-to-ones: the cadence of regular 1:1s, when the next is due, what a coaching note and a
 * 1:1 record may contain, and the gentle tone check on coaching notes.
 *
 * Pure rules: the coaching repository applies them to stored rows and the screens use them for hints, so
 * the same rule holds whichever side asks. Problem codes in zod errors are `coaching.errors.<code>` keys.
 */
import { z } from 'zod';
import { startOfDay } from './review-schedule';

/** How often a person may have a one-to-one, in weeks. */
export const CADENCE_WEEKS = [1, 2, 4, 6] as const;
/** One of the allowed cadences. */
export type CadenceWeeks = (typeof CADENCE_WEEKS)[number];
/** The cadence used until a supervisor sets one. */
export const DEFAULT_CADENCE_WEEKS: CadenceWeeks = 4;

/** Whether `weeks` is one of the allowed cadences. */
export function isCadenceWeeks(weeks: number): weeks is CadenceWeeks {
  return (CADENCE_WEEKS as readonly number[]).includes(weeks);
}

/** A due date this many calendar days away (or fewer) counts as due soon. */
export const DUE_SOON_DAYS = 3;

/** Where a due date stands today: passed, within `DUE_SOON_DAYS`, or further away. */
export type DueStatus = 'due-soon' | 'overdue' | 'scheduled';

/**
 * When the next one-to-one is due: the last one plus the cadence, or `now` when there has been none.
 *
 * Calendar arithmetic rather than milliseconds, so a clock change never moves the day.
 */
export function nextOneOnOneDue(lastHeldAt: number | null, everyWeeks: number, now: number): number {
  if (lastHeldAt === null) return now;
  const date = new Date(lastHeldAt);
  date.setDate(date.getDate() + everyWeeks * 7);
  return date.getTime();
}

/** Whole calendar days from the day containing `from` to the day containing `to` (negative if earlier). */
export function calendarDaysBetween(from: number, to: number): number {
  // Rounding absorbs the hour a daylight-saving change adds or removes.
  return Math.round((startOfDay(to) - startOfDay(from)) / (24 * 60 * 60 * 1000));
}

/**
 * Where a due date stands on the day containing `now`.
 *
 * By calendar day: a date due today is due soon, not overdue, until the day is over.
 */
export function dueStatus(due: number, now: number): DueStatus {
  const days = calendarDaysBetween(now, due);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due-soon';
  return 'scheduled';
}

/** Where a one-to-one due on `due` stands at `now` (due soon within three days). */
export function oneOnOneStatus(due: number, now: number): DueStatus {
  return dueStatus(due, now);
}

/** Local midnight of a `YYYY-MM-DD` date, or null when it is not a real calendar date. */
export function parseLocalDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

/** The last millisecond of the local day containing `time` (follow-ups and due dates run to day's end). */
export function endOfLocalDay(time: number): number {
  const date = new Date(time);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}

/** Why a follow-up date cannot be used, or null when it can (today or later). */
export function followUpDateProblem(
  value: string,
  now: number,
): 'follow-up-invalid' | 'follow-up-past' | null {
  const day = parseLocalDate(value);
  if (day === null) return 'follow-up-invalid';
  if (day < startOfDay(now)) return 'follow-up-past';
  return null;
}

/** Why a one-to-one date cannot be used, or null when it can (today or earlier). */
export function heldOnProblem(value: string, now: number): 'held-on-invalid' | 'held-on-future' | null {
  const day = parseLocalDate(value);
  if (day === null) return 'held-on-invalid';
  if (day > startOfDay(now)) return 'held-on-future';
  return null;
}

/** Longest situation, behaviour, impact or next step in a coaching note, in characters. */
export const COACHING_FIELD_MAX_LENGTH = 1000;
/** Longest reply or closing note, in characters. */
export const COACHING_REPLY_MAX_LENGTH = 1000;
/** Longest part of a one-to-one record, in characters. */
export const ONE_ON_ONE_FIELD_MAX_LENGTH = 2000;

function requiredText(max: number) {
  return z
    .string({ error: 'field-required' })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, { error: 'field-required' }).max(max, { error: 'field-too-long' }));
}

function optionalText(max: number) {
  return z
    .string()
    .nullish()
    .transform((value) => value?.trim() ?? '')
    .pipe(z.string().max(max, { error: 'field-too-long' }))
    .transform((value) => (value.length === 0 ? null : value));
}

const isoDate = (code: string) => z.string({ error: code }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: code });

/** zod schema for what the coaching note form submits. */
export const coachingNoteInputSchema = z.strictObject({
  personId: z.string({ error: 'person-required' }).min(1, { error: 'person-required' }),
  situation: requiredText(COACHING_FIELD_MAX_LENGTH),
  behaviour: requiredText(COACHING_FIELD_MAX_LENGTH),
  impact: requiredText(COACHING_FIELD_MAX_LENGTH),
  nextStep: requiredText(COACHING_FIELD_MAX_LENGTH),
  moduleId: z
    .string()
    .nullish()
    .transform((value) => (value ? value : null)),
  followUpDate: isoDate('follow-up-invalid'),
});
/** What the coaching note form submits. */
export type CoachingNoteInput = z.input<typeof coachingNoteInputSchema>;

/** zod schema for an optional reply or closing note (blank becomes null). */
export const coachingReplySchema = optionalText(COACHING_REPLY_MAX_LENGTH);

/** zod schema for what the one-to-one form submits. */
export const oneOnOneInputSchema = z.strictObject({
  personId: z.string({ error: 'person-required' }).min(1, { error: 'person-required' }),
  heldOn: isoDate('held-on-invalid'),
  wentWell: requiredText(ONE_ON_ONE_FIELD_MAX_LENGTH),
  toImprove: requiredText(ONE_ON_ONE_FIELD_MAX_LENGTH),
  agreedActions: requiredText(ONE_ON_ONE_FIELD_MAX_LENGTH),
});
/** What the one-to-one form submits. */
export type OneOnOneInput = z.input<typeof oneOnOneInputSchema>;

/**
 * Words that judge the person rather than describe what they did.
 *
 * "Always" and "never" are here too: they turn one observed moment into a verdict on someone's character.
 */
export const JUDGEMENTAL_WORDS: readonly string[] = [
  'lazy',
  'laziness',
  'rude',
  'rudeness',
  'careless',
  'carelessness',
  'useless',
  'always',
  'never',
  'attitude',
  'sloppy',
  'incompetent',
  'hopeless',
  'stupid',
  'unprofessional',
  'selfish',
  'arrogant',
  'disrespectful',
  'pathetic',
  'clueless',
];

const judgemental = new Set(JUDGEMENTAL_WORDS);

/**
 * The judging words in `text`, lower case, each once, in the order they first appear.
 *
 * Whole words only ("nevertheless" is fine). A hint for the writer, never a reason to refuse a note.
 */
export function findJudgementalWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (judgemental.has(word) && !found.includes(word)) found.push(word);
  }
  return found;
}
