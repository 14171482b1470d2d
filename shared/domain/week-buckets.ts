/**
 * Check-in weeks: one person's check-ins of one week in one stored row, for restores.
 *
 * IndexedDB costs about the same per stored row whatever the row holds (on the benchmark machine about
 * 70 µs a row written, even with no index), and then about as much again per value the browser has to
 * copy. One row per check-in capped a restore at about 14,000 check-ins a second. A week row therefore
 * holds its check-ins as a few parallel arrays of plain numbers (the ids apart), not as objects: each
 * check-in's answers fit in two small whole numbers. A check-in made in the app is still stored on its own
 * (one small write that never grows); restores store weeks. Every read of check-ins is "this person's,
 * since…" or everything, and reads both.
 *
 * Weeks start on Monday (`mondayOf` the record's local day), as team weeks do.
 */
import { mondayOf } from './anonymity';
import { CHECK_IN_MOMENTS, CHECK_IN_TAGS, SHIFT_PERIODS, type CheckInRecord } from './check-in-record';
// A backup's check-ins are checked field by field before a restore packs them (shared/backup/snapshot.ts).
import { STRESSOR_IDS, type Rating, type StressorId } from './stressors';

/** One person's check-ins of one week (primary key [personId+weekStart]), oldest first; never empty. */
export interface CheckInWeek {
  readonly personId: string;
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  /** When the oldest of them was made (indexed: retention finds the rows it must trim without a scan). */
  readonly firstAt: number;
  /** The teams they were made in (usually one); `when` points into this list. */
  readonly teams: readonly (string | null)[];
  /** Per check-in, in the same order: */
  readonly ids: readonly string[];
  readonly at: readonly number[];
  /** Days after Monday, weekday, shift period, moment and team, packed (`packWhen`). */
  readonly when: readonly number[];
  /** Ratings in `STRESSOR_IDS` order, energy and tags, packed (`packAnswers`). */
  readonly answers: readonly number[];
}

/** Check-ins packed into their weeks (any people, any order), sorted by person then week. */
export function checkInWeeksOf(records: readonly CheckInRecord[]): CheckInWeek[] {
  const weeks = new Map<string, { personId: string; weekStart: string; records: CheckInRecord[] }>();
  for (const record of records) {
    const weekStart = mondayOf(record.day);
    const key = `${record.personId}\u0000${weekStart}`;
    const week = weeks.get(key);
    if (week) week.records.push(record);
    else weeks.set(key, { personId: record.personId, weekStart, records: [record] });
  }
  return [...weeks.values()]
    .sort((a, b) => compareText(a.personId, b.personId) || compareText(a.weekStart, b.weekStart))
    .map(({ personId, weekStart, records: list }) =>
      encodeWeek(personId, weekStart, list.sort(compareCheckIns)),
    );
}

/** Every check-in of some weeks, in the weeks' order. */
export function checkInsOf(weeks: readonly CheckInWeek[]): CheckInRecord[] {
  return weeks.flatMap(decodeWeek);
}

/** How many check-ins a week holds. */
export function checkInCountOf(week: CheckInWeek): number {
  return week.ids.length;
}

/** The ids of a week's check-ins. */
export function checkInIdsOf(week: CheckInWeek): readonly string[] {
  return week.ids;
}

/** The week without the check-ins `drop` picks, or null when none is left (the row is then deleted). */
export function withoutCheckIns(
  week: CheckInWeek,
  drop: (record: CheckInRecord) => boolean,
): CheckInWeek | null {
  const kept = decodeWeek(week).filter((record) => !drop(record));
  return kept.length === 0 ? null : encodeWeek(week.personId, week.weekStart, kept);
}

function encodeWeek(personId: string, weekStart: string, records: readonly CheckInRecord[]): CheckInWeek {
  const teams: (string | null)[] = [];
  const ids: string[] = [];
  const at: number[] = [];
  const when: number[] = [];
  const answers: number[] = [];
  for (const record of records) {
    let team = teams.indexOf(record.teamId);
    if (team < 0) team = teams.push(record.teamId) - 1;
    ids.push(record.id);
    at.push(record.at);
    when.push(packWhen(dayOffset(weekStart, record.day), record, team));
    answers.push(packAnswers(record));
  }
  return { personId, weekStart, firstAt: at[0] ?? 0, teams, ids, at, when, answers };
}

function decodeWeek(week: CheckInWeek): CheckInRecord[] {
  const monday = Date.parse(`${week.weekStart}T00:00:00Z`);
  const days: string[] = [];
  return week.ids.map((id, index) => {
    const when = week.when[index] ?? 0;
    const answers = week.answers[index] ?? 0;
    const offset = when & 7;
    const ratings = {} as Record<StressorId, Rating>;
    STRESSOR_IDS.forEach((stressor, position) => {
      ratings[stressor] = ((answers >> (3 * position)) & 7 || 1) as Rating;
    });
    const tagBits = answers >> 18;
    return {
      id,
      personId: week.personId,
      teamId: week.teams[when >> 9] ?? null,
      moment: CHECK_IN_MOMENTS[(when >> 8) & 1] ?? CHECK_IN_MOMENTS[0],
      at: week.at[index] ?? 0,
      day: (days[offset] ??= new Date(monday + offset * DAY_MS).toISOString().slice(0, 10)),
      weekday: (when >> 3) & 7,
      period: SHIFT_PERIODS[(when >> 6) & 3] ?? SHIFT_PERIODS[0],
      ratings,
      energy: ((answers >> 15) & 7 || 1) as Rating,
      tags: CHECK_IN_TAGS.filter((_, bit) => ((tagBits >> bit) & 1) === 1),
    };
  });
}

/** Bits 0–2 days after Monday, 3–5 weekday, 6–7 shift period, 8 moment, 9 and up the team's position. */
function packWhen(offset: number, record: CheckInRecord, team: number): number {
  return (
    offset |
    (record.weekday << 3) |
    (SHIFT_PERIODS.indexOf(record.period) << 6) |
    (CHECK_IN_MOMENTS.indexOf(record.moment) << 8) |
    (team << 9)
  );
}

/** Three bits per rating (stressors in order, then energy), then one bit per tag in `CHECK_IN_TAGS` order. */
function packAnswers(record: CheckInRecord): number {
  let packed = 0;
  STRESSOR_IDS.forEach((stressor, position) => {
    packed |= record.ratings[stressor] << (3 * position);
  });
  packed |= record.energy << 15;
  CHECK_IN_TAGS.forEach((tag, bit) => {
    if (record.tags.includes(tag)) packed |= 1 << (18 + bit);
  });
  return packed;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayOffset(weekStart: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${weekStart}T00:00:00Z`)) / DAY_MS);
}

/** Oldest first; the id breaks ties so that the order never depends on input order. */
function compareCheckIns(a: CheckInRecord, b: CheckInRecord): number {
  return a.at - b.at || compareText(a.id, b.id);
}

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
