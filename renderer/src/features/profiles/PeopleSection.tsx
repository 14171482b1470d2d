import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../shared/domain/assert-never';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice, TextField } from '../../ui';
import { AddPersonDialog } from './AddPersonDialog';
import { ArchivePersonDialog } from './ArchivePersonDialog';
import { EditPersonDialog } from './EditPersonDialog';
import { listPeoplePage, type PersonSummary, type TeamSummary } from './people.repo';
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

/** How many people the table shows at a time. */
export const PEOPLE_PAGE_SIZE = 20;

/**
 * The admin's table of everyone, a page at a time (found by name), with add, edit, reset sign-in and
 * archive.
 */
export function PeopleSection({
  session,
  teams,
}: {
  readonly session: Session;
  readonly teams: readonly TeamSummary[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useLiveQuery(
    () => listPeoplePage(session, { search, offset, limit: PEOPLE_PAGE_SIZE }),
    [session, search, offset],
  );
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
      {page !== undefined && page.total > PEOPLE_PAGE_SIZE ? (
        <TextField
          label={t('people.people.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setOffset(0);
          }}
        />
      ) : null}
      {page === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : page.total === 0 ? (
        <EmptyState title={t('people.people.empty')} />
      ) : page.matching === 0 ? (
        <EmptyState title={t('people.people.noMatches', { search })} />
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
              {page.people.map((person) => (
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
      {page !== undefined && page.matching > PEOPLE_PAGE_SIZE ? (
        <Pager offset={offset} shown={page.people.length} matching={page.matching} onChange={setOffset} />
      ) : null}
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

/**
 * Previous and next page of the people table, with which rows are shown out of how many. A button that
 * becomes disabled by its own press (first or last page) hands keyboard focus to the other one.
 */
function Pager({
  offset,
  shown,
  matching,
  onChange,
}: {
  readonly offset: number;
  readonly shown: number;
  readonly matching: number;
  readonly onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const isFirst = offset === 0;
  const isLast = offset + shown >= matching;
  const was = useRef({ isFirst, isLast });
  useEffect(() => {
    // A focused button that has just been disabled can no longer be used: hand focus to the other one.
    const focused = document.activeElement;
    const isLost = focused === null || focused === document.body;
    if (isFirst && !was.current.isFirst && (isLost || focused === previousRef.current))
      nextRef.current?.focus();
    else if (isLast && !was.current.isLast && (isLost || focused === nextRef.current))
      previousRef.current?.focus();
    was.current = { isFirst, isLast };
  }, [isFirst, isLast]);
  return (
    <nav className="pager" aria-label={t('people.people.pages')}>
      <Button
        ref={previousRef}
        disabled={isFirst}
        onClick={() => onChange(Math.max(0, offset - PEOPLE_PAGE_SIZE))}
      >
        {t('people.people.previous')}
      </Button>
      <p className="pager__status" aria-live="polite">
        {t('people.people.range', { from: offset + 1, to: offset + shown, count: matching })}
      </p>
      <Button ref={nextRef} disabled={isLast} onClick={() => onChange(offset + PEOPLE_PAGE_SIZE)}>
        {t('people.people.next')}
      </Button>
    </nav>
  );
}
