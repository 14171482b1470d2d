/**
 * Check-ins as they are stored (db/schema-v8.ts): one row each when made in the app (`checkIns`), a week
 * to a row when restored (`checkInWeeks`); their team rollups in the team weeks. Every read here covers
 * both tables. Internal to the check-in repositories: these run inside those repositories' transactions,
 * after their session checks. (The benchmark's one-transaction-per-record control calls `storeCheckIn`
 * too, so that it does exactly the app's work.)
 */
import { Dexie } from 'dexie';
import { mondayOf } from '../../../../shared/domain/anonymity';
import { localDay, type CheckInRecord } from '../../../../shared/domain/check-in-record';
import { rollupKey } from '../../../../shared/domain/rollup';
import { withCheckIn } from '../../../../shared/domain/team-week';
import { checkInIdsOf, checkInsOf, withoutCheckIns } from '../../../../shared/domain/week-buckets';
import type { ShiftwellDatabase } from '../../db';
import { readWeekOf } from './team-weeks.repo';

/** The tables `storeCheckIn` writes. */
export function checkInWriteTables(db: ShiftwellDatabase) {
  return [db.checkIns, db.teamWeeks];
}

/**
 * Store a check-in and add it to its team's rollup, kept in the team week. Two round trips to the
 * database: the record is added while the team week is read, then the week is written.
 */
export async function storeCheckIn(db: ShiftwellDatabase, record: CheckInRecord): Promise<void> {
  const key = rollupKey(record);
  const [, week] = await Promise.all([
    db.checkIns.add(record),
    key ? readWeekOf(db, key[0], key[1]) : undefined,
  ]);
  if (key) await db.teamWeeks.put(withCheckIn(week ?? null, record));
}

/** A person's check-ins made at or after `since` (all of them by default), newest first. */
export async function readCheckInsOf(
  db: ShiftwellDatabase,
  personId: string,
  since = 0,
): Promise<CheckInRecord[]> {
  // A check-in made at or after `since` is on that local day or later, so in its week or a later one.
  const fromWeek = since > 0 ? mondayOf(localDay(since)) : Dexie.minKey;
  const [single, weeks] = await Promise.all([
    db.checkIns
      .where('[personId+at]')
      .between([personId, since], [personId, Number.MAX_SAFE_INTEGER])
      .toArray(),
    db.checkInWeeks
      .where('[personId+weekStart]')
      .between([personId, fromWeek], [personId, Dexie.maxKey])
      .toArray(),
  ]);
  const restored = checkInsOf(weeks).filter((record) => record.at >= since);
  return [...single, ...restored].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

/** Delete every check-in of a person. Returns their ids. */
export async function deleteCheckInsOf(db: ShiftwellDatabase, personId: string): Promise<string[]> {
  const single = db.checkIns
    .where('[personId+at]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
  const weeks = db.checkInWeeks
    .where('[personId+weekStart]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
  const ids = [...(await single.primaryKeys()), ...(await weeks.toArray()).flatMap(checkInIdsOf)];
  await Promise.all([single.delete(), weeks.delete()]);
  return ids;
}

/**
 * Delete every check-in made before `cutoff`. Returns their ids. Of the week rows, only those whose oldest
 * check-in is that old are read: each is trimmed, or deleted when nothing in it is left.
 */
export async function deleteCheckInsBefore(db: ShiftwellDatabase, cutoff: number): Promise<string[]> {
  const [single, weeks] = await Promise.all([
    db.checkIns.where('at').below(cutoff).primaryKeys(),
    db.checkInWeeks.where('firstAt').below(cutoff).toArray(),
  ]);
  const ids = [...single];
  const kept = [];
  const emptied: [string, string][] = [];
  for (const week of weeks) {
    // Trimming decodes the week once; the ids of what it drops are collected as it goes.
    const rest = withoutCheckIns(week, (record) => {
      const isExpired = record.at < cutoff;
      if (isExpired) ids.push(record.id);
      return isExpired;
    });
    if (rest) kept.push(rest);
    else emptied.push([week.personId, week.weekStart]);
  }
  await Promise.all([
    db.checkIns.bulkDelete(single),
    db.checkInWeeks.bulkDelete(emptied),
    db.checkInWeeks.bulkPut(kept),
  ]);
  return ids;
}
