import { describe, expect, it } from 'vitest';
import {
  CADENCE_WEEKS,
  calendarDaysBetween,
  coachingNoteInputSchema,
  coachingReplySchema,
  DEFAULT_CADENCE_WEEKS,
  dueStatus,
  endOfLocalDay,
  findJudgementalWords,
  followUpDateProblem,
  heldOnProblem,
  isCadenceWeeks,
  nextOneOnOneDue,
  oneOnOneInputSchema,
  oneOnOneStatus,
  parseLocalDate,
} from './one-on-one';

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 10): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

describe('cadence', () => {
  it('offers every 1, 2, 4 or 6 weeks and defaults to 4', () => {
    expect(CADENCE_WEEKS).toEqual([1, 2, 4, 6]);
    expect(DEFAULT_CADENCE_WEEKS).toBe(4);
    expect(isCadenceWeeks(2)).toBe(true);
    expect(isCadenceWeeks(3)).toBe(false);
    expect(isCadenceWeeks(0)).toBe(false);
  });
});

describe('nextOneOnOneDue', () => {
  it('is due now when there has been no one-to-one', () => {
    expect(nextOneOnOneDue(null, 4, dayAt(10))).toBe(dayAt(10));
  });

  it('adds the cadence in calendar weeks to the last one-to-one', () => {
    expect(nextOneOnOneDue(dayAt(0), 1, dayAt(3))).toBe(dayAt(7));
    expect(nextOneOnOneDue(dayAt(0), 6, dayAt(3))).toBe(dayAt(42));
  });

  it('keeps the time of day across the spring clock change', () => {
    // 2 March 2026 + 4 weeks crosses the end of March in Europe and the US change in mid-March.
    const due = new Date(nextOneOnOneDue(dayAt(0, 9), 4, dayAt(0)));
    expect(due.getHours()).toBe(9);
    expect(due.getDate()).toBe(30);
  });
});

describe('oneOnOneStatus', () => {
  it('is overdue once the due day has passed', () => {
    expect(oneOnOneStatus(dayAt(4), dayAt(5, 8))).toBe('overdue');
  });

  it('is due soon from three days before until the end of the due day', () => {
    expect(oneOnOneStatus(dayAt(8, 9), dayAt(5, 23))).toBe('due-soon');
    expect(oneOnOneStatus(dayAt(5, 1), dayAt(5, 23))).toBe('due-soon');
    expect(oneOnOneStatus(dayAt(9), dayAt(5))).toBe('scheduled');
  });

  it('treats "due now" as due soon', () => {
    const now = dayAt(2);
    expect(oneOnOneStatus(nextOneOnOneDue(null, 4, now), now)).toBe('due-soon');
  });

  it('matches the general due status', () => {
    for (const offset of [-2, 0, 3, 4])
      expect(oneOnOneStatus(dayAt(offset), dayAt(0))).toBe(dueStatus(dayAt(offset), dayAt(0)));
  });
});

describe('dates', () => {
  it('parses real local calendar dates only', () => {
    expect(parseLocalDate('2026-03-02')).toBe(new Date(2026, 2, 2).getTime());
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(parseLocalDate('2.3.2026')).toBeNull();
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(dayAt(0, 23), dayAt(1, 1))).toBe(1);
    expect(calendarDaysBetween(dayAt(3), dayAt(1))).toBe(-2);
    expect(calendarDaysBetween(dayAt(0), dayAt(35))).toBe(35);
  });

  it('ends a day at its last millisecond', () => {
    expect(endOfLocalDay(dayAt(0))).toBe(dayAt(1, 0) - 1);
  });

  it('accepts follow-ups today or later and one-to-ones today or earlier', () => {
    const now = dayAt(0, 15);
    expect(followUpDateProblem('2026-03-02', now)).toBeNull();
    expect(followUpDateProblem('2026-03-01', now)).toBe('follow-up-past');
    expect(followUpDateProblem('soon', now)).toBe('follow-up-invalid');
    expect(heldOnProblem('2026-03-02', now)).toBeNull();
    expect(heldOnProblem('2026-03-03', now)).toBe('held-on-future');
    expect(heldOnProblem('', now)).toBe('held-on-invalid');
  });
});

describe('input schemas', () => {
  const note = {
    personId: 'bea',
    situation: 'Call at 10:40 about a refund.',
    behaviour: 'The caller was put on hold twice without being told why.',
    impact: 'The caller asked for a manager.',
    nextStep: 'Say why before placing a hold.',
    moduleId: '',
    followUpDate: '2026-03-16',
  };

  it('trims the four fields and turns an empty module into none', () => {
    const parsed = coachingNoteInputSchema.parse({ ...note, situation: '  Call.  ' });
    expect(parsed.situation).toBe('Call.');
    expect(parsed.moduleId).toBeNull();
  });

  it('requires each field, at most 1000 characters', () => {
    const blank = coachingNoteInputSchema.safeParse({ ...note, impact: '   ' });
    expect(blank.success ? [] : blank.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['impact', 'field-required'],
    ]);
    const long = coachingNoteInputSchema.safeParse({ ...note, behaviour: 'x'.repeat(1001) });
    expect(long.success ? null : long.error.issues[0]?.message).toBe('field-too-long');
    expect(coachingNoteInputSchema.safeParse({ ...note, behaviour: 'x'.repeat(1000) }).success).toBe(true);
  });

  it('requires all three parts of a one-to-one, at most 2000 characters', () => {
    const record = {
      personId: 'bea',
      heldOn: '2026-03-02',
      wentWell: 'a',
      toImprove: 'b',
      agreedActions: 'c',
    };
    expect(oneOnOneInputSchema.safeParse(record).success).toBe(true);
    expect(oneOnOneInputSchema.safeParse({ ...record, agreedActions: ' ' }).success).toBe(false);
    expect(oneOnOneInputSchema.safeParse({ ...record, wentWell: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('turns a blank reply into none and refuses one over 1000 characters', () => {
    expect(coachingReplySchema.parse('  ')).toBeNull();
    expect(coachingReplySchema.parse(undefined)).toBeNull();
    expect(coachingReplySchema.parse(' Thanks ')).toBe('Thanks');
    expect(coachingReplySchema.safeParse('x'.repeat(1001)).success).toBe(false);
  });
});

describe('findJudgementalWords', () => {
  it('flags words that judge the person, each once, in order', () => {
    expect(findJudgementalWords('Lazy on calls and ALWAYS rude, so lazy.')).toEqual([
      'lazy',
      'always',
      'rude',
    ]);
    expect(findJudgementalWords('Poor attitude, never listens, careless and useless.')).toEqual([
      'attitude',
      'never',
      'careless',
      'useless',
    ]);
  });

  it('leaves descriptions of behaviour alone, and words that only contain a flagged one', () => {
    expect(findJudgementalWords('Put the caller on hold twice without saying why.')).toEqual([]);
    expect(findJudgementalWords('Nevertheless, the crude estimate was always-on… alwaysx')).toEqual([
      'always',
    ]);
  });
});
