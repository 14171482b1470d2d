/**
 * Who is signed in, and whether the screen is locked. UI state only: no table data lives here.
 */
import { create } from 'zustand';
import type { Session } from '../auth/session';
import { signOut as endSession } from '../features/profiles/startup';

/** The person shown on the lock screen; nothing else of theirs is kept while locked. */
export interface LockedPerson {
  readonly personId: string;
  readonly displayName: string;
}

/** The app's session state and the actions that change it. */
export interface SessionState {
  readonly session: Session | null;
  readonly mustChangeSecret: boolean;
  readonly lockedPerson: LockedPerson | null;
  /** A person signed in (or unlocked). */
  startSession: (session: Session, mustChangeSecret: boolean) => void;
  /** The person replaced their temporary secret. */
  completeSecretChange: () => void;
  /** End the session and return to the roster. */
  signOut: () => void;
  /** End the session but keep the person's name on a lock screen. */
  lock: () => void;
  /** Leave the lock screen for the roster (someone else wants to sign in). */
  abandonLock: () => void;
}

/** The session store. Select narrowly: `useSessionStore((s) => s.session)`. */
export const useSessionStore = create<SessionState>()((set, get) => ({
  session: null,
  mustChangeSecret: false,
  lockedPerson: null,
  startSession: (session, mustChangeSecret) => set({ session, mustChangeSecret, lockedPerson: null }),
  completeSecretChange: () => set({ mustChangeSecret: false }),
  signOut: () => {
    const { session } = get();
    if (session) endSession(session);
    set({ session: null, mustChangeSecret: false, lockedPerson: null });
  },
  lock: () => {
    const { session } = get();
    if (!session) return;
    endSession(session);
    set({
      session: null,
      mustChangeSecret: false,
      lockedPerson: { personId: session.personId, displayName: session.displayName },
    });
  },
  abandonLock: () => set({ lockedPerson: null }),
}));
