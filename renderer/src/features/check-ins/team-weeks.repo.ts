/**
 * Reading and keeping up team weeks (shared/domain/team-week.ts), where the team rollups are stored; the
 * check-in write updates them (check-in-weeks.repo.ts). Internal to the check-in repositories: they run inside those repositories' transactions,
 * after their session checks, and are not used by screens.
 */
import { Dexie } from 'dexie';
import type { TeamRollup } from '../../../../shared/domain/rollup';
import { mondayOf } from '../../../../shared/domain/anonymity';
import { rollupsOfWeek, withoutPerson, type TeamWeek } from '../../../../shared/domain/team-week';
import type { ShiftwellDatabase } from '../../db';

/** One team's team weeks (about a hundred rows for two years), read along the primary key. */
export function readTeamWeeks(db: ShiftwellDatabase, teamId: string): Promise<TeamWeek[]> {
  return db.teamWeeks
    .where('[teamId+weekStart]')
    .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
    .toArray();
}

/** Every rollup of one team, from its team weeks. */
export async function readTeamRollups(db: ShiftwellDatabase, teamId: string): Promise<TeamRollup[]> {
  return (await readTeamWeeks(db, teamId)).flatMap(rollupsOfWeek);
}

/**
 * Some teams' rollups of the weeks starting on or after `weekStart` (a Monday). Read team by team along the
 * primary key: a range of the `weekStart` index would fetch every row separately, several times slower.
 */
export async function readRollupsSince(
  db: ShiftwellDatabase,
  teamIds: readonly string[],
  weekStart: string,
): Promise<TeamRollup[]> {
  const perTeam = await Promise.all(
    teamIds.map((teamId) =>
      db.teamWeeks.where('[teamId+weekStart]').between([teamId, weekStart], [teamId, Dexie.maxKey]).toArray(),
    ),
  );
  return perTeam.flat().flatMap(rollupsOfWeek);
}

/** The team week a day belongs to, if there is one yet. */
export function readWeekOf(
  db: ShiftwellDatabase,
  teamId: string,
  day: string,
): Promise<TeamWeek | undefined> {
  return db.teamWeeks.get([teamId, mondayOf(day)]);
}

/** Take a person's id out of every team week (inside the erasure transaction). */
export async function removePersonFromWeeks(db: ShiftwellDatabase, personId: string): Promise<void> {
  const touched = await db.teamWeeks.filter((week) => week.people.includes(personId)).toArray();
  await db.teamWeeks.bulkPut(touched.map((week) => withoutPerson(week, personId)));
}
