import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice, TextField } from '../../ui';
import { createTeam, setTeamArchived, type TeamSummary } from './people.repo';
import { RenameTeamDialog } from './RenameTeamDialog';
import { useFormAction } from './useFormAction';
import './people.css';

/** What the last team action left to say: a success, or why it was refused. */
type Feedback =
  | { readonly tone: 'success'; readonly message: string }
  | { readonly tone: 'error'; readonly title: string; readonly message: string };

/** The admin's list of teams: add, rename, archive and restore. */
export function TeamsSection({
  session,
  teams,
}: {
  readonly session: Session;
  readonly teams: readonly TeamSummary[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [renaming, setRenaming] = useState<TeamSummary | null>(null);
  /** One archive or restore at a time. The button stays enabled so it keeps keyboard focus. */
  const isChangingArchive = useRef(false);

  async function toggleArchived(team: TeamSummary) {
    if (isChangingArchive.current) return;
    const change = team.isArchived ? 'restore' : 'archive';
    setFeedback(null);
    isChangingArchive.current = true;
    let problem: string | undefined;
    try {
      const outcome = await setTeamArchived(session, team.id, !team.isArchived);
      problem = outcome.ok ? undefined : (outcome.problems[0]?.message ?? 'errors.unexpected');
    } catch (error) {
      console.error('Archiving a team failed unexpectedly', error);
      problem = 'errors.unexpected';
    }
    isChangingArchive.current = false;
    setFeedback(
      problem === undefined
        ? { tone: 'success', message: t(`people.teams.${change}.done`, { name: team.name }) }
        : {
            tone: 'error',
            title: t(`people.teams.${change}.failed`, { name: team.name }),
            message: t(problem),
          },
    );
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('people.teams.heading')}</h2>
      {feedback?.tone === 'success' ? <Notice tone="success">{feedback.message}</Notice> : null}
      {feedback?.tone === 'error' ? (
        <Notice tone="error" title={feedback.title}>
          <p>{feedback.message}</p>
        </Notice>
      ) : null}
      {teams.length === 0 ? (
        <EmptyState title={t('people.teams.empty')} />
      ) : (
        <ul className="team-list" aria-labelledby={headingId}>
          {teams.map((team) => (
            <li
              key={team.id}
              className={team.isArchived ? 'team-list__item team-list__item--archived' : 'team-list__item'}
            >
              <div className="team-list__summary">
                <span className="team-list__name">{team.name}</span>
                {team.isArchived ? (
                  <span className="status-badge status-badge--archived">{t('people.status.archived')}</span>
                ) : null}
                <span className="team-list__count">
                  {t('people.teams.members', { count: team.activeMembers })}
                </span>
              </div>
              <div className="row-actions">
                <Button
                  aria-label={t('people.teams.rename.named', { name: team.name })}
                  onClick={() => {
                    setFeedback(null);
                    setRenaming(team);
                  }}
                >
                  {t('people.teams.rename.action')}
                </Button>
                <Button
                  aria-label={t(
                    team.isArchived ? 'people.teams.restore.named' : 'people.teams.archive.named',
                    {
                      name: team.name,
                    },
                  )}
                  onClick={() => void toggleArchived(team)}
                >
                  {t(team.isArchived ? 'people.teams.restore.action' : 'people.teams.archive.action')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddTeamForm
        session={session}
        onAdded={(name) => setFeedback({ tone: 'success', message: t('people.teams.added', { name }) })}
      />
      {renaming ? (
        <RenameTeamDialog
          session={session}
          team={renaming}
          onClose={() => setRenaming(null)}
          onDone={(message) => {
            setRenaming(null);
            setFeedback({ tone: 'success', message });
          }}
        />
      ) : null}
    </section>
  );
}

function AddTeamForm({
  session,
  onAdded,
}: {
  readonly session: Session;
  readonly onAdded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const action = useFormAction();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await action.run(() => createTeam(session, name));
    if (!outcome?.ok) return;
    onAdded(name.trim());
    setName('');
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
      <div className="inline-form__fields">
        <TextField
          label={t('people.teams.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={action.problems.name ? t(action.problems.name) : undefined}
          autoComplete="off"
          required
        />
        <Button type="submit" disabled={action.isSaving}>
          {action.isSaving ? t('people.teams.adding') : t('people.teams.add')}
        </Button>
      </div>
    </form>
  );
}
