import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveK,
  K_DEFAULT,
  K_MINIMUM,
  releaseFilteredView,
  releaseView,
  summariseRollups,
  weeklySeries,
} from './anonymity';
import type { CheckInRecord } from './check-in';
import { localDay, shiftPeriodAt } from './check-in';
import type { TeamRollup } from './rollup';
import { rebuildRollups, removePersonFromRollup } from './rollup';
import type { Rating } from './stressors';

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 9): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

function checkIn(personId: string, at: number, rating: Rating = 3, teamId = 'team-a'): CheckInRecord {
  return {
    id: `${personId}-${at}`,
    personId,
    teamId,
    moment: 'shift-end',
    at,
    day: localDay(at),
    weekday: new Date(at).getDay(),
    period: shiftPeriodAt(at),
    ratings: {
      'emotional-labor': rating,
      'role-conflict': rating,
      'role-ambiguity': rating,
      'role-overload': rating,
      'service-climate': rating,
    },
    energy: rating,
    tags: rating >= 4 ? ['peak-period'] : [],
  };
}

const people = (count: number, prefix = 'p') =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);
const contributors = (rollups: readonly TeamRollup[]) => new Set(rollups.flatMap((r) => r.contributorIds));

describe('effectiveK', () => {
  it('uses the default when nothing is configured', () => {
    expect(effectiveK(null)).toBe(K_DEFAULT);
    expect(effectiveK(undefined)).toBe(K_DEFAULT);
    expect(effectiveK(Number.NaN)).toBe(K_DEFAULT);
    expect(effectiveK(Infinity)).toBe(K_DEFAULT);
    expect(K_DEFAULT).toBe(5);
  });

  it('never goes below the minimum of three', () => {
    expect(K_MINIMUM).toBe(3);
    for (const configured of [-4, 0, 1, 2, 2.9, 3]) expect(effectiveK(configured)).toBe(3);
  });

  it('keeps a whole configured value and rounds a fraction up', () => {
    expect(effectiveK(7)).toBe(7);
    expect(effectiveK(4.2)).toBe(5);
  });
});

describe('summariseRollups', () => {
  it('has nothing to summarise without check-ins', () => {
    expect(summariseRollups([])).toBeNull();
  });

  it('averages over check-ins and counts distinct people across rollups', () => {
    const rollups = rebuildRollups([
      checkIn('p1', dayAt(0), 5),
      checkIn('p1', dayAt(1), 5),
      checkIn('p2', dayAt(1), 1),
      checkIn('p3', dayAt(2, 18), 1),
    ]);
    const summarised = summariseRollups(rollups);
    expect(summarised?.people).toEqual(new Set(['p1', 'p2', 'p3']));
    expect(summarised?.summary).toEqual({
      people: 3,
      checkIns: 4,
      meanStrain: {
        'emotional-labor': 50,
        'role-conflict': 50,
        'role-ambiguity': 50,
        'role-overload': 50,
        'service-climate': 50,
      },
      meanEnergy: 3,
      tagCounts: { 'peak-period': 2 },
      climateIndex: 50,
    });
  });

  it('reads the climate index as the positive side of service-climate strain', () => {
    const summary = summariseRollups(rebuildRollups([checkIn('p1', dayAt(0), 5)]))?.summary;
    expect(summary?.meanStrain['service-climate']).toBe(0);
    expect(summary?.climateIndex).toBe(100);
  });
});

describe('releaseView', () => {
  it('hides the team figure below five people, however many check-ins they made', () => {
    const records = people(4).flatMap((person) => [0, 1, 2, 3, 4].map((day) => checkIn(person, dayAt(day))));
    expect(releaseView(rebuildRollups(records), K_DEFAULT)).toEqual({
      kind: 'suppressed',
      reason: 'too-few-people',
    });
  });

  it('shows the team figure from five people', () => {
    const records = people(5).map((person) => checkIn(person, dayAt(0)));
    const released = releaseView(rebuildRollups(records), K_DEFAULT);
    expect(released.kind).toBe('value');
    expect(released).toMatchObject({ people: 5, value: { people: 5, checkIns: 5 } });
  });

  it('suppresses an empty view', () => {
    expect(releaseView([], 3)).toEqual({ kind: 'suppressed', reason: 'too-few-people' });
  });

  it('never releases below three people, whatever k it is given', () => {
    const rollups = rebuildRollups(people(2).map((person) => checkIn(person, dayAt(0))));
    expect(releaseView(rollups, 1).kind).toBe('suppressed');
  });

  it('stops counting a person whose data was erased', () => {
    const rollups = rebuildRollups(people(5).map((person) => checkIn(person, dayAt(0))));
    expect(releaseView(rollups, 5).kind).toBe('value');
    const erased = rollups.map((rollup) => removePersonFromRollup(rollup, 'p0'));
    expect(releaseView(erased, 5).kind).toBe('suppressed');
  });
});

describe('releaseFilteredView', () => {
  const saturday = 5;
  const saturdayRecords = people(6).map((person) => checkIn(person, dayAt(saturday)));
  const saturdays = (rollups: readonly TeamRollup[]) => rollups.filter((rollup) => rollup.weekday === 6);

  it('shows Saturdays when Saturdays and the rest each have enough people', () => {
    const base = rebuildRollups([
      ...saturdayRecords,
      ...people(5, 'q').map((person) => checkIn(person, dayAt(0))),
    ]);
    expect(releaseFilteredView(saturdays(base), base, 5)).toMatchObject({ kind: 'value', people: 6 });
  });

  it('shows Saturdays when the base adds no one', () => {
    const base = rebuildRollups(saturdayRecords);
    expect(releaseFilteredView(saturdays(base), base, 5)).toMatchObject({ kind: 'value', people: 6 });
  });

  it('hides Saturdays when fewer than k people worked them', () => {
    const base = rebuildRollups([
      ...people(4).map((person) => checkIn(person, dayAt(saturday))),
      ...people(6, 'q').map((person) => checkIn(person, dayAt(0))),
    ]);
    expect(releaseFilteredView(saturdays(base), base, 5)).toEqual({
      kind: 'suppressed',
      reason: 'too-few-people',
    });
  });

  it('hides Saturdays when comparing with the whole team would single out two people', () => {
    const base = rebuildRollups([
      ...saturdayRecords,
      ...people(2, 'q').map((person) => checkIn(person, dayAt(0))),
    ]);
    expect(releaseFilteredView(saturdays(base), base, 5)).toEqual({
      kind: 'suppressed',
      reason: 'difference-too-small',
    });
  });

  it('hides Saturdays when the rest of the week is one Saturday worker alone on a Monday', () => {
    const base = rebuildRollups([...saturdayRecords, checkIn('p0', dayAt(0), 5)]);
    expect(releaseFilteredView(saturdays(base), base, 5)).toEqual({
      kind: 'suppressed',
      reason: 'difference-too-small',
    });
  });
});

const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
/** Up to 120 check-ins by up to 12 people over four weeks, some with their data erased afterwards. */
const teamHistoryArb = fc
  .record({
    checkIns: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 11 }),
        days: fc.integer({ min: 0, max: 27 }),
        hour: fc.integer({ min: 0, max: 23 }),
        rating: ratingArb,
      }),
      { maxLength: 120 },
    ),
    erased: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  })
  .map(({ checkIns, erased }) =>
    rebuildRollups(
      checkIns.map((entry) => checkIn(`p${entry.person}`, dayAt(entry.days, entry.hour), entry.rating)),
    ).map((rollup) =>
      erased.reduce((current, person) => removePersonFromRollup(current, `p${person}`), rollup),
    ),
  );
const kArb = fc.integer({ min: 3, max: 8 });

describe('anonymity properties', () => {
  it('never releases a view fewer than k distinct people contributed to', () => {
    const outcomes = { value: 0, suppressed: 0 };
    fc.assert(
      fc.property(teamHistoryArb, kArb, (rollups, k) => {
        const released = releaseView(rollups, k);
        outcomes[released.kind] += 1;
        const count = contributors(rollups).size;
        if (released.kind === 'value') {
          expect(count).toBeGreaterThanOrEqual(k);
          expect(released.people).toBe(count);
          expect(released.value.people).toBe(count);
        } else {
          expect(count).toBeLessThan(k);
        }
      }),
      { numRuns: 500 },
    );
    // Both branches must actually be exercised for the property to mean anything.
    expect(outcomes.value).toBeGreaterThan(0);
    expect(outcomes.suppressed).toBeGreaterThan(0);
  });

  it('never releases a filtered view that has, or leaves out, between one and k − 1 people', () => {
    const filterArb = fc.record({
      weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      periods: fc.uniqueArray(fc.constantFrom('early', 'day', 'late', 'night'), { maxLength: 4 }),
    });
    const outcomes = { value: 0, 'too-few-people': 0, 'difference-too-small': 0 };
    fc.assert(
      fc.property(teamHistoryArb, filterArb, kArb, (base, filter, k) => {
        const isInFilter = (rollup: TeamRollup) =>
          filter.weekdays.includes(rollup.weekday) || filter.periods.includes(rollup.period);
        const filtered = base.filter(isInFilter);
        const released = releaseFilteredView(filtered, base, k);
        outcomes[released.kind === 'value' ? 'value' : released.reason] += 1;
        if (released.kind === 'suppressed') return;
        const filteredPeople = contributors(filtered);
        const onlyInBase = [...contributors(base)].filter((person) => !filteredPeople.has(person)).length;
        expect(filteredPeople.size).toBeGreaterThanOrEqual(k);
        expect(onlyInBase === 0 || onlyInBase >= k).toBe(true);
        // Base minus filtered is the figure of the left-out rollups: it must be empty or cover k people too.
        const leftOut = base.filter((rollup) => !isInFilter(rollup));
        expect(leftOut.length === 0 || contributors(leftOut).size >= k).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(outcomes.value).toBeGreaterThan(0);
    expect(outcomes['too-few-people']).toBeGreaterThan(0);
    expect(outcomes['difference-too-small']).toBeGreaterThan(0);
  });
});

describe('weeklySeries', () => {
  it('shows weeks with enough people and suppresses thin ones', () => {
    const rollups = rebuildRollups([
      ...people(6).map((person, index) => checkIn(person, dayAt(index % 5))),
      ...people(2).map((person) => checkIn(person, dayAt(8))),
      ...people(5).map((person) => checkIn(person, dayAt(14))),
    ]);
    const series = weeklySeries(rollups, 5);
    expect(series.map((point) => point.weekStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(series.map((point) => point.released.kind)).toEqual(['value', 'suppressed', 'value']);
    expect(series[0]?.released).toMatchObject({ people: 6 });
    expect(series[1]?.released).toEqual({ kind: 'suppressed', reason: 'too-few-people' });
  });

  it('counts people per week, not check-ins', () => {
    const records = people(3).flatMap((person) => [0, 1, 2, 3].map((day) => checkIn(person, dayAt(day))));
    expect(weeklySeries(rebuildRollups(records), 5).map((point) => point.released.kind)).toEqual([
      'suppressed',
    ]);
  });

  it('starts weeks on Monday, so a Sunday belongs to the week before', () => {
    const rollups = rebuildRollups([
      ...people(5).map((person) => checkIn(person, dayAt(6))),
      ...people(5).map((person) => checkIn(person, dayAt(7))),
    ]);
    const series = weeklySeries(rollups, 5);
    expect(series.map((point) => point.weekStart)).toEqual(['2026-03-02', '2026-03-09']);
    expect(series.map((point) => point.released)).toMatchObject([{ people: 5 }, { people: 5 }]);
  });

  it('marks a week without check-ins as a gap', () => {
    const rollups = rebuildRollups([
      ...people(5).map((person) => checkIn(person, dayAt(0))),
      ...people(5).map((person) => checkIn(person, dayAt(21))),
    ]);
    expect(weeklySeries(rollups, 5).map((point) => [point.weekStart, point.released.kind])).toEqual([
      ['2026-03-02', 'value'],
      ['2026-03-09', 'suppressed'],
      ['2026-03-16', 'suppressed'],
      ['2026-03-23', 'value'],
    ]);
  });

  it('has no points without rollups', () => {
    expect(weeklySeries([], 5)).toEqual([]);
  });

  it('never releases a week fewer than k people contributed to', () => {
    fc.assert(
      fc.property(teamHistoryArb, kArb, (rollups, k) => {
        for (const point of weeklySeries(rollups, k)) {
          if (point.released.kind === 'value') expect(point.released.people).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 200 },
    );
  });
});
