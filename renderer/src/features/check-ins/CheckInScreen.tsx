import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInMoment, CheckInRecord } from '../../../../shared/domain/check-in';
import { localDay } from '../../../../shared/domain/check-in';
import { highStressors } from '../../../../shared/domain/patterns';
import type { Session } from '../../auth/session';
import { Button, Notice } from '../../ui';
import {
  acceptPrivacyNotice,
  getCheckInSettings,
  hasAcceptedPrivacyNotice,
  listMyCheckIns,
} from './check-ins.repo';
import { CheckInForm } from './CheckInForm';
import { BundledModulesReady } from '../training';
import { SuggestedLessons } from './SuggestedLessons';
import './check-ins.css';

/** Check in: the privacy notice the first time, then the form, then a confirmation with suggestions. */
export function CheckInScreen({
  session,
  onOpenModule,
}: {
  readonly session: Session;
  readonly onOpenModule: (moduleId: string) => void;
}) {
  const { t } = useTranslation();
  const hasAccepted = useLiveQuery(() => hasAcceptedPrivacyNotice(session), [session]);
  const settings = useLiveQuery(() => getCheckInSettings(), []);
  const defaultMoment = useLiveQuery(async (): Promise<CheckInMoment> => {
    const now = Date.now();
    const recent = await listMyCheckIns(session, { since: now - 24 * 60 * 60 * 1000 });
    const today = localDay(now);
    return recent.some((row) => row.day === today && row.moment === 'shift-start')
      ? 'shift-end'
      : 'shift-start';
  }, [session]);
  const [saved, setSaved] = useState<CheckInRecord | null>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) confirmationRef.current?.focus();
  }, [saved]);

  if (hasAccepted === undefined || settings === undefined || defaultMoment === undefined)
    return <p className="muted">{t('app.loading')}</p>;

  if (!hasAccepted) {
    return (
      <div className="stack check-in-page">
        <h1>{t('checkIns.privacy.title')}</h1>
        <div className="card stack privacy-notice">
          <p>{t('checkIns.privacy.you')}</p>
          <p>{t('checkIns.privacy.notes')}</p>
          <p>{t('checkIns.privacy.team', { k: settings.kThreshold })}</p>
          <p>{t('checkIns.privacy.talk')}</p>
          <p>{t('checkIns.privacy.retention', { months: settings.retentionMonths })}</p>
          <div className="row">
            <Button variant="primary" onClick={() => void acceptPrivacyNotice(session)}>
              {t('checkIns.privacy.accept')}
            </Button>
          </div>
        </div>
      </div>
    );
  }

  if (saved) {
    const high = highStressors(saved);
    return (
      <div className="stack check-in-page">
        <h1>{t('checkIns.title')}</h1>
        <div ref={confirmationRef} tabIndex={-1}>
          <Notice tone="success">
            <p>
              {t('checkIns.saved', {
                time: new Date(saved.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
              })}
            </p>
          </Notice>
        </div>
        {high.length > 0 ? (
          <BundledModulesReady>
            <SuggestedLessons session={session} stressors={high} onOpenModule={onOpenModule} />
          </BundledModulesReady>
        ) : null}
        <div className="row">
          <Button onClick={() => setSaved(null)}>{t('checkIns.another')}</Button>
        </div>
      </div>
    );
  }

  return (
    <div className="stack check-in-page">
      <h1>{t('checkIns.title')}</h1>
      <p className="muted">{t('checkIns.intro')}</p>
      <CheckInForm session={session} defaultMoment={defaultMoment} onSaved={setSaved} />
    </div>
  );
}
