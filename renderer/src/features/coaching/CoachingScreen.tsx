import { useTranslation } from 'react-i18next';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import { TeamPicker, useTeamChoice } from '../profiles';
import { BundledModulesReady } from '../training';
import { CoachingNoteForm } from './CoachingNoteForm';
import { CompletionMatrixSection } from './CompletionMatrixSection';
import { FollowUpsSection } from './FollowUpsSection';
import { MyCoachingNotesSection, MyOneOnOnesSection } from './MyCoachingSections';
import { OneOnOneScheduleSection } from './OneOnOneScheduleSection';
import './coaching.css';

/**
 * Coaching & one-to-ones.
 *
 * An employee reads their coaching notes (acknowledging and replying) and their one-to-one records. A
 * supervisor (own team) or admin (everyone) writes coaching notes, follows them up, keeps one-to-ones on
 * cadence and sees the team's training completion; their own notes and records, if any, follow below.
 * An admin picks the team to work with (one at a time keeps every list short at a contact centre's size).
 * What each person may see is decided in the coaching repository, not here.
 */
export function CoachingScreen({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const isLeader = session.role !== 'employee';
  return (
    <div className="stack coaching">
      <h1>{t('coaching.title')}</h1>
      <p className="muted">
        {session.role === 'admin'
          ? t('coaching.introAdmin')
          : isLeader
            ? t('coaching.introSupervisor')
            : t('coaching.introEmployee')}
      </p>
      {session.role === 'admin' ? (
        <AdminCoaching session={session} />
      ) : isLeader ? (
        <BundledModulesReady>
          <LeaderSections session={session} scope={OWN_TEAM} />
          <MyCoachingNotesSection session={session} hideWhenEmpty />
          <MyOneOnOnesSection session={session} hideWhenEmpty />
        </BundledModulesReady>
      ) : (
        <BundledModulesReady>
          <MyCoachingNotesSection session={session} />
          <MyOneOnOnesSection session={session} />
        </BundledModulesReady>
      )}
    </div>
  );
}

/** A supervisor's lists cover their own team. */
const OWN_TEAM: TeamScope = {};

/** The admin works with one team at a time, chosen at the top. */
function AdminCoaching({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const choice = useTeamChoice(session);
  return (
    <BundledModulesReady>
      <TeamPicker choice={choice} description={t('coaching.teamPickerHint')} />
      {choice.teamId === null ? null : (
        <LeaderSections key={choice.teamId} session={session} scope={{ teamId: choice.teamId }} />
      )}
      <MyCoachingNotesSection session={session} hideWhenEmpty />
      <MyOneOnOnesSection session={session} hideWhenEmpty />
    </BundledModulesReady>
  );
}

/** What a leader does for one team: notes, follow-ups, one-to-ones and training completion. */
function LeaderSections({ session, scope }: { readonly session: Session; readonly scope: TeamScope }) {
  return (
    <>
      <CoachingNoteForm session={session} scope={scope} />
      <FollowUpsSection session={session} scope={scope} />
      <OneOnOneScheduleSection session={session} scope={scope} />
      <CompletionMatrixSection session={session} scope={scope} />
    </>
  );
}
