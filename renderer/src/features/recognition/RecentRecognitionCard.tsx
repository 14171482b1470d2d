import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { RecognitionList } from './RecognitionList';
import { listRecentForHome } from './recognition.repo';
import './recognition.css';

/** How many recognitions the home card shows. */
const HOME_CARD_SIZE = 3;

/** A compact home-screen card with the latest recognitions the signed-in person received. */
export function RecentRecognitionCard({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const recent = useLiveQuery(() => listRecentForHome(session, HOME_CARD_SIZE), [session]);
  return (
    <section className="card stack recognition-home" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.home.title')}</h2>
      {recent === undefined ? null : recent.length === 0 ? (
        <div className="recognition-home__empty">
          <p className="recognition-home__empty-title">{t('recognition.home.empty')}</p>
          <p className="muted">{t('recognition.home.emptyBody')}</p>
        </div>
      ) : (
        <RecognitionList recognitions={recent} perspective="received" labelledBy={headingId} isCompact />
      )}
    </section>
  );
}
