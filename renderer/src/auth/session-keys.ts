/**
 * The signed-in person's unwrapped note key, held in memory only for as long as their session lives.
 *
 * Keys are non-extractable CryptoKeys, kept in a WeakMap keyed by the session object: when the session is
 * revoked (sign-out, switch user, lock) the key is dropped with it.
 */
import type { Session } from './session';
import { isLiveSession, onSessionRevoked } from './session';

const keys = new WeakMap<Session, CryptoKey>();
onSessionRevoked((session) => keys.delete(session));

/** Remember the note key unlocked for a live session. */
export function attachNoteKey(session: Session, key: CryptoKey): void {
  if (isLiveSession(session)) keys.set(session, key);
}

/** The note key for a live session, or null (no key yet, or the session has ended). */
export function noteKeyFor(session: Session): CryptoKey | null {
  if (!isLiveSession(session)) {
    keys.delete(session);
    return null;
  }
  return keys.get(session) ?? null;
}

/** Forget a session's key (called when the session ends). */
export function detachNoteKey(session: Session): void {
  keys.delete(session);
}
