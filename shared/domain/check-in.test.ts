import { describe, expect, it } from 'vitest';
import type { CheckInInput, CheckInRecord } from './check-in';
import {
  CHECK_IN_TAGS,
  checkInInputSchema,
  localDay,
  NOTE_MAX_LENGTH,
  shiftPeriodAt,
  strainProfile,
} from './check-in';

const validInput = {
  moment: 'shift-end',
  ratings: {
    'emotional-labor': 4,
    'role-conflict': 2,
    'role-ambiguity': 5,
    'role-overload': 3,
    'service-climate': 1,
  },
  energy: 2,
  tags: ['peak-period', 'system-issue'],
  note: 'Long queue after the outage.',
};

const at = (hour: number, minute = 0, second = 0) => new Date(2026, 2, 14, hour, minute, second).getTime();

describe('check-in input schema', () => {
  it('accepts a complete check-in', () => {
    const parsed: CheckInInput = checkInInputSchema.parse(validInput);
    const ratings: CheckInRecord['ratings'] = parsed.ratings;
    expect(ratings).toEqual(validInput.ratings);
  });

  it('accepts a check-in without tags or a note', () => {
    expect(checkInInputSchema.safeParse({ ...validInput, tags: [], note: undefined }).success).toBe(true);
    const withoutNote: Partial<typeof validInput> = { ...validInput };
    delete withoutNote.note;
    expect(checkInInputSchema.safeParse(withoutNote).success).toBe(true);
  });

  it('accepts every tag once', () => {
    expect(checkInInputSchema.safeParse({ ...validInput, tags: [...CHECK_IN_TAGS] }).success).toBe(true);
  });

  it.each([0, 6, 2.5, '3', null])('rejects the rating %s', (rating) => {
    const input = { ...validInput, ratings: { ...validInput.ratings, 'role-overload': rating } };
    expect(checkInInputSchema.safeParse(input).success).toBe(false);
  });

  it.each([0, 6, 3.5])('rejects the energy %s', (energy) => {
    expect(checkInInputSchema.safeParse({ ...validInput, energy }).success).toBe(false);
  });

  it('rejects a missing stressor rating', () => {
    const ratings: Partial<typeof validInput.ratings> = { ...validInput.ratings };
    delete ratings['service-climate'];
    expect(checkInInputSchema.safeParse({ ...validInput, ratings }).success).toBe(false);
  });

  it('rejects an unknown stressor and an unknown field', () => {
    const extraRating = { ...validInput, ratings: { ...validInput.ratings, boredom: 3 } };
    expect(checkInInputSchema.safeParse(extraRating).success).toBe(false);
    expect(checkInInputSchema.safeParse({ ...validInput, personId: 'someone-else' }).success).toBe(false);
  });

  it('rejects an unknown moment and an unknown tag', () => {
    expect(checkInInputSchema.safeParse({ ...validInput, moment: 'lunch' }).success).toBe(false);
    expect(checkInInputSchema.safeParse({ ...validInput, tags: ['bad-weather'] }).success).toBe(false);
  });

  it('rejects a tag given twice', () => {
    const result = checkInInputSchema.safeParse({ ...validInput, tags: ['peak-period', 'peak-period'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['tags'], message: 'duplicate-tag' });
  });

  it('rejects more tags than there are', () => {
    const tags = [...CHECK_IN_TAGS, 'peak-period'];
    expect(checkInInputSchema.safeParse({ ...validInput, tags }).success).toBe(false);
  });

  it(`accepts a note of ${NOTE_MAX_LENGTH} characters and rejects a longer one`, () => {
    expect(checkInInputSchema.safeParse({ ...validInput, note: 'a'.repeat(NOTE_MAX_LENGTH) }).success).toBe(
      true,
    );
    const result = checkInInputSchema.safeParse({ ...validInput, note: 'a'.repeat(NOTE_MAX_LENGTH + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['note'], message: 'too-long' });
  });
});

describe('shift periods', () => {
  it.each([
    ['04:59:59', 'night'],
    ['05:00:00', 'early'],
    ['10:59:59', 'early'],
    ['11:00:00', 'day'],
    ['16:59:59', 'day'],
    ['17:00:00', 'late'],
    ['22:59:59', 'late'],
    ['23:00:00', 'night'],
    ['00:00:00', 'night'],
  ] as const)('places %s local time in the %s period', (clock, period) => {
    const [hour = 0, minute = 0, second = 0] = clock.split(':').map(Number);
    expect(shiftPeriodAt(at(hour, minute, second))).toBe(period);
  });
});

describe('local day', () => {
  it('formats the local calendar day with zero padding', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 0).getTime())).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59, 59).getTime())).toBe('2026-12-31');
  });
});

describe('strain profile', () => {
  it('scores each stressor in its own direction', () => {
    expect(strainProfile({ ratings: checkInInputSchema.parse(validInput).ratings })).toEqual({
      'emotional-labor': 75,
      'role-conflict': 25,
      'role-ambiguity': 0,
      'role-overload': 50,
      'service-climate': 100,
    });
  });
});
