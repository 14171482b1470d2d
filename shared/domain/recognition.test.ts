import { describe, expect, it } from 'vitest';
import {
  canRecognise,
  canSeeRecognition,
  countGivenToday,
  DEFAULT_SERVICE_VALUE_IDS,
  DEFAULT_SERVICE_VALUES,
  isDefaultServiceValueId,
  isOnWallFor,
  isWithinDailyLimit,
  MESSAGE_MAX_LENGTH,
  mayGiveRecognition,
  messageProblem,
  quietPeople,
  recognitionInputSchema,
  recognitionRulesSchema,
  serviceValueInputSchema,
  type RecognitionParties,
} from './recognition';

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 9): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

const parties = (overrides: Partial<RecognitionParties> = {}): RecognitionParties => ({
  giverId: 'sam',
  giverRole: 'supervisor',
  giverTeamId: 'billing',
  recipientId: 'bea',
  recipientTeamId: 'billing',
  allowPeer: false,
  ...overrides,
});

describe('default service values', () => {
  it('seeds the eight service-ideology values with i18n keys for their words', () => {
    expect(DEFAULT_SERVICE_VALUE_IDS).toHaveLength(8);
    expect(DEFAULT_SERVICE_VALUES.map((value) => value.id)).toEqual([...DEFAULT_SERVICE_VALUE_IDS]);
    expect(DEFAULT_SERVICE_VALUES[0]).toEqual({
      id: 'integrity',
      labelKey: 'recognition.defaultValues.integrity.label',
      descriptionKey: 'recognition.defaultValues.integrity.description',
    });
  });

  it('knows which ids are seeded ones', () => {
    expect(isDefaultServiceValueId('respect')).toBe(true);
    expect(isDefaultServiceValueId('speed')).toBe(false);
  });
});

describe('canRecognise', () => {
  it('refuses self-recognition whatever the role', () => {
    for (const giverRole of ['employee', 'supervisor', 'admin'] as const) {
      expect(canRecognise(parties({ giverRole, recipientId: 'sam', allowPeer: true }))).toBe('self');
    }
  });

  it('lets supervisors recognise their own team only', () => {
    expect(canRecognise(parties())).toBe('allowed');
    expect(canRecognise(parties({ recipientTeamId: 'returns' }))).toBe('other-team');
    expect(canRecognise(parties({ giverTeamId: null, recipientTeamId: null }))).toBe('other-team');
  });

  it('lets admins recognise anyone else', () => {
    expect(canRecognise(parties({ giverRole: 'admin', giverTeamId: null, recipientTeamId: 'returns' }))).toBe(
      'allowed',
    );
  });

  it('keeps peer recognition off until allowed, then limits it to the own team', () => {
    const employee = parties({ giverId: 'rory', giverRole: 'employee' });
    expect(canRecognise(employee)).toBe('peer-recognition-off');
    expect(canRecognise({ ...employee, allowPeer: true })).toBe('allowed');
    expect(canRecognise({ ...employee, allowPeer: true, recipientTeamId: 'returns' })).toBe('other-team');
  });

  it('says whether a role may give at all', () => {
    expect(mayGiveRecognition('employee', false)).toBe(false);
    expect(mayGiveRecognition('employee', true)).toBe(true);
    expect(mayGiveRecognition('supervisor', false)).toBe(true);
    expect(mayGiveRecognition('admin', false)).toBe(true);
  });
});

describe('daily limit', () => {
  it('counts only what the giver gave since local midnight', () => {
    const rows = [
      { giverId: 'sam', createdAt: dayAt(0, 23) },
      { giverId: 'sam', createdAt: dayAt(1, 0) },
      { giverId: 'sam', createdAt: dayAt(1, 8) },
      { giverId: 'ada', createdAt: dayAt(1, 8) },
    ];
    expect(countGivenToday(rows, 'sam', dayAt(1, 9))).toBe(2);
    expect(countGivenToday(rows, 'ada', dayAt(1, 9))).toBe(1);
    expect(countGivenToday(rows, 'sam', dayAt(2, 9))).toBe(0);
  });

  it('allows giving until the limit is reached', () => {
    expect(isWithinDailyLimit(4, 5)).toBe(true);
    expect(isWithinDailyLimit(5, 5)).toBe(false);
  });
});

describe('quietPeople', () => {
  const people = [
    { id: 'bea', name: 'Bea' },
    { id: 'rory', name: 'Rory' },
    { id: 'kim', name: 'Kim' },
    { id: 'lee', name: 'Lee' },
  ];

  it('lists people not recognised in N weeks, never-recognised first, with their last date', () => {
    const now = dayAt(60);
    const recognitions = [
      { recipientId: 'bea', createdAt: dayAt(55) },
      { recipientId: 'rory', createdAt: dayAt(10) },
      { recipientId: 'rory', createdAt: dayAt(20) },
      { recipientId: 'lee', createdAt: dayAt(5) },
    ];
    expect(quietPeople(people, recognitions, now, 4)).toEqual([
      { id: 'kim', name: 'Kim', lastRecognisedAt: null },
      { id: 'lee', name: 'Lee', lastRecognisedAt: dayAt(5) },
      { id: 'rory', name: 'Rory', lastRecognisedAt: dayAt(20) },
    ]);
  });

  it('takes the quiet period from the weeks given', () => {
    const recognitions = [{ recipientId: 'bea', createdAt: dayAt(0) }];
    const ids = (weeks: number) =>
      quietPeople([people[0]!], recognitions, dayAt(15), weeks).map((person) => person.id);
    expect(ids(2)).toEqual(['bea']);
    expect(ids(3)).toEqual([]);
  });
});

describe('visibility', () => {
  const publicOne = { giverId: 'sam', recipientId: 'bea', teamId: 'billing', isPrivate: false };
  const privateOne = { ...publicOne, isPrivate: true };
  const teamMate = { personId: 'kim', role: 'employee', teamId: 'billing' } as const;
  const outsider = { personId: 'rory', role: 'supervisor', teamId: 'returns' } as const;
  const admin = { personId: 'ada', role: 'admin', teamId: null } as const;

  it('puts public recognitions on the wall for the recipient’s team and admins only', () => {
    expect(isOnWallFor(teamMate, publicOne)).toBe(true);
    expect(isOnWallFor(admin, publicOne)).toBe(true);
    expect(isOnWallFor(outsider, publicOne)).toBe(false);
    expect(isOnWallFor({ ...teamMate, teamId: null }, { ...publicOne, teamId: null })).toBe(false);
  });

  it('never puts private recognitions on the wall, but shows them to giver and recipient', () => {
    expect(isOnWallFor(admin, privateOne)).toBe(false);
    expect(isOnWallFor(teamMate, privateOne)).toBe(false);
    expect(canSeeRecognition(teamMate, privateOne)).toBe(false);
    expect(canSeeRecognition({ ...teamMate, personId: 'bea' }, privateOne)).toBe(true);
    expect(canSeeRecognition({ ...teamMate, personId: 'sam', role: 'supervisor' }, privateOne)).toBe(true);
  });
});

describe('input rules', () => {
  it('requires a message and caps it at 500 characters', () => {
    expect(messageProblem('   ')).toBe('message-required');
    expect(messageProblem('x'.repeat(MESSAGE_MAX_LENGTH))).toBeNull();
    expect(messageProblem('x'.repeat(MESSAGE_MAX_LENGTH + 1))).toBe('message-too-long');
  });

  it('parses a recognition, trimming the message and defaulting the options', () => {
    const parsed = recognitionInputSchema.parse({
      recipientId: 'bea',
      valueIds: ['integrity'],
      message: '  Thank you  ',
    });
    expect(parsed).toEqual({
      recipientId: 'bea',
      valueIds: ['integrity'],
      message: 'Thank you',
      moduleId: null,
      isPrivate: false,
    });
  });

  it('rejects a recognition without values, with repeated values or with an empty message', () => {
    const codes = (input: unknown) => {
      const result = recognitionInputSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(codes({ recipientId: 'bea', valueIds: [], message: 'Hi' })).toEqual(['values-required']);
    expect(codes({ recipientId: 'bea', valueIds: ['a', 'a'], message: 'Hi' })).toEqual(['values-duplicate']);
    expect(codes({ recipientId: 'bea', valueIds: ['a'], message: ' ' })).toEqual(['message-required']);
    expect(codes({ recipientId: '', valueIds: ['a'], message: 'Hi' })).toEqual(['recipient-required']);
  });

  it('keeps the rules within their ranges', () => {
    const ok = { allowPeerRecognition: true, dailyLimit: 20, quietWeeks: 1 };
    expect(recognitionRulesSchema.safeParse(ok).success).toBe(true);
    expect(recognitionRulesSchema.safeParse({ ...ok, dailyLimit: 0 }).success).toBe(false);
    expect(recognitionRulesSchema.safeParse({ ...ok, dailyLimit: 21 }).success).toBe(false);
    expect(recognitionRulesSchema.safeParse({ ...ok, dailyLimit: 2.5 }).success).toBe(false);
    expect(recognitionRulesSchema.safeParse({ ...ok, quietWeeks: 0 }).success).toBe(false);
  });

  it('tidies a service value’s label and requires one', () => {
    expect(
      serviceValueInputSchema.parse({ label: '  Going   the extra mile ', description: ' Yes ' }),
    ).toEqual({
      label: 'Going the extra mile',
      description: 'Yes',
    });
    expect(serviceValueInputSchema.safeParse({ label: ' ', description: '' }).success).toBe(false);
  });
});
