import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Notice } from '../../ui';
import { getMyOpenTalkRequest, requestTalk, withdrawTalkRequest } from './check-ins.repo';

/** "I'd like to talk": only sent when the person ticks the consent box themselves. */
export function TalkRequestCard({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const open = useLiveQuery(() => getMyOpenTalkRequest(session), [session]);
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="card stack" aria-labelledby="talk-heading">
      <h2 id="talk-heading">{t('checkIns.talk.title')}</h2>
      {open ? (
        <>
          <Notice tone="success">
            {t('checkIns.talk.sent', { date: new Date(open.createdAt).toLocaleDateString(i18n.language) })}
          </Notice>
          <div className="row">
            <Button onClick={() => void withdrawTalkRequest(session)}>{t('checkIns.talk.withdraw')}</Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('checkIns.talk.body')}</p>
          <label className="consent">
            <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
            <span>{t('checkIns.talk.consent')}</span>
          </label>
          {problem ? <Notice tone="error">{t(problem)}</Notice> : null}
          <div className="row">
            <Button
              variant="primary"
              disabled={!consent}
              onClick={() =>
                void requestTalk(session, { consent }).then((outcome) => {
                  setProblem(outcome.ok ? null : (outcome.problems[0]?.message ?? 'errors.unexpected'));
                  if (outcome.ok) setConsent(false);
                })
              }
            >
              {t('checkIns.talk.send')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
