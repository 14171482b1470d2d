/**
 * Signing in, changing one's own secret, and signing out.
 *
 * A failed attempt is counted before the secret is checked and forgiven only when it matches, so closing
 * the app mid-check never yields a free guess.
 */
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import { evaluateGuard, OPEN_GUARD, recordFailure } from '../../../../shared/domain/sign-in-guard';
import { createVerifier, verifySecret } from '../../auth/secret-hash';
import { issueSession, requireSession, revokeSession, type Session } from '../../auth/session';
import { getDatabase, storageOutcome } from '../../db';
import { secretProblems } from './profiles.errors';
import { openNoteKey } from './note-key.repo';
import { rewrapNoteKey } from '../../auth/note-keys';

/** The result of a sign-in attempt. */
export type SignInResult =
  | { readonly ok: true; readonly session: Session; readonly mustChangeSecret: boolean }
  | { readonly ok: false; readonly reason: 'wrong-secret'; readonly retryAt: number | null }
  | { readonly ok: false; readonly reason: 'wait'; readonly retryAt: number }
  | { readonly ok: false; readonly reason: 'disabled' | 'unknown-person' | 'storage-full' | 'storage-error' };

/** Try to sign a person in with their PIN or passphrase. */
export async function signIn(personId: string, secret: string): Promise<SignInResult> {
  const db = getDatabase();
  const tables = [db.people, db.credentials, db.signInGuards];
  let attempt;
  try {
    attempt = await db.transaction('rw', tables, async () => {
      const person = await db.people.get(personId);
      const credential = await db.credentials.get(personId);
      if (!person || person.archivedAt !== null || !credential) return { kind: 'unknown' as const };
      const guard = (await db.signInGuards.get(personId)) ?? { personId, ...OPEN_GUARD };
      const decision = evaluateGuard(guard, Date.now());
      if (decision.kind !== 'open') return { kind: 'blocked' as const, decision };
      await db.signInGuards.put({ ...recordFailure(guard, Date.now()), personId });
      return { kind: 'check' as const, person, credential, guardBefore: guard };
    });
  } catch (error) {
    return { ok: false, reason: storageReason(error) };
  }
  if (attempt.kind === 'unknown') return { ok: false, reason: 'unknown-person' };
  if (attempt.kind === 'blocked') {
    return attempt.decision.kind === 'wait'
      ? { ok: false, reason: 'wait', retryAt: attempt.decision.retryAt }
      : { ok: false, reason: 'disabled' };
  }

  const isMatch = await verifySecret(secret, attempt.credential);
  if (!isMatch) {
    const after = await db.signInGuards.get(personId);
    const decision = evaluateGuard(after ?? OPEN_GUARD, Date.now());
    if (decision.kind === 'disabled') return { ok: false, reason: 'disabled' };
    return { ok: false, reason: 'wrong-secret', retryAt: decision.kind === 'wait' ? decision.retryAt : null };
  }
  try {
    await db.signInGuards.put({ personId, ...OPEN_GUARD });
  } catch (error) {
    return { ok: false, reason: storageReason(error) };
  }
  const { person } = attempt;
  const session = issueSession({
    personId: person.id,
    displayName: person.displayName,
    role: person.role,
    teamId: person.teamId,
  });
  if (!attempt.credential.mustChange) await openNoteKey(session, secret);
  return { ok: true, mustChangeSecret: attempt.credential.mustChange, session };
}

function storageReason(error: unknown): 'storage-full' | 'storage-error' {
  const outcome = storageOutcome(error);
  return !outcome.ok && outcome.problems[0]?.message === 'errors.storage-full'
    ? 'storage-full'
    : 'storage-error';
}

/** The kind of secret the signed-in person uses. */
export async function getOwnSecretKind(session: Session): Promise<SecretKind> {
  requireSession(session);
  return (await getDatabase().credentials.get(session.personId))?.kind ?? 'pin';
}

/** Replace the signed-in person's secret after checking the current one. */
export async function changeOwnSecret(
  session: Session,
  input: { readonly currentSecret: string; readonly secretKind: SecretKind; readonly newSecret: string },
): Promise<Outcome<true>> {
  requireSession(session);
  const problems = secretProblems(input.secretKind, input.newSecret, 'newSecret');
  if (problems.length > 0) return { ok: false, problems };
  const db = getDatabase();
  const credential = await db.credentials.get(session.personId);
  if (!credential || !(await verifySecret(input.currentSecret, credential))) {
    return fail('currentSecret', 'secret.current-wrong');
  }
  if (await verifySecret(input.newSecret, credential))
    return fail('newSecret', 'secret.problem.same-as-current');
  const verifier = await createVerifier(input.newSecret);
  const storedKey = await db.noteKeys.get(session.personId);
  // Re-wrap the note key under the new secret before writing anything; both change in one transaction.
  const rewrapped = storedKey ? await rewrapNoteKey(storedKey, input.currentSecret, input.newSecret) : null;
  try {
    await db.transaction('rw', [db.credentials, db.noteKeys], async () => {
      await db.credentials.put({
        personId: session.personId,
        kind: input.secretKind,
        ...verifier,
        mustChange: false,
        updatedAt: Date.now(),
      });
      if (rewrapped) await db.noteKeys.put(rewrapped);
    });
  } catch (error) {
    return storageOutcome(error);
  }
  if (!storedKey) await openNoteKey(session, input.newSecret);
  return succeed(true);
}

/** End a session; every repository refuses it from now on. */
export function signOut(session: Session): void {
  revokeSession(session);
}
