import { describe, expect, it } from 'vitest';
import type { CheckInRecord } from './check-in';
import { findPersonalPatterns, highStressors } from './patterns';
import type { Rating, StressorId } from './stressors';

type History = Pick<CheckInRecord, 'weekday' | 'ratings'>;

const calm: Readonly<Record<StressorId, Rating>> = {
  'emotional-labor': 2,
  'role-conflict': 2,
  'role-ambiguity': 4,
  'role-overload': 2,
  'service-climate': 4,
};

function shift(weekday: number, changes: Partial<Record<StressorId, Rating>> = {}): History {
  return { weekday, ratings: { ...calm, ...changes } };
}

/** `weeks` weeks of Monday-to-Saturday shifts; Saturdays bring `saturday` changes. */
function weeksOfShifts(weeks: number, saturday: Partial<Record<StressorId, Rating>>): History[] {
  return Array.from({ length: weeks }, () => [
    ...[1, 2, 3, 4, 5].map((weekday) => shift(weekday)),
    shift(6, saturday),
  ]).flat();
}

describe('findPersonalPatterns', () => {
  it('finds that Saturdays bring overload', () => {
    const patterns = findPersonalPatterns(weeksOfShifts(4, { 'role-overload': 5 }));
    expect(patterns).toHaveLength(1);
    expect(patterns[0]).toEqual({
      stressor: 'role-overload',
      weekday: 6,
      meanStrain: 100,
      overallMean: 37.5,
      checkIns: 4,
    });
  });

  it('ignores a weekday with fewer than three check-ins', () => {
    expect(findPersonalPatterns(weeksOfShifts(2, { 'role-overload': 5 }))).toEqual([]);
  });

  it('looks for nothing before eight check-ins', () => {
    const history = [1, 2, 3, 4]
      .map((weekday) => shift(weekday))
      .concat([6, 6, 6].map((day) => shift(day, { 'role-overload': 5 })));
    expect(history).toHaveLength(7);
    expect(findPersonalPatterns(history)).toEqual([]);
    expect(findPersonalPatterns([...history, shift(1)])).toHaveLength(1);
  });

  it('ignores a weekday less than 15 points above the person’s mean', () => {
    // Conflict 50 on Mondays, Wednesdays and Saturdays, 25 on Tuesdays: overall 43.75, Saturdays +6.25.
    const history = Array.from({ length: 4 }, () => [
      shift(1, { 'role-conflict': 3 }),
      shift(2),
      shift(3, { 'role-conflict': 3 }),
      shift(6, { 'role-conflict': 3 }),
    ]).flat();
    expect(findPersonalPatterns(history)).toEqual([]);
  });

  it('counts a gap of exactly 15 points', () => {
    // Overload 50 on three Saturdays and one Tuesday, 25 on six other shifts: overall 350 / 10 = 35.
    const history = [
      ...[6, 6, 6, 2].map((weekday) => shift(weekday, { 'role-overload': 3 })),
      ...[1, 2, 3, 4, 5, 1].map((weekday) => shift(weekday)),
    ];
    expect(findPersonalPatterns(history)).toEqual([
      { stressor: 'role-overload', weekday: 6, meanStrain: 50, overallMean: 35, checkIns: 3 },
    ]);
  });

  it('reads resource items in their reversed direction', () => {
    const patterns = findPersonalPatterns(weeksOfShifts(4, { 'service-climate': 1 }));
    expect(patterns.map((pattern) => [pattern.stressor, pattern.weekday])).toEqual([['service-climate', 6]]);
  });

  it('shows the strongest three, strongest first', () => {
    const patterns = findPersonalPatterns(
      weeksOfShifts(4, {
        'emotional-labor': 3,
        'role-conflict': 4,
        'role-ambiguity': 2,
        'role-overload': 5,
        'service-climate': 1,
      }),
    );
    expect(patterns.map((pattern) => pattern.stressor)).toEqual([
      'role-overload',
      'service-climate',
      'role-conflict',
    ]);
  });

  it('finds nothing in an even history', () => {
    expect(findPersonalPatterns(weeksOfShifts(6, {}))).toEqual([]);
    expect(findPersonalPatterns([])).toEqual([]);
  });
});

describe('highStressors', () => {
  it('has nothing to suggest before the first check-in', () => {
    expect(highStressors(null)).toEqual([]);
  });

  it('lists stressors at 75 or more, highest first', () => {
    const ratings: Record<StressorId, Rating> = {
      'emotional-labor': 4,
      'role-conflict': 3,
      'role-ambiguity': 2,
      'role-overload': 5,
      'service-climate': 1,
    };
    expect(highStressors({ ratings })).toEqual([
      'role-overload',
      'service-climate',
      'emotional-labor',
      'role-ambiguity',
    ]);
  });

  it('lists nothing after a calm shift', () => {
    expect(highStressors({ ratings: calm })).toEqual([]);
  });
});
