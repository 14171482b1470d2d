import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
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
      {isLeader ? (
        <BundledModulesReady>
          <CoachingNoteForm session={session} />
          <FollowUpsSection session={session} />
          <OneOnOneScheduleSection session={session} />
          <CompletionMatrixSection session={session} />
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
