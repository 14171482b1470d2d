import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import { DAILY_LIMIT_RANGE, QUIET_WEEKS_RANGE } from '../../../../shared/domain/recognition';
import type { Session } from '../../auth/session';
import { problemText, problemTextAt } from './problem-text';
import { Button, Notice, TextField } from '../../ui';
import { getRecognitionSettings, updateRecognitionSettings, type RecognitionRules } from './recognition.repo';

/** Admins: peer recognition on or off, the daily limit per giver and the quiet period. */
export function RecognitionRulesSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rules = useLiveQuery(() => getRecognitionSettings(session), [session]);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.rules.title')}</h2>
      {rules === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <RulesForm session={session} initial={rules} />
      )}
    </section>
  );
}

function RulesForm({ session, initial }: { readonly session: Session; readonly initial: RecognitionRules }) {
  const { t } = useTranslation();
  const peerHintId = useId();
  const peerLabelId = useId();
  const [allowPeer, setAllowPeer] = useState(initial.allowPeerRecognition);
  const [dailyLimit, setDailyLimit] = useState(String(initial.dailyLimit));
  const [quietWeeks, setQuietWeeks] = useState(String(initial.quietWeeks));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  const errorFor = (where: string) => problemTextAt(t, problems, where);
  const other = problems.find((problem) => problem.where !== 'dailyLimit' && problem.where !== 'quietWeeks');
  const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return (
    <form
      className="recognition-rules stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setIsSaved(false);
        void updateRecognitionSettings(session, {
          allowPeerRecognition: allowPeer,
          dailyLimit: toNumber(dailyLimit),
          quietWeeks: toNumber(quietWeeks),
        }).then((outcome) => {
          setProblems(outcome.ok ? [] : outcome.problems);
          setIsSaved(outcome.ok);
        });
      }}
    >
      {isSaved ? <Notice tone="success">{t('recognition.rules.saved')}</Notice> : null}
      {other ? <Notice tone="error">{problemText(t, other)}</Notice> : null}
      <label className="recognition-check">
        <input
          type="checkbox"
          checked={allowPeer}
          aria-labelledby={peerLabelId}
          aria-describedby={peerHintId}
          onChange={(event) => setAllowPeer(event.target.checked)}
        />
        <span>
          <span id={peerLabelId} className="recognition-check__label">
            {t('recognition.rules.allowPeer')}
          </span>
          <span id={peerHintId} className="field__description">
            {t('recognition.rules.allowPeerHint')}
          </span>
        </span>
      </label>
      <div className="recognition-rules__numbers">
        <TextField
          label={t('recognition.rules.dailyLimit')}
          description={t('recognition.rules.dailyLimitHint', DAILY_LIMIT_RANGE)}
          type="number"
          inputMode="numeric"
          min={DAILY_LIMIT_RANGE.min}
          max={DAILY_LIMIT_RANGE.max}
          value={dailyLimit}
          onChange={(event) => setDailyLimit(event.target.value)}
          error={errorFor('dailyLimit')}
        />
        <TextField
          label={t('recognition.rules.quietWeeks')}
          description={t('recognition.rules.quietWeeksHint', QUIET_WEEKS_RANGE)}
          type="number"
          inputMode="numeric"
          min={QUIET_WEEKS_RANGE.min}
          max={QUIET_WEEKS_RANGE.max}
          value={quietWeeks}
          onChange={(event) => setQuietWeeks(event.target.value)}
          error={errorFor('quietWeeks')}
        />
      </div>
      <div className="row">
        <Button type="submit" variant="primary">
          {t('recognition.rules.save')}
        </Button>
      </div>
    </form>
  );
}
