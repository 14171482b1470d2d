import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { BundledModulesReady } from '../training';
import { EmptyState, Notice } from '../../ui';
import { GiveRecognitionForm } from './GiveRecognitionForm';
import { QuietPeopleSection } from './QuietPeopleSection';
import { RecognitionList } from './RecognitionList';
import { RecognitionRulesSection } from './RecognitionRulesSection';
import { ServiceValuesReady } from './ServiceValuesReady';
import { ServiceValuesSection } from './ServiceValuesSection';
import { TeamWallSection } from './TeamWallSection';
import { getGivingAllowance, listGivenRecognitions, listMyRecognitions } from './recognition.repo';
import './recognition.css';

/**
 * Recognition: give it (when allowed), see what you received and gave, read the team wall; supervisors
 * and admins see who has gone unrecognised; admins edit the service values and the rules.
 */
export function RecognitionScreen({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  return (
    <div className="stack recognition">
      <h1>{t('recognition.title')}</h1>
      <p className="muted">{t('recognition.intro')}</p>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <BundledModulesReady>
          <ServiceValuesReady session={session}>
            <RecognitionSections session={session} />
          </ServiceValuesReady>
        </BundledModulesReady>
      </Suspense>
    </div>
  );
}

function RecognitionSections({ session }: { readonly session: Session }) {
  const allowance = useLiveQuery(() => getGivingAllowance(session), [session]);
  const [recipientId, setRecipientId] = useState('');
  const recipientRef = useRef<HTMLSelectElement>(null);
  const mayGive = allowance?.mayGive === true;
  const isLeader = session.role !== 'employee';
  return (
    <>
      {allowance === undefined ? null : allowance.mayGive ? (
        <GiveRecognitionForm
          session={session}
          allowance={allowance}
          recipientId={recipientId}
          onRecipientChange={setRecipientId}
          recipientRef={recipientRef}
        />
      ) : (
        <PeerRecognitionOff />
      )}
      {isLeader ? (
        <QuietPeopleSection
          session={session}
          onRecognise={
            mayGive
              ? (personId) => {
                  setRecipientId(personId);
                  recipientRef.current?.scrollIntoView({ block: 'center' });
                  recipientRef.current?.focus();
                }
              : null
          }
        />
      ) : null}
      <div className="recognition-columns">
        <ReceivedSection session={session} />
        <TeamWallSection session={session} />
      </div>
      {mayGive ? <GivenSection session={session} /> : null}
      {session.role === 'admin' ? (
        <>
          <ServiceValuesSection session={session} />
          <RecognitionRulesSection session={session} />
        </>
      ) : null}
    </>
  );
}

function PeerRecognitionOff() {
  const { t } = useTranslation();
  return (
    <Notice title={t('recognition.peerOff.title')}>
      <p>{t('recognition.peerOff.body')}</p>
    </Notice>
  );
}

function ReceivedSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const received = useLiveQuery(() => listMyRecognitions(session), [session]);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.received.title')}</h2>
      {received === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : received.length === 0 ? (
        <EmptyState title={t('recognition.received.empty')}>
          <p>{t('recognition.received.emptyBody')}</p>
        </EmptyState>
      ) : (
        <RecognitionList recognitions={received} perspective="received" labelledBy={headingId} />
      )}
    </section>
  );
}

function GivenSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const given = useLiveQuery(() => listGivenRecognitions(session), [session]);
  if (!given || given.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.given.title')}</h2>
      <RecognitionList recognitions={given} perspective="given" labelledBy={headingId} />
    </section>
  );
}
