import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COACHING_REPLY_MAX_LENGTH } from '../../../../shared/domain/one-on-one';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice } from '../../ui';
import {
  acknowledgeCoachingNote,
  listMyCoachingNotes,
  listOneOnOnes,
  type CoachingNote,
} from './coaching.repo';
import { DateText, NoteDetails, OneOnOneRecordCard, ClosedFollowUp } from './CoachingParts';
import { TextAreaField } from './TextAreaField';

/**
 * The signed-in person's own coaching notes: read each one, acknowledge it and reply.
 *
 * With `hideWhenEmpty` (supervisors, who are rarely coached here) the section is left out when there is
 * nothing in it.
 */
export function MyCoachingNotesSection({
  session,
  hideWhenEmpty = false,
}: {
  readonly session: Session;
  readonly hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const notes = useLiveQuery(() => listMyCoachingNotes(session), [session]);
  if (hideWhenEmpty && (notes === undefined || notes.length === 0)) return null;
  return (
    <section className="stack" aria-labelledby="my-notes-heading">
      <h2 id="my-notes-heading">{t('coaching.mine.notesTitle')}</h2>
      {notes === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : notes.length === 0 ? (
        <EmptyState title={t('coaching.mine.notesEmpty')}>
          <p>{t('coaching.mine.notesEmptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="coaching-list">
          {notes.map((note) => (
            <li key={note.id}>
              <MyNoteCard session={session} note={note} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyNoteCard({ session, note }: { readonly session: Session; readonly note: CoachingNote }) {
  const { t } = useTranslation();
  const headingId = `my-note-${note.id}`;
  return (
    <article className="coaching-card" aria-labelledby={headingId}>
      <div className="coaching-card__header">
        <h3 id={headingId} className="coaching-card__title">
          {t('coaching.mine.noteHeading', { name: note.authorName })}
        </h3>
        <p className="coaching-card__meta">
          <DateText time={note.createdAt} phraseKey="coaching.written" /> ·{' '}
          <DateText time={note.followUpAt} phraseKey="coaching.followUpOn" />
        </p>
      </div>
      <NoteDetails note={note} />
      {note.moduleTitle !== null ? (
        <p className="coaching-card__aside">
          {t('coaching.mine.moduleAssigned', { module: note.moduleTitle })}
        </p>
      ) : null}
      {note.acknowledgedAt !== null ? (
        <div className="coaching-acknowledged">
          <p>
            <span aria-hidden="true">✓ </span>
            <DateText time={note.acknowledgedAt} phraseKey="coaching.mine.acknowledged" />
          </p>
          {note.reply !== null ? (
            <figure className="coaching-reply">
              <figcaption>{t('coaching.mine.yourReply')}</figcaption>
              <blockquote>{note.reply}</blockquote>
            </figure>
          ) : null}
        </div>
      ) : (
        <AcknowledgeForm session={session} note={note} />
      )}
      <ClosedFollowUp note={note} phraseKey="coaching.mine.closed" />
    </article>
  );
}

function AcknowledgeForm({ session, note }: { readonly session: Session; readonly note: CoachingNote }) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState<{ where: string; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit() {
    setIsSaving(true);
    const outcome = await acknowledgeCoachingNote(session, note.id, reply);
    setIsSaving(false);
    setProblem(outcome.ok ? null : (outcome.problems[0] ?? null));
  }

  return (
    <form
      className="stack coaching-acknowledge"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextAreaField
        label={t('coaching.mine.replyLabel')}
        description={t('coaching.mine.replyHint')}
        value={reply}
        rows={2}
        maxLength={COACHING_REPLY_MAX_LENGTH}
        onChange={(event) => setReply(event.target.value)}
        error={problem?.where === 'reply' ? t(problem.message) : undefined}
      />
      {problem && problem.where !== 'reply' ? <Notice tone="error">{t(problem.message)}</Notice> : null}
      <div className="row">
        <Button
          type="submit"
          variant="primary"
          disabled={isSaving}
          aria-label={t('coaching.mine.acknowledgeLabel', { name: note.authorName })}
        >
          {t('coaching.mine.acknowledge')}
        </Button>
      </div>
    </form>
  );
}

/** The signed-in person's own one-to-one records, read-only, most recent first. */
export function MyOneOnOnesSection({
  session,
  hideWhenEmpty = false,
}: {
  readonly session: Session;
  readonly hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const records = useLiveQuery(() => listOneOnOnes(session, session.personId), [session]);
  if (hideWhenEmpty && (records === undefined || records.length === 0)) return null;
  return (
    <section className="stack" aria-labelledby="my-one-on-ones-heading">
      <h2 id="my-one-on-ones-heading">{t('coaching.mine.oneOnOnesTitle')}</h2>
      {records === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : records.length === 0 ? (
        <EmptyState title={t('coaching.mine.oneOnOnesEmpty')}>
          <p>{t('coaching.mine.oneOnOnesEmptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="coaching-list">
          {records.map((record) => (
            <li key={record.id}>
              <OneOnOneRecordCard record={record} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
