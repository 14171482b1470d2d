import { describe, expect, it } from 'vitest';
import {
  isDue,
  isModuleMastered,
  MASTERED_BOX,
  scheduleAfterAnswer,
  startOfDay,
  TOP_BOX,
} from './review-schedule';

const DAY = 24 * 60 * 60 * 1000;
const monday = new Date(2026, 10, 23, 10, 30).getTime();
const mondayEvening = new Date(2026, 10, 23, 21, 45).getTime();

describe('Leitner review schedule', () => {
  it('brings a missed question back the next day', () => {
    const state = scheduleAfterAnswer(null, false, monday);
    expect(state.box).toBe(1);
    expect(isDue(state, monday)).toBe(false);
    expect(state.dueAt).toBe(startOfDay(monday + DAY));
    expect(isDue(state, startOfDay(monday + DAY) + 1)).toBe(true);
  });

  it('makes an evening miss due the next morning, not a day later', () => {
    expect(scheduleAfterAnswer(null, false, mondayEvening).dueAt).toBe(new Date(2026, 10, 24).getTime());
  });

  it('waits two days after a question answered right the first time', () => {
    const state = scheduleAfterAnswer(null, true, monday);
    expect(state.box).toBe(2);
    expect(state.dueAt).toBe(startOfDay(monday + 2 * DAY));
  });

  it('moves up a box per correct spaced answer, and back to box 1 on a miss', () => {
    let state = scheduleAfterAnswer(null, true, monday);
    state = scheduleAfterAnswer(state, true, monday + 2 * DAY);
    expect(state.box).toBe(3);
    expect(state.dueAt).toBe(startOfDay(monday + 6 * DAY));
    state = scheduleAfterAnswer(state, false, monday + 6 * DAY);
    expect(state).toMatchObject({ box: 1 });
  });

  it('does not promote an item twice on the same day', () => {
    const first = scheduleAfterAnswer(null, true, monday);
    const again = scheduleAfterAnswer(first, true, monday + 60_000);
    expect(again.box).toBe(first.box);
  });

  it('never goes above the top box', () => {
    let state = scheduleAfterAnswer(null, true, monday);
    for (let day = 1; day < 60; day += 1) state = scheduleAfterAnswer(state, true, monday + day * 20 * DAY);
    expect(state.box).toBe(TOP_BOX);
  });

  it('calls a module mastered only when every question reached the mastered box', () => {
    const mastered = { box: MASTERED_BOX, dueAt: 0, lastReviewedAt: 0 };
    const learning = { box: 2, dueAt: 0, lastReviewedAt: 0 };
    expect(isModuleMastered([mastered, mastered], 2)).toBe(true);
    expect(isModuleMastered([mastered, learning], 2)).toBe(false);
    expect(isModuleMastered([mastered], 2)).toBe(false);
    expect(isModuleMastered([], 0)).toBe(false);
  });
});
