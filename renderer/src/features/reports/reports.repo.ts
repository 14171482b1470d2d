/**
 * Data for team reports that is not wellbeing: the team's training completion, as counts per module.
 *
 * Team wellbeing figures reach the reports already released by the check-ins feature (a `TeamDashboard`);
 * this file never reads check-ins or rollups. Supervisors report on their own team, admins on any team.
 */
import {
  summariseTrainingCompletion,
  type TrainingCompletionSummary,
} from '../../../../shared/domain/team-report';
import { requireSession, type Session } from '../../auth/session';
import { getDatabase } from '../../db';
import { listTeamTraining } from '../training';

/**
 * Per assigned module: how many active members of the team it covers and how many passed, are in progress,
 * or are overdue. Statuses come from the training feature's `listTeamTraining`, so they read the same as on
 * the Team training screen; this only keeps the team's members and counts them.
 *
 * A supervisor asking about another team gets nothing; an employee gets an `AccessDeniedError`.
 */
export async function getTeamTrainingCompletion(
  session: Session,
  teamId: string,
  now = Date.now(),
): Promise<readonly TrainingCompletionSummary[]> {
  requireSession(session, ['supervisor', 'admin']);
  if (session.role === 'supervisor' && session.teamId !== teamId) return [];
  const [assignments, memberIds] = await Promise.all([
    listTeamTraining(session, now),
    getDatabase()
      .people.where('teamId')
      .equals(teamId)
      .filter((person) => person.archivedAt === null)
      .primaryKeys(),
  ]);
  const members = new Set(memberIds);
  return summariseTrainingCompletion(
    assignments.flatMap((assignment) =>
      assignment.members
        .filter((member) => members.has(member.personId))
        .map((member) => ({
          moduleId: assignment.moduleId,
          moduleTitle: assignment.moduleTitle,
          personId: member.personId,
          status: member.status,
          isOverdue: member.isOverdue,
        })),
    ),
  );
}
