/**
 * What anyone at the workstation may read before signing in: the organisation's name and settings, and the
 * sign-in roster.
 *
 * Kept apart from the admin tools (organisation.repo.ts, people.repo.ts) so the first screen loads without
 * their validation code (zod).
 */
import type { Role } from '../../../../shared/domain/roles';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import { evaluateGuard, OPEN_GUARD } from '../../../../shared/domain/sign-in-guard';
import { getDatabase } from '../../db';

/** What anyone at the workstation may know about the organisation. */
export interface OrganisationSummary {
  readonly name: string;
  readonly idleLockMinutes: number;
}

/** One entry on the sign-in roster. */
export interface RosterEntry {
  readonly personId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamName: string | null;
  readonly secretKind: SecretKind;
  readonly isDisabled: boolean;
}

/** Open the database ahead of the first query (at start, while the first frame renders). Reads nothing. */
export async function openDatabase(): Promise<void> {
  await getDatabase().open();
}

/** The organisation's public summary, or null before first-run setup. */
export async function getOrganisation(): Promise<OrganisationSummary | null> {
  const row = await getDatabase().organisation.get('org');
  return row ? { name: row.name, idleLockMinutes: row.idleLockMinutes } : null;
}

/** Everyone who can sign in here, sorted by name. Safe to show before anyone signs in. */
export async function listRoster(): Promise<RosterEntry[]> {
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.credentials, db.signInGuards], async () => {
    const people = (await db.people.toArray()).filter((person) => person.archivedAt === null);
    const teams = new Map((await db.teams.toArray()).map((team) => [team.id, team.name]));
    const credentials = new Map((await db.credentials.toArray()).map((row) => [row.personId, row.kind]));
    const guards = new Map((await db.signInGuards.toArray()).map((row) => [row.personId, row]));
    const now = Date.now();
    return people
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((person) => ({
        personId: person.id,
        displayName: person.displayName,
        role: person.role,
        teamName: person.teamId ? (teams.get(person.teamId) ?? null) : null,
        secretKind: credentials.get(person.id) ?? 'pin',
        isDisabled: evaluateGuard(guards.get(person.id) ?? OPEN_GUARD, now).kind === 'disabled',
      }));
  });
}
