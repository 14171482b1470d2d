import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/domain/check-in';
import type { DueStatus } from '../../../../shared/domain/one-on-one';
import type { CoachingNote, OneOnOneRecord } from './coaching.repo';

/** A function that writes a date (no time) in the reader's language, e.g. "14 Mar 2026". */
export function useFormatDate(): (time: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (time) =>
    new Date(time).toLocaleDateString(language, { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * A calendar date in the reader's language, machine-readable as YYYY-MM-DD.
 *
 * With `phraseKey`, the date is set in that sentence (an i18n key with a `{{date}}` placeholder).
 */
export function DateText({ time, phraseKey }: { readonly time: number; readonly phraseKey?: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const date = formatDate(time);
  return <time dateTime={localDay(time)}>{phraseKey ? t(phraseKey, { date }) : date}</time>;
}

/** Where a follow-up or one-to-one stands, in words (colour only repeats what the text says). */
export function DueBadge({ status }: { readonly status: DueStatus }) {
  const { t } = useTranslation();
  return <span className={`due-badge due-badge--${status}`}>{t(`coaching.status.${status}`)}</span>;
}

/** The four parts of a coaching note (and its linked module), as a description list. */
export function NoteDetails({ note }: { readonly note: CoachingNote }) {
  const { t } = useTranslation();
  return (
    <dl className="coaching-details">
      <dt>{t('coaching.fields.situation')}</dt>
      <dd>{note.situation}</dd>
      <dt>{t('coaching.fields.behaviour')}</dt>
      <dd>{note.behaviour}</dd>
      <dt>{t('coaching.fields.impact')}</dt>
      <dd>{note.impact}</dd>
      <dt>{t('coaching.fields.nextStep')}</dt>
      <dd>{note.nextStep}</dd>
      {note.moduleTitle !== null ? (
        <>
          <dt>{t('coaching.fields.module')}</dt>
          <dd>{note.moduleTitle}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One one-to-one record, read-only, with its heading at `headingLevel`. */
export function OneOnOneRecordCard({
  record,
  headingLevel = 3,
}: {
  readonly record: OneOnOneRecord;
  readonly headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `one-on-one-${record.id}`;
  return (
    <article className="coaching-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="coaching-card__title">
        {t('coaching.record.heading', { date: formatDate(record.heldAt) })}
      </Heading>
      <p className="coaching-card__meta">{t('coaching.record.with', { name: record.supervisorName })}</p>
      <dl className="coaching-details">
        <dt>{t('coaching.record.wentWell')}</dt>
        <dd>{record.wentWell}</dd>
        <dt>{t('coaching.record.toImprove')}</dt>
        <dd>{record.toImprove}</dd>
        <dt>{t('coaching.record.agreedActions')}</dt>
        <dd>{record.agreedActions}</dd>
      </dl>
    </article>
  );
}

/** When and how a follow-up was closed, with the supervisor's closing note if there is one. */
export function ClosedFollowUp({
  note,
  phraseKey,
}: {
  readonly note: CoachingNote;
  readonly phraseKey: string;
}) {
  const { t } = useTranslation();
  if (note.isOpen || note.closedAt === null) return null;
  return (
    <div className="coaching-closed">
      <p>
        <DateText time={note.closedAt} phraseKey={phraseKey} />
      </p>
      {note.closingNote !== null ? (
        <figure className="coaching-reply">
          <figcaption>{t('coaching.followUps.closingNoteLabel')}</figcaption>
          <blockquote>{note.closingNote}</blockquote>
        </figure>
      ) : null}
    </div>
  );
}
