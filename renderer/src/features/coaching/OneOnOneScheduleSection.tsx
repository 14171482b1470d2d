import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/domain/check-in';
import { CADENCE_WEEKS, ONE_ON_ONE_FIELD_MAX_LENGTH } from '../../../../shared/domain/one-on-one';
import type { Problem } from '../../../../shared/domain/outcome';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import {
  Button,
  Dialog,
  DialogClose,
  EmptyState,
  Notice,
  PagedListFoot,
  TextField,
  usePagedList,
} from '../../ui';
import {
  listOneOnOnes,
  listOneOnOneSchedule,
  recordOneOnOne,
  setCadence,
  type OneOnOneScheduleEntry,
} from './coaching.repo';
import { DateText, DueBadge, OneOnOneRecordCard } from './CoachingParts';
import { TextAreaField } from './TextAreaField';

const RECORD_FIELDS = ['wentWell', 'toImprove', 'agreedActions'] as const;
type RecordField = (typeof RECORD_FIELDS)[number];

/** Which dialog is open, and for whom. */
type OpenDialog =
  | { readonly kind: 'log'; readonly entry: OneOnOneScheduleEntry }
  | { readonly kind: 'records'; readonly entry: OneOnOneScheduleEntry };

/** How many people the schedule shows at a time, the most pressing first ("Show more" adds as many again). */
const ROWS_PER_PAGE = 10;

/**
 * "One-to-ones": everyone the caller leads with their cadence (changeable in place), last one-to-one, next
 * due date and status, the most pressing first; each row can log a one-to-one or show past records.
 */
export function OneOnOneScheduleSection({
  session,
  scope,
}: {
  readonly session: Session;
  /** The team the lists cover (an admin's chosen team; a supervisor's own). */
  readonly scope: TeamScope;
}) {
  const { t } = useTranslation();
  const schedule = useLiveQuery(
    () => listOneOnOneSchedule(session, Date.now(), scope),
    [session, scope.teamId],
  );
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const rows = usePagedList(schedule ?? [], ROWS_PER_PAGE);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function changeCadence(entry: OneOnOneScheduleEntry, weeks: number) {
    const outcome = await setCadence(session, entry.personId, weeks);
    setMessage(
      outcome.ok
        ? {
            tone: 'success',
            text: t('coaching.oneOnOnes.cadenceSaved', { name: entry.displayName, count: weeks }),
          }
        : { tone: 'error', text: t(outcome.problems[0]?.message ?? 'errors.unexpected') },
    );
  }

  return (
    <section className="stack" aria-labelledby="one-on-ones-heading">
      <div className="coaching-section-head">
        <h2 id="one-on-ones-heading">{t('coaching.oneOnOnes.title')}</h2>
        <div aria-live="polite">
          {message ? <p className={`coaching-inline-${message.tone}`}>{message.text}</p> : null}
        </div>
      </div>
      {schedule === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : schedule.length === 0 ? (
        <EmptyState title={t('coaching.oneOnOnes.empty')}>
          <p>{t('coaching.oneOnOnes.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div
          className="coaching-table-scroll"
          role="region"
          aria-labelledby="one-on-ones-caption"
          tabIndex={0}
        >
          <table className="coaching-table coaching-schedule">
            <caption id="one-on-ones-caption">{t('coaching.oneOnOnes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coaching.oneOnOnes.person')}</th>
                <th scope="col">{t('coaching.oneOnOnes.cadence')}</th>
                <th scope="col">{t('coaching.oneOnOnes.lastHeld')}</th>
                <th scope="col">{t('coaching.oneOnOnes.nextDue')}</th>
                <th scope="col">{t('coaching.oneOnOnes.status')}</th>
                <th scope="col">{t('coaching.oneOnOnes.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.shown.map((entry) => (
                <tr
                  key={entry.personId}
                  className={entry.status === 'overdue' ? 'coaching-table__row--overdue' : undefined}
                >
                  <th scope="row">{entry.displayName}</th>
                  <td>
                    <select
                      className="field__input coaching-cadence"
                      aria-label={t('coaching.oneOnOnes.cadenceLabel', { name: entry.displayName })}
                      value={entry.everyWeeks}
                      onChange={(event) => void changeCadence(entry, Number(event.target.value))}
                    >
                      {CADENCE_WEEKS.map((weeks) => (
                        <option key={weeks} value={weeks}>
                          {t('coaching.oneOnOnes.every', { count: weeks })}
                        </option>
                      ))}
                    </select>
                    {entry.isDefaultCadence ? (
                      <span className="coaching-table__sub">{t('coaching.oneOnOnes.defaultCadence')}</span>
                    ) : null}
                  </td>
                  <td>
                    {entry.lastHeldAt === null ? (
                      t('coaching.oneOnOnes.never')
                    ) : (
                      <DateText time={entry.lastHeldAt} />
                    )}
                  </td>
                  <td>
                    <DateText time={entry.nextDueAt} />
                  </td>
                  <td>
                    <DueBadge status={entry.status} />
                  </td>
                  <td>
                    <div className="coaching-table__actions">
                      <Button
                        variant="primary"
                        aria-label={t('coaching.oneOnOnes.logLabel', { name: entry.displayName })}
                        onClick={() => {
                          setMessage(null);
                          setDialog({ kind: 'log', entry });
                        }}
                      >
                        {t('coaching.oneOnOnes.log')}
                      </Button>
                      <Button
                        aria-label={t('coaching.oneOnOnes.recordsLabel', { name: entry.displayName })}
                        onClick={() => setDialog({ kind: 'records', entry })}
                      >
                        {t('coaching.oneOnOnes.records')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PagedListFoot
        list={rows}
        summary={t('lists.showing', rows.counts)}
        moreLabel={t('coaching.oneOnOnes.showMore')}
      />
      <Dialog
        isOpen={dialog?.kind === 'log'}
        onOpenChange={(isOpen) => {
          if (!isOpen) setDialog(null);
        }}
        title={t('coaching.oneOnOnes.logTitle', { name: dialog?.entry.displayName ?? '' })}
        description={t('coaching.oneOnOnes.logDescription', { name: dialog?.entry.displayName ?? '' })}
      >
        {dialog?.kind === 'log' ? (
          <LogOneOnOneForm
            key={dialog.entry.personId}
            session={session}
            entry={dialog.entry}
            onSaved={() => {
              setMessage({
                tone: 'success',
                text: t('coaching.oneOnOnes.saved', { name: dialog.entry.displayName }),
              });
              setDialog(null);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        isOpen={dialog?.kind === 'records'}
        onOpenChange={(isOpen) => {
          if (!isOpen) setDialog(null);
        }}
        title={t('coaching.oneOnOnes.recordsTitle', { name: dialog?.entry.displayName ?? '' })}
      >
        {dialog?.kind === 'records' ? (
          <RecordsList session={session} personId={dialog.entry.personId} />
        ) : null}
      </Dialog>
    </section>
  );
}

function LogOneOnOneForm({
  session,
  entry,
  onSaved,
}: {
  readonly session: Session;
  readonly entry: OneOnOneScheduleEntry;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [today] = useState(() => localDay(Date.now()));
  const [heldOn, setHeldOn] = useState(today);
  const [text, setText] = useState<Readonly<Record<RecordField, string>>>({
    wentWell: '',
    toImprove: '',
    agreedActions: '',
  });
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [isSaving, setIsSaving] = useState(false);

  async function submit() {
    setIsSaving(true);
    const outcome = await recordOneOnOne(session, { personId: entry.personId, heldOn, ...text });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    onSaved();
  }

  const errorFor = (where: string) => {
    const problem = problems.find((entry) => entry.where === where);
    return problem ? t(problem.message) : undefined;
  };
  const general = problems.filter((problem) => !['heldOn', ...RECORD_FIELDS].includes(problem.where));
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('coaching.oneOnOnes.heldOn')}
        type="date"
        max={today}
        value={heldOn}
        onChange={(event) => setHeldOn(event.target.value)}
        error={errorFor('heldOn')}
      />
      {RECORD_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          label={t(`coaching.record.${field}`)}
          value={text[field]}
          maxLength={ONE_ON_ONE_FIELD_MAX_LENGTH}
          required
          onChange={(event) => setText({ ...text, [field]: event.target.value })}
          error={errorFor(field)}
        />
      ))}
      {general.map((problem) => (
        <Notice key={problem.message} tone="error">
          {t(problem.message)}
        </Notice>
      ))}
      <div className="dialog__actions">
        <DialogClose asChild>
          <Button>{t('coaching.followUps.cancel')}</Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={isSaving}>
          {t('coaching.oneOnOnes.save')}
        </Button>
      </div>
    </form>
  );
}

function RecordsList({ session, personId }: { readonly session: Session; readonly personId: string }) {
  const { t } = useTranslation();
  const records = useLiveQuery(() => listOneOnOnes(session, personId), [session, personId]);
  return (
    <div className="stack">
      {records === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : records.length === 0 ? (
        <p>{t('coaching.oneOnOnes.noRecords')}</p>
      ) : (
        <ul className="coaching-list">
          {records.map((record) => (
            <li key={record.id}>
              <OneOnOneRecordCard record={record} />
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <DialogClose asChild>
          <Button>{t('coaching.oneOnOnes.close')}</Button>
        </DialogClose>
      </div>
    </div>
  );
}
