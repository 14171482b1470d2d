import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Session } from '../auth/session';
import { listTeams } from '../features/profiles';
import { RecentRecognitionCard } from '../features/recognition';
import { Suspense } from 'react';
import { Button } from '../ui';
import { useNavigationStore } from './navigation.store';

/** The signed-in person's starting point. */
export function HomeScreen({
  session,
  idleLockMinutes,
}: {
  readonly session: Session;
  readonly idleLockMinutes: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigationStore((state) => state.navigate);
  const teams = useLiveQuery(() => listTeams(session), [session]);
  const activeTeams = (teams ?? []).filter((team) => !team.isArchived);
  const ownTeam = activeTeams.find((team) => team.id === session.teamId) ?? null;
  const activePeople = activeTeams.reduce((sum, team) => sum + team.activeMembers, 0);

  return (
    <div className="stack">
      <h1>{t('home.greeting', { name: session.displayName })}</h1>
      <p className="muted">{t('home.intro', { minutes: idleLockMinutes })}</p>
      <div className="home-grid">
        <section className="card" aria-labelledby="home-role">
          <h2 id="home-role">{t('home.yourRole')}</h2>
          <p className="home-figure">{t(`roles.${session.role}`)}</p>
        </section>
        {session.role === 'admin' ? (
          <section className="card" aria-labelledby="home-org">
            <h2 id="home-org">{t('home.organisation')}</h2>
            {teams === undefined ? (
              <p className="muted">{t('app.loading')}</p>
            ) : (
              <>
                <p className="home-figure">{t('home.teamsCount', { count: activeTeams.length })}</p>
                <p>{t('home.peopleCount', { count: activePeople })}</p>
              </>
            )}
            <Button variant="primary" onClick={() => navigate('people')}>
              {t('home.managePeople')}
            </Button>
          </section>
        ) : (
          <section className="card" aria-labelledby="home-team">
            <h2 id="home-team">{t('home.yourTeam')}</h2>
            {teams === undefined ? (
              <p className="muted">{t('app.loading')}</p>
            ) : ownTeam ? (
              <>
                <p className="home-figure">{ownTeam.name}</p>
                <p>{t('home.teamMembers', { count: ownTeam.activeMembers })}</p>
                {session.role === 'supervisor' ? (
                  <Button onClick={() => navigate('people')}>{t('home.viewTeam')}</Button>
                ) : null}
              </>
            ) : (
              <p>{t('home.noTeam')}</p>
            )}
          </section>
        )}
      </div>
      <Suspense fallback={null}>
        <RecentRecognitionCard session={session} />
      </Suspense>
    </div>
  );
}
