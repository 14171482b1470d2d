import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useState } from 'react';
import {
  ChangeSecretScreen,
  getOrganisation,
  LockScreen,
  openForStartScreen,
  ROSTER_PAGE_SIZE,
  RosterScreen,
  SetupScreen,
  type StartScreen,
} from '../features/profiles/startup';
import { applyCheckInRetention } from '../features/check-ins';
import { FirstRunRestore, runAutomaticBackup } from '../features/backup';
import { usePlatform } from '../platform';
import { markInteractive } from './interactive';
import { LoadingPage, StartFailedPage } from './LoadingPage';
import { preloadable, type Preloadable } from '../ui/preloadable';
import { useNavigationStore } from './navigation.store';
import { useSessionStore } from './session.store';
import type { Session } from '../auth/session';
import { useIdleLock } from './useIdleLock';

// Open the database as soon as this code runs, then read the first screen's data (the organisation and the
// roster's first page). On a fresh install the setup screen's code is fetched, and shown, while the tables
// are created.
const firstScreen = openForStartScreen({
  rosterLimit: ROSTER_PAGE_SIZE,
  onCreated: () => void SetupScreen.preload().catch(() => undefined),
});

/**
 * The first screen's data, for main.tsx to render the app with, so the roster shows its names at its first
 * render. Null when the open or the read failed: the screens' own queries then try again, and report it.
 */
export const startScreen: Promise<StartScreen | null> = firstScreen.start.catch(() => null);

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

/**
 * The top of the app: decides between setup, the roster, the lock screen and the signed-in shell. `start` is
 * what `startScreen` read, shown until the live queries take over.
 */
export function App({ start = null }: { readonly start?: StartScreen | null }) {
  const organisation = useLiveQuery(
    async () => ({ value: await getOrganisation() }),
    [],
    start ? { value: start.organisation } : undefined,
  );
  // Only the first roster may start from what was read at start: a later one (after sign-out) reads afresh.
  const [firstRosterPage, setFirstRosterPage] = useState(start?.roster ?? undefined);
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
  if (organisation.value === null) return <FirstRun onSetUp={(created) => startSession(created, false)} />;
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
        onSignedIn={(signedIn, mustChange) => {
          setFirstRosterPage(undefined);
          startSession(signedIn, mustChange);
        }}
        onShown={rosterShown}
        firstPage={firstRosterPage}
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

/**
 * First-run setup, shown as soon as its code is in. It is not rendered through a Suspense boundary, which
 * would hold it back until 300 ms after the Loading page appeared (React throttles revealing suspended
 * content); the restore entry beside it may arrive a moment later.
 */
function FirstRun({ onSetUp }: { readonly onSetUp: (session: Session) => void }) {
  const status = useLoadedCode(SetupScreen);
  if (status === 'failed') return <StartFailedPage />;
  if (status === 'loading') return <LoadingPage />;
  return (
    <>
      <SetupScreen
        onSetUp={onSetUp}
        alternative={
          <Suspense fallback={null}>
            <FirstRunRestore />
          </Suspense>
        }
      />
      <SetupShown />
    </>
  );
}

/** Fetch a preloadable component's code and report when it can render without suspending. */
function useLoadedCode<P extends object>(component: Preloadable<P>): 'loading' | 'ready' | 'failed' {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>(() =>
    component.isLoaded() ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (status !== 'loading') return;
    let current = true;
    component.preload().then(
      () => current && setStatus('ready'),
      (error: unknown) => {
        console.error('Could not load a screen', error);
        if (current) setStatus('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [component, status]);
  return status;
}
