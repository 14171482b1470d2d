import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../shared/domain/assert-never';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice } from '../../ui';
import { AddPersonDialog } from './AddPersonDialog';
import { ArchivePersonDialog } from './ArchivePersonDialog';
import { EditPersonDialog } from './EditPersonDialog';
import type { PersonSummary, TeamSummary } from './people.repo';
import { ResetSignInDialog } from './ResetSignInDialog';
import './people.css';

/** Which person dialog is open, and for whom (as they were when it opened). */
type OpenDialog =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly person: PersonSummary }
  | { readonly kind: 'reset'; readonly person: PersonSummary }
  | { readonly kind: 'archive'; readonly person: PersonSummary };

/** How a person's sign-in stands, for the status column. */
type PersonStatus = 'active' | 'archived' | 'locked';

function statusOf(person: PersonSummary): PersonStatus {
  if (person.isArchived) return 'archived';
  return person.isSignInDisabled ? 'locked' : 'active';
}

/** The admin's table of everyone, with add, edit, reset sign-in and archive. */
export function PeopleSection({
  session,
  people,
  teams,
}: {
  readonly session: Session;
  readonly people: readonly PersonSummary[];
  readonly teams: readonly TeamSummary[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [doneMessage, setDoneMessage] = useState<string | null>(null);

  const open = (next: OpenDialog) => {
    setDoneMessage(null);
    setDialog(next);
  };
  const close = () => setDialog(null);
  const finish = (message: string) => {
    setDialog(null);
    setDoneMessage(message);
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('people.people.heading')}</h2>
        <Button variant="primary" onClick={() => open({ kind: 'add' })}>
          {t('people.person.add')}
        </Button>
      </div>
      {doneMessage ? <Notice tone="success">{doneMessage}</Notice> : null}
      {people.length === 0 ? (
        <EmptyState title={t('people.people.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('people.people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.people.name')}</th>
                <th scope="col">{t('people.people.role')}</th>
                <th scope="col">{t('people.people.team')}</th>
                <th scope="col">{t('people.people.status')}</th>
                <th scope="col">{t('people.people.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <PersonRow
                  key={person.id}
                  person={person}
                  isYou={person.id === session.personId}
                  onOpen={(kind) => open({ kind, person })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PersonDialog session={session} dialog={dialog} teams={teams} onClose={close} onDone={finish} />
    </section>
  );
}

function PersonRow({
  person,
  isYou,
  onOpen,
}: {
  readonly person: PersonSummary;
  readonly isYou: boolean;
  readonly onOpen: (kind: 'edit' | 'reset' | 'archive') => void;
}) {
  const { t } = useTranslation();
  const name = person.displayName;
  const status = statusOf(person);
  return (
    <tr className={person.isArchived ? 'data-table__row--archived' : undefined}>
      <th scope="row">
        {name}
        {isYou ? <span className="muted"> {t('people.people.you')}</span> : null}
      </th>
      <td>{t(`roles.${person.role}`)}</td>
      <td>{person.teamName ?? <span className="muted">{t('people.person.noTeam')}</span>}</td>
      <td>
        <span className={`status-badge status-badge--${status}`}>{t(`people.status.${status}`)}</span>
      </td>
      <td>
        <div className="row-actions">
          <Button aria-label={t('people.actions.editNamed', { name })} onClick={() => onOpen('edit')}>
            {t('people.actions.edit')}
          </Button>
          {!isYou && !person.isArchived ? (
            <Button aria-label={t('people.actions.resetNamed', { name })} onClick={() => onOpen('reset')}>
              {t('people.actions.reset')}
            </Button>
          ) : null}
          {!isYou ? (
            <Button
              variant={person.isArchived ? 'secondary' : 'danger'}
              aria-label={t(
                person.isArchived ? 'people.actions.restoreNamed' : 'people.actions.archiveNamed',
                { name },
              )}
              onClick={() => onOpen('archive')}
            >
              {t(person.isArchived ? 'people.actions.restore' : 'people.actions.archive')}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

function PersonDialog({
  session,
  dialog,
  teams,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly dialog: OpenDialog | null;
  readonly teams: readonly TeamSummary[];
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}) {
  if (dialog === null) return null;
  const common = { session, onClose, onDone };
  switch (dialog.kind) {
    case 'add':
      return <AddPersonDialog {...common} teams={teams} />;
    case 'edit':
      return <EditPersonDialog {...common} person={dialog.person} teams={teams} />;
    case 'reset':
      return <ResetSignInDialog {...common} person={dialog.person} />;
    case 'archive':
      return <ArchivePersonDialog {...common} person={dialog.person} />;
    default:
      return assertNever(dialog);
  }
}
