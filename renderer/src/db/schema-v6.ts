/**
 * Schema version 6: team weeks — each team's rollups of a week in one compact row, for the team dashboard.
 *
 * `teamWeeks` is derived from `teamRollups` (see shared/domain/team-week.ts) and kept up in the same
 * transactions; it is never backed up, and is rebuilt from the day rollups by this upgrade and by restores.
 * Read along its primary key only: a team's weeks for its dashboard, each team's last weeks for the
 * all-teams overview.
 */
import type { Transaction } from 'dexie';
import type { TeamRollup } from '../../../shared/domain/rollup';
import { teamWeeksFromRollups, type TeamWeek } from '../../../shared/domain/team-week';
import { schemaV5 } from './schema-v5';

/** One team's rollups of one week (primary key [teamId+weekStart]). */
export type TeamWeekRow = TeamWeek;

/** Table definitions for version 6. */
export const schemaV6 = {
  ...schemaV5,
  teamWeeks: '[teamId+weekStart]',
} as const;

/** Build every team week from the day rollups already stored. */
export async function upgradeToV6(transaction: Transaction): Promise<void> {
  const rollups = (await transaction.table('teamRollups').toArray()) as TeamRollup[];
  await transaction.table('teamWeeks').bulkPut(teamWeeksFromRollups(rollups));
}
