/**
 * Sessions: proof, inside the data layer, of who is signed in.
 *
 * A `Session` can only be made here, by the sign-in code after a secret was verified. Repositories call
 * `requireSession` before every read or write of personal data, so a forged object, a session that was
 * signed out, or one from before the screen locked is refused, whatever the UI shows.
 */
import type { Role } from '../../../shared/domain/roles';

/** The signed-in person, as the data layer sees them. */
export interface Session {
  readonly personId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly startedAt: number;
}

const liveSessions = new WeakSet<Session>();

/** Thrown when a caller without the right session or role reaches for data. */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';
}

/** Create a session for a person whose secret was just verified. Only the sign-in code calls this. */
export function issueSession(person: Omit<Session, 'startedAt'>, now: number = Date.now()): Session {
  const session: Session = Object.freeze({ ...person, startedAt: now });
  liveSessions.add(session);
  return session;
}

/** End a session (sign out, switch user, lock). It can never be used again. */
export function revokeSession(session: Session): void {
  liveSessions.delete(session);
  for (const listener of revokeListeners) listener(session);
}

const revokeListeners = new Set<(session: Session) => void>();

/** Run `listener` whenever a session ends (used to drop in-memory keys). */
export function onSessionRevoked(listener: (session: Session) => void): void {
  revokeListeners.add(listener);
}

/** Whether a session was issued here and is still live. */
export function isLiveSession(session: Session | null | undefined): session is Session {
  return session != null && liveSessions.has(session);
}

/** Refuse unless `session` is live and, when `roles` is given, has one of them. */
export function requireSession(session: Session | null | undefined, roles?: readonly Role[]): Session {
  if (!isLiveSession(session)) throw new AccessDeniedError('Sign in to continue.');
  if (roles && !roles.includes(session.role)) {
    throw new AccessDeniedError(`This needs one of these roles: ${roles.join(', ')}.`);
  }
  return session;
}
