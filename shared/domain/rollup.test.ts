import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInRecord } from './check-in';
import { CHECK_IN_MOMENTS, CHECK_IN_TAGS, localDay, shiftPeriodAt } from './check-in';
import type { TeamRollup } from './rollup';
import { addToRollup, compareRollups, rebuildRollups, removePersonFromRollup, rollupKey } from './rollup';
import type { Rating } from './stressors';

const START = new Date(2026, 2, 2, 0, 0).getTime();
const HOUR = 60 * 60 * 1000;

function checkIn(
  overrides: Partial<Omit<CheckInRecord, 'day' | 'weekday' | 'period'>> & { readonly at: number },
): CheckInRecord {
  return {
    id: `c-${overrides.at}-${overrides.personId ?? 'p1'}`,
    personId: 'p1',
    teamId: 'team-a',
    moment: 'shift-end',
    ratings: {
      'emotional-labor': 3,
      'role-conflict': 3,
      'role-ambiguity': 3,
      'role-overload': 3,
      'service-climate': 3,
    },
    energy: 3,
    tags: [],
    ...overrides,
    day: localDay(overrides.at),
    weekday: new Date(overrides.at).getDay(),
    period: shiftPeriodAt(overrides.at),
  };
}

const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
const recordArb = fc
  .record({
    index: fc.nat(),
    personId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'),
    teamId: fc.constantFrom<string | null>('team-a', 'team-b', null),
    moment: fc.constantFrom(...CHECK_IN_MOMENTS),
    // Four days, so most rollups collect several check-ins.
    at: fc.integer({ min: START, max: START + 4 * 24 * HOUR }),
    ratings: fc.record({
      'emotional-labor': ratingArb,
      'role-conflict': ratingArb,
      'role-ambiguity': ratingArb,
      'role-overload': ratingArb,
      'service-climate': ratingArb,
    }),
    energy: ratingArb,
    tags: fc.uniqueArray(fc.constantFrom(...CHECK_IN_TAGS), { maxLength: CHECK_IN_TAGS.length }),
  })
  .map(({ index, ...fields }) => checkIn({ ...fields, id: `c-${index}` }));

function addIncrementally(records: readonly CheckInRecord[]): TeamRollup[] {
  const rollups = new Map<string, TeamRollup>();
  for (const record of records) {
    const key = rollupKey(record);
    if (key === null) continue;
    const mapKey = key.join('|');
    rollups.set(mapKey, addToRollup(rollups.get(mapKey) ?? null, record));
  }
  return [...rollups.values()].sort(compareRollups);
}

describe('team rollups', () => {
  it('has no rollup for someone without a team', () => {
    const record = checkIn({ at: START + 9 * HOUR, teamId: null });
    expect(rollupKey(record)).toBeNull();
    expect(() => addToRollup(null, record)).toThrow();
    expect(rebuildRollups([record])).toEqual([]);
  });

  it('keys a rollup by team, local day and shift period', () => {
    expect(rollupKey(checkIn({ at: new Date(2026, 2, 7, 18, 30).getTime() }))).toEqual([
      'team-a',
      '2026-03-07',
      'late',
    ]);
  });

  it('adds up strain, energy and tags without keeping anyone’s answers', () => {
    const first = checkIn({
      at: START + 9 * HOUR,
      personId: 'p2',
      ratings: {
        'emotional-labor': 5,
        'role-conflict': 1,
        'role-ambiguity': 1,
        'role-overload': 4,
        'service-climate': 2,
      },
      energy: 2,
      tags: ['peak-period', 'short-staffed'],
    });
    const second = checkIn({ at: START + 10 * HOUR, personId: 'p1', energy: 5, tags: ['peak-period'] });
    const rollup = addToRollup(addToRollup(null, first), second);
    expect(rollup).toEqual({
      teamId: 'team-a',
      day: localDay(START),
      period: 'early',
      weekday: 1,
      count: 2,
      contributorIds: ['p1', 'p2'],
      strainSums: {
        'emotional-labor': 150,
        'role-conflict': 50,
        'role-ambiguity': 150,
        'role-overload': 125,
        'service-climate': 125,
      },
      energySum: 7,
      tagCounts: { 'peak-period': 2, 'short-staffed': 1 },
    });
  });

  it('lists a person once however often they check in', () => {
    const records = [0, 1, 2].map((minutes) =>
      checkIn({ at: START + 9 * HOUR + minutes * 60_000, personId: 'p3' }),
    );
    const [rollup] = rebuildRollups(records);
    expect(rollup?.count).toBe(3);
    expect(rollup?.contributorIds).toEqual(['p3']);
  });

  it('refuses a check-in from another team, day or period', () => {
    const rollup = addToRollup(null, checkIn({ at: START + 9 * HOUR }));
    expect(() => addToRollup(rollup, checkIn({ at: START + 9 * HOUR, teamId: 'team-b' }))).toThrow();
    expect(() => addToRollup(rollup, checkIn({ at: START + 33 * HOUR }))).toThrow();
    expect(() => addToRollup(rollup, checkIn({ at: START + 12 * HOUR }))).toThrow();
  });

  it('sorts rebuilt rollups by team, day, then period in shift order', () => {
    const records = [
      checkIn({ at: START + 24 * HOUR + 9 * HOUR, teamId: 'team-b' }),
      checkIn({ at: START + 23 * HOUR }),
      checkIn({ at: START + 12 * HOUR }),
      checkIn({ at: START + 6 * HOUR }),
      checkIn({ at: START + 18 * HOUR }),
    ];
    expect(rebuildRollups(records).map((rollup) => [rollup.teamId, rollup.day, rollup.period])).toEqual([
      ['team-a', localDay(START), 'early'],
      ['team-a', localDay(START), 'day'],
      ['team-a', localDay(START), 'late'],
      ['team-a', localDay(START), 'night'],
      ['team-b', localDay(START + 33 * HOUR), 'early'],
    ]);
  });

  it('gives the same rollups adding check-ins one at a time as rebuilding from scratch', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), (records) => {
        expect(addIncrementally(records)).toEqual(rebuildRollups(records));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order check-ins arrive in', () => {
    fc.assert(
      fc.property(
        fc
          .array(recordArb, { maxLength: 40 })
          .chain((records) =>
            fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
          ),
        ([records, shuffled]) => {
          expect(rebuildRollups(shuffled)).toEqual(rebuildRollups(records));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts every team check-in once and lists exactly the distinct people behind each rollup', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), (records) => {
        const rollups = rebuildRollups(records);
        for (const rollup of rollups) {
          const mine = records.filter(
            (record) =>
              record.teamId === rollup.teamId && record.day === rollup.day && record.period === rollup.period,
          );
          expect(rollup.count).toBe(mine.length);
          expect(rollup.contributorIds).toEqual([...new Set(mine.map((record) => record.personId))].sort());
        }
        const teamRecords = records.filter((record) => record.teamId !== null);
        expect(rollups.reduce((total, rollup) => total + rollup.count, 0)).toBe(teamRecords.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('erasing a person from a rollup', () => {
  const rollup = rebuildRollups([
    checkIn({ at: START + 9 * HOUR, personId: 'p1', energy: 1 }),
    checkIn({ at: START + 10 * HOUR, personId: 'p2', energy: 5 }),
  ])[0]!;

  it('drops their id and keeps the aggregate figures', () => {
    const erased = removePersonFromRollup(rollup, 'p1');
    expect(erased.contributorIds).toEqual(['p2']);
    expect({ ...erased, contributorIds: rollup.contributorIds }).toEqual(rollup);
  });

  it('leaves a rollup they never contributed to unchanged', () => {
    expect(removePersonFromRollup(rollup, 'p9')).toBe(rollup);
  });
});
