import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assert-never';
import type { Session } from '../auth/session';
import { PeopleScreen } from '../features/profiles';
import { SettingsScreen } from '../features/settings';
import { TeamTrainingScreen, TrainingScreen, useTrainingStore } from '../features/training';
import { CheckInScreen, MyWellbeingScreen, TeamWellbeingScreen } from '../features/check-ins';
import { CoachingScreen } from '../features/coaching';
import { RecognitionScreen } from '../features/recognition';
import { Button, ErrorBoundary, Notice } from '../ui';
import { HomeScreen } from './HomeScreen';
import { useNavigationStore, type Screen } from './navigation.store';
import { navItemsFor } from './navigation';
import './app.css';

/** The signed-in frame: header with the person and session actions, navigation, and the open screen. */
export function AppShell({
  session,
  organisationName,
  idleLockMinutes,
  onLock,
  onSignOut,
}: {
  readonly session: Session;
  readonly organisationName: string;
  readonly idleLockMinutes: number;
  readonly onLock: () => void;
  readonly onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const screen = useNavigationStore((state) => state.screen);
  const navigate = useNavigationStore((state) => state.navigate);
  const items = navItemsFor(session.role);
  const current: Screen = items.some((item) => item.screen === screen) ? screen : 'home';

  // The shell closes when the person signs out or locks: the next person never lands inside someone else's
  // module or review.
  useEffect(() => () => useTrainingStore.getState().showCatalogue(), []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <p className="shell__brand">
          <span className="brand__mark" aria-hidden="true">
            S
          </span>
          <span>{t('app.name')}</span>
          <span className="shell__org">{organisationName}</span>
        </p>
        <div className="shell__person">
          <span>
            <span className="visually-hidden">{t('app.signedInAs', { name: session.displayName })}</span>
            <span aria-hidden="true" className="shell__name">
              {session.displayName}
            </span>
            <span className="badge">{t(`roles.${session.role}`)}</span>
          </span>
          <Button onClick={onLock}>{t('app.lock')}</Button>
          <Button onClick={onSignOut}>{t('app.switchUser')}</Button>
          <Button variant="ghost" onClick={onSignOut}>
            {t('app.signOut')}
          </Button>
        </div>
      </header>
      <nav className="shell__nav" aria-label={t('app.mainNavigation')}>
        <ul>
          {items.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className="shell__nav-item"
                aria-current={item.screen === current ? 'page' : undefined}
                onClick={() => {
                  if (item.screen === 'training') useTrainingStore.getState().showCatalogue();
                  navigate(item.screen);
                }}
              >
                {t(item.labelKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        <ErrorBoundary
          key={current}
          fallback={(reset) => (
            <Notice tone="error" title={t('app.screenFailed')}>
              <p>{t('app.screenFailedBody')}</p>
              <Button onClick={reset}>{t('app.tryAgain')}</Button>
            </Notice>
          )}
        >
          <Suspense
            fallback={
              <p className="muted" role="status">
                {t('app.loading')}
              </p>
            }
          >
            <ScreenContent
              screen={current}
              session={session}
              idleLockMinutes={idleLockMinutes}
              onSignOut={onSignOut}
            />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

function ScreenContent({
  screen,
  session,
  idleLockMinutes,
  onSignOut,
}: {
  screen: Screen;
  session: Session;
  idleLockMinutes: number;
  onSignOut: () => void;
}) {
  switch (screen) {
    case 'home':
      return <HomeScreen session={session} idleLockMinutes={idleLockMinutes} />;
    case 'check-in':
      return (
        <CheckInScreen
          session={session}
          onOpenModule={(moduleId) => {
            useTrainingStore.getState().openModule(moduleId);
            useNavigationStore.getState().navigate('training');
          }}
        />
      );
    case 'wellbeing':
      return <MyWellbeingScreen session={session} />;
    case 'team-wellbeing':
      return <TeamWellbeingScreen session={session} />;
    case 'training':
      return <TrainingScreen session={session} />;
    case 'recognition':
      return <RecognitionScreen session={session} />;
    case 'coaching':
      return <CoachingScreen session={session} />;
    case 'team-training':
      return <TeamTrainingScreen session={session} />;
    case 'people':
      return <PeopleScreen session={session} />;
    case 'settings':
      return <SettingsScreen session={session} onErased={onSignOut} onRestored={onSignOut} />;
    default:
      return assertNever(screen);
  }
}
