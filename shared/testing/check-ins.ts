/**
 * Generated check-ins for property tests of what is built from them (rollups, team weeks, week rows).
 */
import fc from 'fast-check';
import type { CheckInRecord } from '../domain/check-in-record';
import { CHECK_IN_TAGS, localDay, shiftPeriodAt } from '../domain/check-in-record';
import type { Rating } from '../domain/stressors';

const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
/** Check-ins of two teams over five weeks, at any hour, by up to 9 people, with any tags. */
export const checkInsArb = fc
  .array(
    fc.record({
      person: fc.integer({ min: 0, max: 8 }),
      team: fc.constantFrom('team-a', 'team-b'),
      days: fc.integer({ min: 0, max: 34 }),
      hour: fc.integer({ min: 0, max: 23 }),
      rating: ratingArb,
      other: ratingArb,
      tags: fc.subarray([...CHECK_IN_TAGS]),
    }),
    { maxLength: 80 },
  )
  .map((entries) =>
    entries.map((entry, index): CheckInRecord => {
      const at = new Date(2026, 2, 2 + entry.days, entry.hour, 10).getTime();
      return {
        id: `c-${String(index)}`,
        personId: `person-${String(entry.person)}`,
        teamId: entry.team,
        moment: 'shift-end',
        at,
        day: localDay(at),
        weekday: new Date(at).getDay(),
        period: shiftPeriodAt(at),
        ratings: {
          'emotional-labor': entry.rating,
          'role-conflict': entry.other,
          'role-ambiguity': entry.rating,
          'role-overload': entry.other,
          'service-climate': entry.rating,
        },
        energy: entry.other,
        tags: entry.tags,
      };
    }),
  );
