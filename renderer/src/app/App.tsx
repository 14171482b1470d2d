import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect } from 'react';
import {
  ChangeSecretScreen,
  getOrganisation,
  LockScreen,
  RosterScreen,
  SetupScreen,
} from '../features/profiles/startup';
import { applyCheckInRetention } from '../features/check-ins';
import { FirstRunRestore, runAutomaticBackup } from '../features/backup';
import { usePlatform } from '../platform';
import { markInteractive } from './interactive';
import { LoadingPage } from './LoadingPage';
import { preloadable } from './preloadable';
import { useNavigationStore } from './navigation.store';
import { useSessionStore } from './session.store';
import { useIdleLock } from './useIdleLock';

// Signed-in code loads apart from the first screens, and is fetched while the roster waits for a PIN.
const AppShell = preloadable(() => import('./AppShell').then((module) => module.AppShell));
const IdleWarningDialog = preloadable(() =>
  import('./IdleWarningDialog').then((module) => module.IdleWarningDialog),
);

/** Mark the page interactive once the setup screen has rendered (it sits in the same Suspense boundary). */
function SetupShown() {
  useEffect(markInteractive, []);
  return null;
}

/**
 * The roster has shown its names: mark the page interactive and fetch the signed-in code once the browser
 * is idle.
 */
function rosterShown(): void {
  markInteractive();
  requestIdleCallback(() => {
    // A failed fetch is retried, and reported, when the shell is first rendered.
    AppShell.preload().catch(() => undefined);
    IdleWarningDialog.preload().catch(() => undefined);
  });
}

/** The top of the app: decides between setup, the roster, the lock screen and the signed-in shell. */
export function App() {
  const organisation = useLiveQuery(async () => ({ value: await getOrganisation() }), []);
  const session = useSessionStore((state) => state.session);
  const mustChangeSecret = useSessionStore((state) => state.mustChangeSecret);
  const lockedPerson = useSessionStore((state) => state.lockedPerson);
  const startSession = useSessionStore((state) => state.startSession);
  const completeSecretChange = useSessionStore((state) => state.completeSecretChange);
  const signOut = useSessionStore((state) => state.signOut);
  const lock = useSessionStore((state) => state.lock);
  const abandonLock = useSessionStore((state) => state.abandonLock);
  const resetNavigation = useNavigationStore((state) => state.reset);
  const platform = usePlatform();

  const idleLockMinutes = organisation?.value?.idleLockMinutes ?? 5;
  const { secondsLeft, stayActive } = useIdleLock({
    minutes: idleLockMinutes,
    isActive: session !== null,
    onLock: lock,
  });

  useEffect(() => {
    if (session === null && lockedPerson === null) resetNavigation();
  }, [session, lockedPerson, resetNavigation]);

  useEffect(() => {
    // Old raw check-ins are deleted at each sign-in (team rollups are kept).
    if (session !== null)
      void applyCheckInRetention().catch((error: unknown) => console.error('Retention failed', error));
    // The day's automatic backup (desktop app, when an admin turned it on) is written at the first sign-in.
    if (session !== null)
      void runAutomaticBackup(session, platform).catch((error: unknown) =>
        console.error('Automatic backup failed', error),
      );
  }, [session, platform]);

  if (organisation === undefined) return <LoadingPage />;
  if (organisation.value === null) {
    return (
      <Suspense fallback={<LoadingPage />}>
        <SetupScreen
          onSetUp={(created) => startSession(created, false)}
          alternative={
            <Suspense fallback={null}>
              <FirstRunRestore />
            </Suspense>
          }
        />
        <SetupShown />
      </Suspense>
    );
  }
  if (session === null && lockedPerson !== null) {
    return (
      <LockScreen
        personId={lockedPerson.personId}
        displayName={lockedPerson.displayName}
        onUnlocked={startSession}
        onSwitchUser={abandonLock}
        onShown={markInteractive}
      />
    );
  }
  if (session === null) {
    return (
      <RosterScreen
        organisationName={organisation.value.name}
        onSignedIn={startSession}
        onShown={rosterShown}
      />
    );
  }
  return (
    <Suspense fallback={<LoadingPage />}>
      {mustChangeSecret ? (
        <ChangeSecretScreen session={session} onChanged={completeSecretChange} onSignOut={signOut} />
      ) : (
        <AppShell
          session={session}
          organisationName={organisation.value.name}
          idleLockMinutes={idleLockMinutes}
          onLock={lock}
          onSignOut={signOut}
        />
      )}
      <Suspense fallback={null}>
        <IdleWarningDialog secondsLeft={secondsLeft} onStay={stayActive} onLockNow={lock} />
      </Suspense>
    </Suspense>
  );
}
