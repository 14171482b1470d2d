/**
 * Spaced review with a Leitner schedule.
 *
 * Every question a learner meets in a module joins their review deck. A correct answer moves it up a box,
 * a wrong one sends it back to box 1; each box waits longer before the item comes back (1, 2, 4, 8, 16
 * days). An item is mastered once it reaches box 3 — right in the module and right again in a later,
 * spaced session — and a module is mastered when all of its questions are.
 */

/** Days to wait after an answer leaves an item in each box (index = box). */
export const BOX_INTERVAL_DAYS = [0, 1, 2, 4, 8, 16] as const;
/** The highest box. */
export const TOP_BOX = 5;
/** The box from which an item counts as mastered. */
export const MASTERED_BOX = 3;
/** Most items in one daily review session, so it fits between calls. */
export const REVIEW_SESSION_SIZE = 8;

/** Where an item stands in a learner's deck. */
export interface ReviewState {
  readonly box: number;
  readonly dueAt: number;
  readonly lastReviewedAt: number;
}

/** Local midnight at the start of the day containing `time`. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** When an item in `box` answered at `now` is next due: the start of the day `interval` days later. */
export function dueDateFor(box: number, now: number): number {
  const days = BOX_INTERVAL_DAYS[Math.min(Math.max(box, 1), TOP_BOX)] ?? 1;
  const date = new Date(now);
  // Calendar arithmetic, not milliseconds, so a daylight-saving change never shifts the day.
  date.setDate(date.getDate() + days);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * The state after an answer.
 *
 * Answering again on the same day as the last review (for example retrying a module) can lower an item
 * but never raise it: moving up needs a spaced session.
 */
export function scheduleAfterAnswer(
  previous: ReviewState | null,
  isCorrect: boolean,
  now: number,
): ReviewState {
  if (!isCorrect) return { box: 1, dueAt: dueDateFor(1, now), lastReviewedAt: now };
  if (previous === null) return { box: 2, dueAt: dueDateFor(2, now), lastReviewedAt: now };
  const isSameDay = startOfDay(previous.lastReviewedAt) === startOfDay(now);
  const box = isSameDay ? previous.box : Math.min(previous.box + 1, TOP_BOX);
  return { box, dueAt: dueDateFor(box, now), lastReviewedAt: now };
}

/** Whether an item is due for review at `now`. */
export function isDue(state: ReviewState, now: number): boolean {
  return state.dueAt <= now;
}

/** Whether every item of a module is mastered (an empty deck is not mastery). */
export function isModuleMastered(states: readonly ReviewState[], itemCount: number): boolean {
  return itemCount > 0 && states.length >= itemCount && states.every((state) => state.box >= MASTERED_BOX);
}
