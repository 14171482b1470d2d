import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from '../../../../shared/domain/idle-lock';
import type { Session } from '../../auth/session';
import { getOrganisation, setIdleLockMinutes } from '../profiles';
import { Button, Notice, SelectField } from '../../ui';
import './settings.css';

const MINUTE_CHOICES = Array.from(
  { length: IDLE_LOCK_MAX_MINUTES - IDLE_LOCK_MIN_MINUTES + 1 },
  (_, index) => IDLE_LOCK_MIN_MINUTES + index,
);

/** Workstation-wide settings: an admin chooses the idle auto-lock; everyone else sees it. */
export function WorkstationSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisation = useLiveQuery(() => getOrganisation(), []);

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.workstation.heading')}</h2>
      {organisation === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : organisation === null ? null : session.role === 'admin' ? (
        <IdleLockForm session={session} initialMinutes={organisation.idleLockMinutes} />
      ) : (
        <>
          <p>{t('settings.workstation.current', { count: organisation.idleLockMinutes })}</p>
          <p className="muted">{t('settings.workstation.adminOnly')}</p>
        </>
      )}
    </section>
  );
}

function IdleLockForm({
  session,
  initialMinutes,
}: {
  readonly session: Session;
  readonly initialMinutes: number;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(initialMinutes);
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState<{ readonly where: string; readonly message: string } | null>(null);
  /** The minutes last saved here; `id` makes a repeated save announce again. */
  const [confirmation, setConfirmation] = useState<{ readonly minutes: number; readonly id: number } | null>(
    null,
  );

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setIsSaving(true);
    setConfirmation(null);
    try {
      const outcome = await setIdleLockMinutes(session, minutes);
      setProblem(
        outcome.ok ? null : (outcome.problems[0] ?? { where: 'form', message: 'errors.unexpected' }),
      );
      if (outcome.ok) setConfirmation({ minutes: outcome.value, id: Date.now() });
    } catch (error) {
      console.error('Saving the idle lock failed unexpectedly', error);
      setProblem({ where: 'form', message: 'errors.unexpected' });
    }
    setIsSaving(false);
  }

  const fieldProblem = problem?.where === 'idleLockMinutes' ? problem.message : undefined;
  const formProblem = problem && problem.where !== 'idleLockMinutes' ? problem.message : undefined;
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {formProblem ? <Notice tone="error">{t(formProblem)}</Notice> : null}
      {confirmation ? (
        <Notice key={confirmation.id} tone="success">
          {t('settings.workstation.saved', { count: confirmation.minutes })}
        </Notice>
      ) : null}
      <SelectField
        label={t('settings.workstation.idleLock')}
        description={t('settings.workstation.idleLockHint')}
        value={minutes}
        onChange={(event) => setMinutes(Number(event.target.value))}
        error={fieldProblem ? t(fieldProblem) : undefined}
      >
        {MINUTE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t('settings.workstation.minutes', { count: choice })}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? t('settings.saving') : t('settings.workstation.save')}
        </Button>
      </div>
    </form>
  );
}
