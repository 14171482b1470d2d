import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsArb } from '../testing/check-ins';
import { mondayOf } from './anonymity';
import { CHECK_IN_TAGS, type CheckInRecord } from './check-in-record';
import { checkInCountOf, checkInIdsOf, checkInsOf, checkInWeeksOf, withoutCheckIns } from './week-buckets';

const byTimeThenId = (a: CheckInRecord, b: CheckInRecord) => a.at - b.at || (a.id < b.id ? -1 : 1);

/** The generated check-ins with every moment, some without a team, and tags in any order. */
const variedArb = checkInsArb.map((records) =>
  records.map((record, index): CheckInRecord => ({
    ...record,
    moment: index % 2 === 0 ? 'shift-start' : 'shift-end',
    teamId: index % 5 === 0 ? null : record.teamId,
    tags: index % 3 === 0 ? [...record.tags].reverse() : record.tags,
  })),
);

/** A check-in as a week row gives it back: the same, with its tags in `CHECK_IN_TAGS` order. */
const asStored = (record: CheckInRecord): CheckInRecord => ({
  ...record,
  tags: CHECK_IN_TAGS.filter((tag) => record.tags.includes(tag)),
});

describe('check-in weeks', () => {
  it('give back every check-in exactly, once, in its owner’s week, oldest first, whatever the input order', () => {
    fc.assert(
      fc.property(variedArb, (records) => {
        const packed = checkInWeeksOf(records);
        expect([...checkInsOf(packed)].sort(byTimeThenId)).toEqual(records.map(asStored).sort(byTimeThenId));
        for (const week of packed) {
          const inWeek = checkInsOf([week]);
          expect(checkInCountOf(week)).toBe(inWeek.length);
          expect(checkInIdsOf(week)).toEqual(inWeek.map((record) => record.id));
          expect(inWeek.length).toBeGreaterThan(0);
          expect(week.firstAt).toBe(inWeek[0]?.at);
          expect([...inWeek].sort(byTimeThenId)).toEqual(inWeek);
          for (const record of inWeek) {
            expect(record.personId).toBe(week.personId);
            expect(mondayOf(record.day)).toBe(week.weekStart);
          }
        }
        // One row per person and week, sorted by person then week; the input order does not matter.
        const keys = packed.map((week) => `${week.personId}\u0000${week.weekStart}`);
        expect(keys).toEqual([...new Set(keys)].sort());
        expect(checkInWeeksOf([...records].reverse())).toEqual(packed);
      }),
    );
  });

  it('hold only plain numbers and the ids, never an answer as text', () => {
    const [records = []] = fc.sample(variedArb, { numRuns: 1, seed: 7 });
    for (const week of checkInWeeksOf(records)) {
      for (const list of [week.at, week.when, week.answers]) {
        expect(list.every((value) => Number.isSafeInteger(value))).toBe(true);
      }
      expect(JSON.stringify(week)).not.toMatch(/shift-|role-|peak-period|"early"|"late"/);
    }
  });

  it('drop the check-ins asked for, keeping the rest in order, and vanish when none is left', () => {
    fc.assert(
      fc.property(variedArb, fc.nat(), (records, pick) => {
        for (const week of checkInWeeksOf(records)) {
          const inWeek = checkInsOf([week]);
          const cutoff = inWeek[pick % inWeek.length]?.at ?? 0;
          const rest = withoutCheckIns(week, (record) => record.at < cutoff);
          const kept = inWeek.filter((record) => record.at >= cutoff);
          expect(rest && checkInsOf([rest])).toEqual(kept);
          expect(rest?.firstAt).toBe(kept[0]?.at);
          expect(withoutCheckIns(week, () => true)).toBeNull();
        }
      }),
    );
  });
});
