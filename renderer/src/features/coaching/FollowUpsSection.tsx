import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COACHING_REPLY_MAX_LENGTH } from '../../../../shared/domain/one-on-one';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import { Button, Dialog, DialogClose, EmptyState, Notice, PagedListFoot, usePagedList } from '../../ui';
import { closeCoachingNote, listTeamCoachingNotes, type CoachingNote } from './coaching.repo';
import { DateText, DueBadge, NoteDetails, ClosedFollowUp } from './CoachingParts';
import { TextAreaField } from './TextAreaField';

/** How many follow-up cards show at a time ("Show more" adds as many again). */
const PAGE_SIZE = 10;

/**
 * "Open follow-ups": the coaching notes the caller oversees that are still open, most pressing first, with
 * whether the person acknowledged and what they replied; each can be closed with an optional note. Closed
 * ones are kept below, folded away (and only rendered once unfolded). Both lists show a page at a time.
 */
export function FollowUpsSection({
  session,
  scope,
}: {
  readonly session: Session;
  /** The team the lists cover (an admin's chosen team; a supervisor's own). */
  readonly scope: TeamScope;
}) {
  const { t } = useTranslation();
  const notes = useLiveQuery(
    () => listTeamCoachingNotes(session, Date.now(), scope),
    [session, scope.teamId],
  );
  const [closing, setClosing] = useState<CoachingNote | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isClosedShown, setIsClosedShown] = useState(false);
  const open = usePagedList(
    (notes ?? []).filter((note) => note.isOpen),
    PAGE_SIZE,
  );
  const closed = usePagedList(
    (notes ?? []).filter((note) => !note.isOpen),
    PAGE_SIZE,
  );
  const doneRef = useRef<HTMLDivElement>(null);
  // The button that opened the dialog goes away with the closed follow-up, so focus moves to the outcome.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  return (
    <section className="stack" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('coaching.followUps.title')}</h2>
      {done ? (
        <div ref={doneRef} tabIndex={-1} className="coaching-outcome">
          <Notice tone="success">{done}</Notice>
        </div>
      ) : null}
      {notes === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : open.counts.count === 0 ? (
        <EmptyState title={t('coaching.followUps.empty')}>
          <p>{t('coaching.followUps.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="coaching-list">
            {open.shown.map((note) => (
              <li key={note.id}>
                <FollowUpCard
                  note={note}
                  onClose={() => {
                    setDone(null);
                    setClosing(note);
                  }}
                />
              </li>
            ))}
          </ul>
          <PagedListFoot
            list={open}
            summary={t('lists.showing', open.counts)}
            moreLabel={t('coaching.followUps.showMore')}
          />
        </>
      )}
      {closed.counts.count > 0 ? (
        <details
          className="coaching-closed-list"
          onToggle={(event) => setIsClosedShown(event.currentTarget.open)}
        >
          <summary>{t('coaching.followUps.closedTitle', { count: closed.counts.count })}</summary>
          {isClosedShown ? (
            <>
              <ul className="coaching-list">
                {closed.shown.map((note) => (
                  <li key={note.id}>
                    <FollowUpCard note={note} />
                  </li>
                ))}
              </ul>
              <PagedListFoot
                list={closed}
                summary={t('lists.showing', closed.counts)}
                moreLabel={t('coaching.followUps.showMoreClosed')}
              />
            </>
          ) : null}
        </details>
      ) : null}
      <CloseFollowUpDialog
        session={session}
        note={closing}
        onDone={(message) => {
          setClosing(null);
          if (message) setDone(message);
        }}
      />
    </section>
  );
}

function FollowUpCard({ note, onClose }: { readonly note: CoachingNote; readonly onClose?: () => void }) {
  const { t } = useTranslation();
  const headingId = `follow-up-${note.id}`;
  const isOverdue = note.isOpen && note.followUpStatus === 'overdue';
  return (
    <article
      className={['coaching-card', isOverdue ? 'coaching-card--overdue' : null].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <div className="coaching-card__header">
        <h3 id={headingId} className="coaching-card__title">
          {note.personName}
        </h3>
        {note.isOpen ? <DueBadge status={note.followUpStatus} /> : null}
        <p className="coaching-card__meta">
          <DateText time={note.followUpAt} phraseKey="coaching.followUpOn" /> ·{' '}
          <DateText time={note.createdAt} phraseKey="coaching.written" />
        </p>
      </div>
      <NoteDetails note={note} />
      <div className="coaching-acknowledged">
        <p>
          {note.acknowledgedAt === null ? (
            t('coaching.followUps.notAcknowledged')
          ) : (
            <>
              <span aria-hidden="true">✓ </span>
              <DateText time={note.acknowledgedAt} phraseKey="coaching.followUps.acknowledgedOn" />
            </>
          )}
        </p>
        {note.reply !== null ? (
          <figure className="coaching-reply">
            <figcaption>{t('coaching.followUps.replyFrom', { name: note.personName })}</figcaption>
            <blockquote>{note.reply}</blockquote>
          </figure>
        ) : null}
      </div>
      <ClosedFollowUp note={note} phraseKey="coaching.followUps.closedOn" />
      {onClose ? (
        <div className="row">
          <Button
            onClick={onClose}
            aria-label={t('coaching.followUps.closeLabel', { name: note.personName })}
          >
            {t('coaching.followUps.close')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}

function CloseFollowUpDialog({
  session,
  note,
  onDone,
}: {
  readonly session: Session;
  readonly note: CoachingNote | null;
  readonly onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const name = note?.personName ?? '';
  return (
    <Dialog
      isOpen={note !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onDone(null);
      }}
      title={t('coaching.followUps.closeTitle', { name })}
      description={t('coaching.followUps.closeDescription', { name })}
    >
      {note ? <CloseFollowUpForm key={note.id} session={session} note={note} onDone={onDone} /> : null}
    </Dialog>
  );
}

function CloseFollowUpForm({
  session,
  note,
  onDone,
}: {
  readonly session: Session;
  readonly note: CoachingNote;
  readonly onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const [closingNote, setClosingNote] = useState('');
  const [problem, setProblem] = useState<{ where: string; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit() {
    setIsSaving(true);
    const outcome = await closeCoachingNote(session, note.id, closingNote);
    setIsSaving(false);
    if (!outcome.ok) {
      setProblem(outcome.problems[0] ?? null);
      return;
    }
    onDone(t('coaching.followUps.closed', { name: note.personName }));
  }

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextAreaField
        label={t('coaching.followUps.closingNote')}
        description={t('coaching.followUps.closingNoteHint')}
        value={closingNote}
        maxLength={COACHING_REPLY_MAX_LENGTH}
        onChange={(event) => setClosingNote(event.target.value)}
        error={problem?.where === 'closingNote' ? t(problem.message) : undefined}
      />
      {problem && problem.where !== 'closingNote' ? <Notice tone="error">{t(problem.message)}</Notice> : null}
      <div className="dialog__actions">
        <DialogClose asChild>
          <Button>{t('coaching.followUps.cancel')}</Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={isSaving}>
          {t('coaching.followUps.close')}
        </Button>
      </div>
    </form>
  );
}
