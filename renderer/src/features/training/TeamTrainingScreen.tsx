import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import { listPeople, listTeams, TeamPicker, useTeamChoice } from '../profiles';
import { Button, EmptyState, Notice, SelectField, TextField } from '../../ui';
import { BundledModulesReady } from './BundledModulesReady';
import { ContentPacksSection } from './ContentPacksSection';
import { TrainingExportSection } from './TrainingExportSection';
import {
  assignModule,
  listAssignableModules,
  listTeamTraining,
  removeAssignment,
  type AssignmentProgress,
  type MemberModuleStatus,
} from './training.repo';
import './training.css';

function isoDate(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Team training for supervisors (their own team) and admins (every team, one at a time): assign modules
 * with due dates and see who has completed them. Only training records appear — never anyone's check-ins.
 */
export function TeamTrainingScreen({ session }: { readonly session: Session }) {
  return (
    <BundledModulesReady>
      <TeamTrainingView session={session} />
    </BundledModulesReady>
  );
}

/** A supervisor's lists cover their own team. */
const OWN_TEAM: TeamScope = {};

function TeamTrainingView({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  return (
    <div className="stack training">
      <h1>{t('teamTraining.title')}</h1>
      <p className="muted">
        {session.role === 'admin' ? t('teamTraining.introAdmin') : t('teamTraining.introSupervisor')}
      </p>
      {session.role === 'admin' ? (
        <AdminTeamTraining session={session} />
      ) : (
        <TeamAssignments session={session} scope={OWN_TEAM} />
      )}
      <TrainingExportSection session={session} />
      {session.role === 'admin' ? <ContentPacksSection session={session} /> : null}
    </div>
  );
}

/** The admin assigns and follows training one team at a time, chosen at the top. */
function AdminTeamTraining({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const choice = useTeamChoice(session);
  return (
    <>
      <TeamPicker choice={choice} description={t('teamTraining.teamPickerHint')} />
      {choice.teamId === null ? null : (
        <TeamAssignments key={choice.teamId} session={session} scope={{ teamId: choice.teamId }} />
      )}
    </>
  );
}

/** The assignment form and the assignments of one team. */
function TeamAssignments({ session, scope }: { readonly session: Session; readonly scope: TeamScope }) {
  const { t } = useTranslation();
  const assignments = useLiveQuery(
    () => listTeamTraining(session, Date.now(), scope),
    [session, scope.teamId],
  );
  return (
    <>
      <AssignForm session={session} scope={scope} />
      <section className="stack" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t('teamTraining.assignments')}</h2>
        {assignments === undefined ? (
          <p className="muted">{t('app.loading')}</p>
        ) : assignments.length === 0 ? (
          <EmptyState title={t('teamTraining.noAssignments')}>
            <p>{t('teamTraining.noAssignmentsBody')}</p>
          </EmptyState>
        ) : (
          assignments.map((assignment) => (
            <AssignmentCard key={assignment.assignmentId} session={session} assignment={assignment} />
          ))
        )}
      </section>
    </>
  );
}

function AssignForm({ session, scope }: { readonly session: Session; readonly scope: TeamScope }) {
  const { t } = useTranslation();
  const modules = useLiveQuery(() => listAssignableModules(session), [session]);
  const teams = useLiveQuery(
    async () =>
      (await listTeams(session)).filter((team) => scope.teamId === undefined || team.id === scope.teamId),
    [session, scope.teamId],
  );
  const people = useLiveQuery(() => listPeople(session, scope), [session, scope.teamId]);
  const [moduleId, setModuleId] = useState('');
  const [target, setTarget] = useState('');
  const [dueDate, setDueDate] = useState(() => isoDate(Date.now() + 14 * 24 * 60 * 60 * 1000));
  const [problem, setProblem] = useState<{ where: string; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const activeTeams = (teams ?? []).filter((team) => !team.isArchived);
  const activePeople = (people ?? []).filter((person) => !person.isArchived && person.teamId !== null);

  async function submit() {
    setDone(null);
    const [kind, id] = target.split(':');
    if (!moduleId || !kind || !id) {
      setProblem({ where: moduleId ? 'target' : 'moduleId', message: 'validation.required' });
      return;
    }
    setIsSaving(true);
    const outcome = await assignModule(session, {
      moduleId,
      target: kind === 'team' ? { kind: 'team', teamId: id } : { kind: 'person', personId: id },
      dueDate,
    });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblem(outcome.problems[0] ?? null);
      return;
    }
    setProblem(null);
    const title = modules?.find((module) => module.moduleId === moduleId)?.title ?? '';
    setDone(t('teamTraining.assigned', { module: title }));
  }

  const errorFor = (where: string) => (problem?.where === where ? t(problem.message) : undefined);
  return (
    <section className="card stack" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('teamTraining.assignTitle')}</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {problem && !['moduleId', 'target', 'dueDate'].includes(problem.where) ? (
        <Notice tone="error">{t(problem.message)}</Notice>
      ) : null}
      <form
        className="assign-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <SelectField
          label={t('teamTraining.module')}
          value={moduleId}
          onChange={(event) => setModuleId(event.target.value)}
          error={errorFor('moduleId')}
        >
          <option value="">{t('teamTraining.chooseModule')}</option>
          {(modules ?? []).map((module) => (
            <option key={module.moduleId} value={module.moduleId}>
              {module.title}
              {module.audience === 'supervisors' ? ` (${t('training.forSupervisors')})` : ''}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('teamTraining.assignTo')}
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={errorFor('target')}
        >
          <option value="">{t('teamTraining.chooseTarget')}</option>
          <optgroup label={t('teamTraining.wholeTeams')}>
            {activeTeams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {t('teamTraining.teamOption', { name: team.name })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('teamTraining.individuals')}>
            {activePeople.map((person) => (
              <option key={person.id} value={`person:${person.id}`}>
                {person.displayName}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextField
          label={t('teamTraining.dueDate')}
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
          error={errorFor('dueDate')}
        />
        <div className="assign-form__submit">
          <Button type="submit" variant="primary" disabled={isSaving}>
            {t('teamTraining.assign')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function MemberStatus({ member }: { readonly member: MemberModuleStatus }) {
  const { t, i18n } = useTranslation();
  if (member.status === 'passed') {
    return (
      <>
        {t('teamTraining.statusPassed', {
          percent: member.scorePercent ?? 0,
          date: new Date(member.completedAt ?? 0).toLocaleDateString(i18n.language),
        })}
        {member.moduleVersion ? <span className="muted"> · v{member.moduleVersion}</span> : null}
      </>
    );
  }
  const base = t(`teamTraining.status.${member.status}`, { percent: member.scorePercent ?? 0 });
  return (
    <>
      {base}
      {member.isOverdue ? <strong className="overdue-tag"> · {t('teamTraining.overdueTag')}</strong> : null}
    </>
  );
}

function AssignmentCard({
  session,
  assignment,
}: {
  readonly session: Session;
  readonly assignment: AssignmentProgress;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const passed = assignment.members.filter((member) => member.status === 'passed').length;
  const overdue = assignment.members.filter((member) => member.isOverdue).length;
  const headingId = `assignment-${assignment.assignmentId}`;
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <div className="assignment__header">
        <div>
          <h3 id={headingId}>{assignment.moduleTitle}</h3>
          <p className="muted">
            {t(assignment.target.kind === 'team' ? 'teamTraining.forTeam' : 'teamTraining.forPerson', {
              name: assignment.targetName,
            })}{' '}
            · {t('training.due', { date: new Date(assignment.dueAt).toLocaleDateString(i18n.language) })}
          </p>
          <p>
            {t('teamTraining.completedCount', { passed, total: assignment.members.length })}
            {overdue > 0 ? (
              <strong className="overdue-tag"> · {t('teamTraining.overdueCount', { count: overdue })}</strong>
            ) : null}
          </p>
        </div>
        <Button
          variant="danger"
          aria-label={t('teamTraining.removeLabel', {
            module: assignment.moduleTitle,
            name: assignment.targetName,
          })}
          onClick={() =>
            void removeAssignment(session, assignment.assignmentId).then((outcome) => {
              setProblem(outcome.ok ? null : (outcome.problems[0]?.message ?? 'errors.unexpected'));
            })
          }
        >
          {t('teamTraining.remove')}
        </Button>
      </div>
      {problem ? <Notice tone="error">{t(problem)}</Notice> : null}
      <MemberProgress assignment={assignment} />
    </article>
  );
}

/**
 * Who the assignment covers and how each is getting on, folded away under the counts above (the table is
 * only rendered once unfolded, so a screen of many assignments stays light).
 */
function MemberProgress({ assignment }: { readonly assignment: AssignmentProgress }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="assignment__members" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>{t('teamTraining.showMembers', { count: assignment.members.length })}</summary>
      {isOpen ? (
        <table className="data-table">
          <caption className="visually-hidden">
            {t('teamTraining.tableCaption', { module: assignment.moduleTitle, name: assignment.targetName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('teamTraining.person')}</th>
              <th scope="col">{t('teamTraining.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {assignment.members.map((member) => (
              <tr key={member.personId} className={member.isOverdue ? 'data-table__row--overdue' : undefined}>
                <th scope="row">{member.displayName}</th>
                <td>
                  <MemberStatus member={member} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
