/**
 * The organisation: first-run setup and workstation-wide settings.
 */
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../../../shared/domain/idle-lock';
import {
  idleLockMinutesSchema,
  organisationNameSchema,
  personNameSchema,
} from '../../../../shared/domain/organisation';
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import { OPEN_GUARD } from '../../../../shared/domain/sign-in-guard';
import { createVerifier } from '../../auth/secret-hash';
import { issueSession, requireSession, type Session } from '../../auth/session';
import { getDatabase, storageOutcome } from '../../db';
import { problemsFromZod, secretProblems } from './profiles.errors';
import { openNoteKey } from './note-key.repo';

/** What the first-run form collects. */
export interface SetupInput {
  readonly organisationName: string;
  readonly adminName: string;
  readonly secretKind: SecretKind;
  readonly secret: string;
}

/**
 * Create the organisation and its first admin, and sign that admin in.
 *
 * Refused if the organisation already exists, so setup cannot be replayed to take over a workstation.
 */
export async function setUpOrganisation(input: SetupInput): Promise<Outcome<Session>> {
  const organisationName = organisationNameSchema.safeParse(input.organisationName);
  const adminName = personNameSchema.safeParse(input.adminName);
  const problems = [
    ...(organisationName.success
      ? []
      : problemsFromZod(organisationName.error).map((p) => ({ ...p, where: 'organisationName' }))),
    ...(adminName.success ? [] : problemsFromZod(adminName.error).map((p) => ({ ...p, where: 'adminName' }))),
    ...secretProblems(input.secretKind, input.secret),
  ];
  if (!organisationName.success || !adminName.success || problems.length > 0) return { ok: false, problems };

  const verifier = await createVerifier(input.secret);
  const now = Date.now();
  const adminId = crypto.randomUUID();
  const db = getDatabase();
  try {
    const created = await db.transaction(
      'rw',
      [db.organisation, db.people, db.credentials, db.signInGuards],
      async () => {
        if (await db.organisation.get('org')) return false;
        await db.organisation.add({
          id: 'org',
          name: organisationName.data,
          createdAt: now,
          idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
        });
        await db.people.add({
          id: adminId,
          displayName: adminName.data,
          role: 'admin',
          teamId: null,
          createdAt: now,
          archivedAt: null,
        });
        await db.credentials.add({
          personId: adminId,
          kind: input.secretKind,
          ...verifier,
          mustChange: false,
          updatedAt: now,
        });
        await db.signInGuards.add({ personId: adminId, ...OPEN_GUARD });
        return true;
      },
    );
    if (!created) return fail('form', 'setup.already-done');
  } catch (error) {
    return storageOutcome(error);
  }
  const session = issueSession({
    personId: adminId,
    displayName: adminName.data,
    role: 'admin',
    teamId: null,
  });
  await openNoteKey(session, input.secret);
  return succeed(session);
}

/** Change how long the workstation waits before locking. Admins only. */
export async function setIdleLockMinutes(session: Session, minutes: number): Promise<Outcome<number>> {
  requireSession(session, ['admin']);
  const parsed = idleLockMinutesSchema.safeParse(minutes);
  if (!parsed.success)
    return {
      ok: false,
      problems: problemsFromZod(parsed.error).map((p) => ({ ...p, where: 'idleLockMinutes' })),
    };
  try {
    await getDatabase().organisation.update('org', { idleLockMinutes: parsed.data });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(parsed.data);
}
