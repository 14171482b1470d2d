/**
 * The team dashboard's data: team rollups in, released figures out (see shared/domain/team-report.ts).
 *
 * Supervisors see their own team, admins any team; employees are refused. Nothing here reads a check-in,
 * a note or a person's answers — only rollups (read from their compact team weeks) and how many active
 * members the team has.
 */
import { effectiveK } from '../../../../shared/domain/anonymity';
import { localDay } from '../../../../shared/domain/check-in';
import {
  buildTeamsOverview,
  dashboardOfWeeks,
  emptyTeamDashboard,
  overviewStart,
  type TeamDashboard,
  type TeamOverviewRow,
} from '../../../../shared/domain/team-report';
import { requireSession, type Session } from '../../auth/session';
import { getDatabase } from '../../db';
import { getCheckInSettings } from './check-ins.repo';
import { readRollupsSince, readTeamWeeks } from './team-weeks.repo';
import { dashboardWeeks } from '../../../../shared/domain/team-week';

/**
 * A team's dashboard: weekly stressor trends, the weekday × shift heatmap, overload peaks, climate index
 * and participation, each released or suppressed under the k rule in force.
 *
 * A supervisor asking for another team gets an empty dashboard (everything suppressed), as with
 * `getTeamWellbeing`; an employee gets an `AccessDeniedError`. Safe inside `useLiveQuery` (Dexie only).
 */
export async function getTeamDashboard(session: Session, teamId: string): Promise<TeamDashboard> {
  requireSession(session, ['supervisor', 'admin']);
  const db = getDatabase();
  return db.transaction('r', [db.checkInSettings, db.teamWeeks, db.people], async () => {
    if (session.role === 'supervisor' && session.teamId !== teamId) {
      return emptyTeamDashboard(effectiveK((await getCheckInSettings()).kThreshold));
    }
    // The three reads go to the database together.
    const [settings, weeks, teamSize] = await Promise.all([
      getCheckInSettings(),
      readTeamWeeks(db, teamId),
      // One read of the team's people, counted here: a filtered count walks a cursor, a round trip a person.
      db.people
        .where('teamId')
        .equals(teamId)
        .toArray()
        .then((people) => people.filter((person) => person.archivedAt === null).length),
    ]);
    // Straight from the weeks' numbers; the same result as buildTeamDashboard over their rollups.
    return dashboardOfWeeks(dashboardWeeks(weeks), { k: effectiveK(settings.kThreshold), teamSize });
  });
}

/**
 * Every active team's overview for admins: this four-week period against the one before, from rollups of
 * those eight weeks only (each team's last team weeks, read along the primary key), released under the k
 * rule.
 */
export async function getTeamsOverview(
  session: Session,
  now = Date.now(),
): Promise<{ readonly k: number; readonly teams: readonly (TeamOverviewRow & { readonly name: string })[] }> {
  requireSession(session, ['admin']);
  const db = getDatabase();
  const today = localDay(now);
  return db.transaction('r', [db.checkInSettings, db.teamWeeks, db.people, db.teams], async () => {
    const k = effectiveK((await getCheckInSettings()).kThreshold);
    const [people, teams] = await Promise.all([db.people.toArray(), db.teams.orderBy('name').toArray()]);
    const sizes = new Map<string, number>();
    for (const person of people) {
      if (person.archivedAt === null && person.teamId !== null)
        sizes.set(person.teamId, (sizes.get(person.teamId) ?? 0) + 1);
    }
    const active = teams.filter((team) => team.archivedAt === null);
    const rollups = await readRollupsSince(
      db,
      active.map((team) => team.id),
      overviewStart(today),
    );
    const rows = buildTeamsOverview(
      rollups,
      active.map((team) => ({ teamId: team.id, teamSize: sizes.get(team.id) ?? 0 })),
      { k, today },
    );
    return { k, teams: rows.map((row, index) => ({ ...row, name: active[index]?.name ?? '' })) };
  });
}
