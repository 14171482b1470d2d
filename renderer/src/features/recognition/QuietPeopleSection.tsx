import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, PagedListFoot, usePagedList } from '../../ui';
import { listQuietPeople } from './recognition.repo';

/** How many quiet people show at a time, longest-waiting first ("Show more" adds as many again). */
const PAGE_SIZE = 10;

/**
 * For supervisors (own team) and admins (one team at a time): who nobody has recognised in the quiet period.
 *
 * Shows names and dates only. `onRecognise` hands a person to the form, when the caller may give.
 */
export function QuietPeopleSection({
  session,
  team,
  onRecognise,
}: {
  readonly session: Session;
  /** For an admin: the one team to list (a supervisor's is always their own). */
  readonly team?: { readonly id: string; readonly name: string };
  readonly onRecognise: ((personId: string, teamId: string | null) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const quiet = useLiveQuery(
    () => listQuietPeople(session, Date.now(), team === undefined ? {} : { teamId: team.id }),
    [session, team?.id],
  );
  const people = usePagedList(quiet?.people ?? [], PAGE_SIZE);
  if (quiet === undefined) return null;
  const formatDate = (time: number) =>
    new Date(time).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.quiet.title', { count: quiet.quietWeeks })}</h2>
      {team ? <p className="recognition-team-name">{team.name}</p> : null}
      <p className="muted">{t('recognition.quiet.intro')}</p>
      {quiet.people.length === 0 ? (
        <p>{t('recognition.quiet.empty', { count: quiet.quietWeeks })}</p>
      ) : (
        <ul className="recognition-quiet" aria-labelledby={headingId}>
          {people.shown.map((person) => (
            <li key={person.personId} className="recognition-quiet__person">
              <div>
                <p className="recognition-quiet__name">{person.displayName}</p>
                <p className="recognition-quiet__when">
                  {person.lastRecognisedAt === null
                    ? t('recognition.quiet.never')
                    : t('recognition.quiet.lastRecognised', { date: formatDate(person.lastRecognisedAt) })}
                </p>
              </div>
              {onRecognise ? (
                <Button
                  aria-label={t('recognition.quiet.recogniseLabel', { name: person.displayName })}
                  onClick={() => onRecognise(person.personId, person.teamId)}
                >
                  {t('recognition.quiet.recognise')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <PagedListFoot
        list={people}
        summary={t('lists.showing', people.counts)}
        moreLabel={t('recognition.quiet.showMore')}
      />
    </section>
  );
}
