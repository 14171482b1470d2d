import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { useTeamChoice } from '../profiles';
import { BundledModulesReady } from '../training';
import { EmptyState, Notice, PagedListFoot, usePagedList } from '../../ui';
import { GiveRecognitionForm, type RecipientTeamChoice } from './GiveRecognitionForm';
import { QuietPeopleSection } from './QuietPeopleSection';
import { RecognitionList, type RecognitionPerspective } from './RecognitionList';
import { RecognitionRulesSection } from './RecognitionRulesSection';
import { ServiceValuesReady } from './ServiceValuesReady';
import { ServiceValuesSection } from './ServiceValuesSection';
import { TeamWallSection } from './TeamWallSection';
import {
  getGivingAllowance,
  listGivenRecognitions,
  listMyRecognitions,
  type RecognitionView,
} from './recognition.repo';
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
  const teamChoice = useTeamChoice(session);
  // An admin picks recipients one team at a time: the shared team choice, or the people in no team.
  const [isNoTeam, setIsNoTeam] = useState(false);
  const recipientTeam: RecipientTeamChoice | undefined =
    session.role === 'admin' && teamChoice.teams !== undefined
      ? {
          teams: teamChoice.teams,
          teamId: isNoTeam ? null : teamChoice.teamId,
          onChange: (teamId) => {
            setIsNoTeam(teamId === null);
            if (teamId !== null) teamChoice.choose(teamId);
          },
        }
      : undefined;
  const recipientRef = useRef<HTMLSelectElement>(null);
  const mayGive = allowance?.mayGive === true;
  const isLeader = session.role !== 'employee';
  return (
    <>
      {allowance === undefined ||
      (session.role === 'admin' && recipientTeam === undefined) ? null : allowance.mayGive ? (
        <GiveRecognitionForm
          session={session}
          allowance={allowance}
          recipientId={recipientId}
          onRecipientChange={setRecipientId}
          recipientRef={recipientRef}
          recipientTeam={recipientTeam}
        />
      ) : (
        <PeerRecognitionOff />
      )}
      {isLeader && (session.role !== 'admin' || teamChoice.teamId !== null) ? (
        <QuietPeopleSection
          key={teamChoice.teamId}
          session={session}
          team={
            session.role === 'admin'
              ? teamChoice.teams?.find((team) => team.id === teamChoice.teamId)
              : undefined
          }
          onRecognise={
            mayGive
              ? (personId, teamId) => {
                  recipientTeam?.onChange(teamId);
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
        <PagedRecognitions recognitions={received} perspective="received" labelledBy={headingId} />
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
      <PagedRecognitions recognitions={given} perspective="given" labelledBy={headingId} />
    </section>
  );
}

/** How many of your own recognitions show at a time ("Show more" adds as many again). */
const OWN_PAGE_SIZE = 10;

/** Your received or given recognition, newest first, a page at a time. */
function PagedRecognitions({
  recognitions,
  perspective,
  labelledBy,
}: {
  readonly recognitions: readonly RecognitionView[];
  readonly perspective: RecognitionPerspective;
  readonly labelledBy: string;
}) {
  const { t } = useTranslation();
  const pages = usePagedList(recognitions, OWN_PAGE_SIZE);
  return (
    <>
      <RecognitionList recognitions={pages.shown} perspective={perspective} labelledBy={labelledBy} />
      <PagedListFoot
        list={pages}
        summary={t('lists.showing', pages.counts)}
        moreLabel={t('recognition.showMore')}
      />
    </>
  );
}
