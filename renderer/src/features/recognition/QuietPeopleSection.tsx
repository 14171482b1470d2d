import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button } from '../../ui';
import { listQuietPeople } from './recognition.repo';

/**
 * For supervisors (own team) and admins (everyone): who nobody has recognised in the quiet period.
 *
 * Shows names and dates only. `onRecognise` hands a person to the form, when the caller may give.
 */
export function QuietPeopleSection({
  session,
  onRecognise,
}: {
  readonly session: Session;
  readonly onRecognise: ((personId: string) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const quiet = useLiveQuery(() => listQuietPeople(session), [session]);
  if (quiet === undefined) return null;
  const formatDate = (time: number) =>
    new Date(time).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.quiet.title', { count: quiet.quietWeeks })}</h2>
      <p className="muted">{t('recognition.quiet.intro')}</p>
      {quiet.people.length === 0 ? (
        <p>{t('recognition.quiet.empty', { count: quiet.quietWeeks })}</p>
      ) : (
        <ul className="recognition-quiet" aria-labelledby={headingId}>
          {quiet.people.map((person) => (
            <li key={person.personId} className="recognition-quiet__person">
              <div>
                <p className="recognition-quiet__name">{person.displayName}</p>
                <p className="recognition-quiet__when">
                  {session.role === 'admin' && person.teamName ? `${person.teamName} · ` : null}
                  {person.lastRecognisedAt === null
                    ? t('recognition.quiet.never')
                    : t('recognition.quiet.lastRecognised', { date: formatDate(person.lastRecognisedAt) })}
                </p>
              </div>
              {onRecognise ? (
                <Button
                  aria-label={t('recognition.quiet.recogniseLabel', { name: person.displayName })}
                  onClick={() => onRecognise(person.personId)}
                >
                  {t('recognition.quiet.recognise')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
