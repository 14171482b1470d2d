import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { listTeams } from '../profiles';
import { EmptyState, SelectField, ShowMore } from '../../ui';
import { RecognitionList } from './RecognitionList';
import { listTeamWall } from './recognition.repo';

/** How many recognitions the wall shows at a time, newest first ("Show more" adds as many again). */
const WALL_PAGE_SIZE = 10;

/**
 * The team wall: public recognition for people in the caller's team (admins choose a team, or all).
 *
 * Private recognition never reaches this list; the repository leaves it out.
 */
export function TeamWallSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isAdmin = session.role === 'admin';
  const [teamId, setTeamId] = useState('');
  const [limit, setLimit] = useState(WALL_PAGE_SIZE);
  const teams = useLiveQuery(() => listTeams(session), [session]);
  // One more than is shown, to know whether there is more.
  const read = useLiveQuery(
    () =>
      isAdmin || session.teamId !== null
        ? listTeamWall(session, teamId === '' ? null : teamId, limit + 1)
        : [],
    [session, isAdmin, teamId, limit],
  );
  const wall = read?.slice(0, limit);
  const ownTeam = teams?.find((team) => team.id === session.teamId);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="recognition-section-header">
        <h2 id={headingId}>{t('recognition.wall.title')}</h2>
        {!isAdmin && ownTeam ? <p className="recognition-team-name">{ownTeam.name}</p> : null}
      </div>
      <p className="muted">{t('recognition.wall.intro')}</p>
      {isAdmin ? (
        <div className="recognition-wall__filter">
          <SelectField
            label={t('recognition.wall.team')}
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setLimit(WALL_PAGE_SIZE);
            }}
          >
            <option value="">{t('recognition.wall.allTeams')}</option>
            {(teams ?? [])
              .filter((team) => !team.isArchived)
              .map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
          </SelectField>
        </div>
      ) : null}
      {!isAdmin && session.teamId === null ? (
        <p>{t('recognition.wall.noTeam')}</p>
      ) : wall === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : wall.length === 0 ? (
        <EmptyState title={t('recognition.wall.empty')}>
          <p>{t('recognition.wall.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <RecognitionList recognitions={wall} perspective="wall" labelledBy={headingId} />
          {(read?.length ?? 0) > WALL_PAGE_SIZE || limit > WALL_PAGE_SIZE ? (
            <ShowMore
              summary={t('recognition.wall.showing', { count: wall.length })}
              moreLabel={t('recognition.wall.showMore')}
              hasMore={(read?.length ?? 0) > limit}
              onMore={() => setLimit((current) => current + WALL_PAGE_SIZE)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
