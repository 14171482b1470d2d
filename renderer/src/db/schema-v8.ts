/**
 * Schema version 8: restored check-ins stored a week to a row; team rollups stored only in team weeks.
 *
 * - `checkInWeeks` holds one person's check-ins of one week (shared/domain/week-buckets.ts), read along
 *   [personId+weekStart]; its `firstAt` index (the oldest check-in's time) serves retention. A restore
 *   writes check-ins this way: IndexedDB costs about the same per row whatever the row holds, so a
 *   two-year backup of a large centre is written as about 50,000 rows instead of 480,000. A check-in made
 *   in the app is still one small row in `checkIns`, so that its write never grows with the week.
 * - `teamRollups` (one row per team, day and shift, with rating histograms nothing read) is dropped: the
 *   team weeks already hold every figure the views use, and are now where the check-in write keeps them.
 *   That is one read and one write fewer per check-in, and a restore writes one row per team and week.
 *
 * Backups are unchanged: they still hold one row per check-in and per day rollup (`backupStoresV8`), so
 * files made by older builds restore here and files made here list the same tables.
 */
import type { CheckInWeek } from '../../../shared/domain/week-buckets';
import { schemaV7 } from './schema-v7';

/** One person's restored check-ins of one week (primary key [personId+weekStart]). */
export type CheckInWeekRow = CheckInWeek;

/** Table definitions for version 8. */
export const schemaV8 = {
  ...schemaV7,
  teamRollups: null,
  checkInWeeks: '[personId+weekStart], firstAt',
} as const;

/**
 * What a backup of version 8 holds: the tables of version 7. features/backup reads and writes `checkIns`
 * through both check-in tables and `teamRollups` through the team weeks.
 */
export const backupStoresV8 = schemaV7;
