/**
 * Teams and people: the admin's tools to keep them current (the sign-in roster is in roster.repo.ts).
 *
 * Every function that reveals more than the sign-in roster takes the caller's session and checks it here:
 * admins manage everyone; supervisors may list their own team; employees see only the roster.
 */
import { personInputSchema, teamNameSchema, type PersonInput } from '../../../../shared/domain/organisation';
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import type { Role } from '../../../../shared/domain/roles';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import { evaluateGuard, OPEN_GUARD } from '../../../../shared/domain/sign-in-guard';
import { createVerifier } from '../../auth/secret-hash';
import { AccessDeniedError, requireSession, type Session } from '../../auth/session';
import { getDatabase, type PersonRow, type TeamRow, storageOutcome } from '../../db';
import { problemsFromZod, secretProblems } from './profiles.errors';

/** A team as the people screen shows it. */
export interface TeamSummary {
  readonly id: string;
  readonly name: string;
  readonly isArchived: boolean;
  readonly activeMembers: number;
}

/** A person as the people screen shows it. */
export interface PersonSummary {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly isArchived: boolean;
  readonly isSignInDisabled: boolean;
}

/** A new person and the temporary secret they will replace at first sign-in. */
export type NewPersonInput = PersonInput & {
  readonly secretKind: SecretKind;
  readonly temporarySecret: string;
};

const byName = (a: { displayName: string }, b: { displayName: string }) =>
  a.displayName.localeCompare(b.displayName);

/** Teams the caller may see: all of them for an admin, their own for anyone else. */
export async function listTeams(session: Session): Promise<TeamSummary[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', [db.teams, db.people], async () => {
    const teams = await db.teams.toArray();
    const people = (await db.people.toArray()).filter((person) => person.archivedAt === null);
    const visible = session.role === 'admin' ? teams : teams.filter((team) => team.id === session.teamId);
    return visible
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((team) => ({
        id: team.id,
        name: team.name,
        isArchived: team.archivedAt !== null,
        activeMembers: people.filter((person) => person.teamId === team.id).length,
      }));
  });
}

/**
 * People the caller may list: everyone for an admin, their active team-mates for a supervisor. With a
 * team in `scope`, that team's active members only (a supervisor may ask only for their own).
 */
export async function listPeople(session: Session, scope: TeamScope = {}): Promise<PersonSummary[]> {
  requireSession(session, ['admin', 'supervisor']);
  if (scope.teamId !== undefined && session.role !== 'admin' && scope.teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors see only their own team.');
  const teamId = scope.teamId ?? (session.role === 'admin' ? undefined : session.teamId);
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.signInGuards], async () => {
    const teams = new Map((await db.teams.toArray()).map((team) => [team.id, team.name]));
    const people =
      teamId === undefined
        ? await db.people.toArray()
        : teamId === null
          ? []
          : (await db.people.where('teamId').equals(teamId).toArray()).filter((p) => p.archivedAt === null);
    const guards = new Map(
      (await db.signInGuards.bulkGet(people.map((person) => person.id))).flatMap((row) =>
        row ? [[row.personId, row] as const] : [],
      ),
    );
    const now = Date.now();
    return people.sort(byName).map((person) => ({
      id: person.id,
      displayName: person.displayName,
      role: person.role,
      teamId: person.teamId,
      teamName: person.teamId ? (teams.get(person.teamId) ?? null) : null,
      isArchived: person.archivedAt !== null,
      isSignInDisabled: evaluateGuard(guards.get(person.id) ?? OPEN_GUARD, now).kind === 'disabled',
    }));
  });
}

/** Which page of the admin's people table to read. */
export interface PeopleQuery {
  /** Only people whose name contains this (any case); everyone when empty. */
  readonly search?: string;
  readonly offset: number;
  readonly limit: number;
}

/** One page of the admin's people table, with how many people there are and match the search. */
export interface PeoplePage {
  readonly people: readonly PersonSummary[];
  /** Where the page starts: the asked-for offset, or the last page's when fewer people match now. */
  readonly offset: number;
  readonly total: number;
  readonly matching: number;
}

/**
 * One page of everyone (archived people included), sorted by name, for the admin's people table. Admins
 * only. Only the page's people have their team and sign-in lock looked up. An offset past the end reads
 * the last page (the list may have shrunk since it was asked for).
 */
export async function listPeoplePage(session: Session, query: PeopleQuery): Promise<PeoplePage> {
  requireSession(session, ['admin']);
  const needle = (query.search ?? '').trim().toLocaleLowerCase();
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.signInGuards], async () => {
    const everyone = await db.people.toArray();
    const matches = everyone
      .filter((person) => needle === '' || person.displayName.toLocaleLowerCase().includes(needle))
      .sort(byName);
    const limit = Math.max(1, query.limit);
    const lastPage = Math.max(0, Math.floor((matches.length - 1) / limit) * limit);
    const offset = Math.min(Math.max(0, query.offset), lastPage);
    const page = matches.slice(offset, offset + limit);
    const teamIds = [...new Set(page.flatMap((person) => (person.teamId ? [person.teamId] : [])))];
    const [teams, guards] = await Promise.all([
      db.teams.bulkGet(teamIds),
      db.signInGuards.bulkGet(page.map((person) => person.id)),
    ]);
    const teamName = new Map(teams.flatMap((team) => (team ? [[team.id, team.name] as const] : [])));
    const now = Date.now();
    return {
      people: page.map((person, index) => ({
        id: person.id,
        displayName: person.displayName,
        role: person.role,
        teamId: person.teamId,
        teamName: person.teamId ? (teamName.get(person.teamId) ?? null) : null,
        isArchived: person.archivedAt !== null,
        isSignInDisabled: evaluateGuard(guards[index] ?? OPEN_GUARD, now).kind === 'disabled',
      })),
      offset,
      total: everyone.length,
      matching: matches.length,
    };
  });
}

/** Add a team. Admins only; names are unique among active teams. */
export async function createTeam(session: Session, name: string): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const parsed = teamNameSchema.safeParse(name);
  if (!parsed.success)
    return { ok: false, problems: problemsFromZod(parsed.error).map((p) => ({ ...p, where: 'name' })) };
  const db = getDatabase();
  const id = crypto.randomUUID();
  try {
    const isDuplicate = await db.transaction('rw', db.teams, async () => {
      if (await hasActiveTeamNamed(parsed.data)) return true;
      await db.teams.add({ id, name: parsed.data, createdAt: Date.now(), archivedAt: null });
      return false;
    });
    return isDuplicate ? fail('name', 'validation.team-name-taken') : succeed(id);
  } catch (error) {
    return storageOutcome(error);
  }
}

async function hasActiveTeamNamed(name: string, exceptId?: string): Promise<boolean> {
  const lower = name.toLocaleLowerCase();
  const teams = await getDatabase().teams.toArray();
  return teams.some(
    (team) => team.id !== exceptId && team.archivedAt === null && team.name.toLocaleLowerCase() === lower,
  );
}

/** Rename a team. Admins only. */
export async function renameTeam(session: Session, teamId: string, name: string): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const parsed = teamNameSchema.safeParse(name);
  if (!parsed.success)
    return { ok: false, problems: problemsFromZod(parsed.error).map((p) => ({ ...p, where: 'name' })) };
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.teams, async (): Promise<Outcome<string>> => {
      if (!(await db.teams.get(teamId))) return fail('form', 'errors.not-found');
      if (await hasActiveTeamNamed(parsed.data, teamId)) return fail('name', 'validation.team-name-taken');
      await db.teams.update(teamId, { name: parsed.data });
      return succeed(teamId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Archive or restore a team. A team with active members cannot be archived. Admins only. */
export async function setTeamArchived(
  session: Session,
  teamId: string,
  isArchived: boolean,
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.teams, db.people], async (): Promise<Outcome<string>> => {
      const team = await db.teams.get(teamId);
      if (!team) return fail('form', 'errors.not-found');
      if (isArchived) {
        const members = await db.people.where('teamId').equals(teamId).toArray();
        if (members.some((person) => person.archivedAt === null))
          return fail('form', 'people.team-has-members');
      } else if (await hasActiveTeamNamed(team.name, teamId)) {
        return fail('name', 'validation.team-name-taken');
      }
      await db.teams.update(teamId, { archivedAt: isArchived ? Date.now() : null });
      return succeed(teamId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

function parsePerson(input: PersonInput) {
  return personInputSchema.safeParse(input);
}

async function checkTeamIsActive(teamId: string | null): Promise<boolean> {
  if (teamId === null) return true;
  const team: TeamRow | undefined = await getDatabase().teams.get(teamId);
  return team !== undefined && team.archivedAt === null;
}

async function countActiveAdmins(exceptId: string): Promise<number> {
  const admins = await getDatabase().people.where('role').equals('admin').toArray();
  return admins.filter((person) => person.id !== exceptId && person.archivedAt === null).length;
}

/** Add a person with a temporary secret they must change at first sign-in. Admins only. */
export async function createPerson(session: Session, input: NewPersonInput): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const parsed = parsePerson(input);
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error)),
    ...secretProblems(input.secretKind, input.temporarySecret, 'temporarySecret'),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const verifier = await createVerifier(input.temporarySecret);
  const db = getDatabase();
  const id = crypto.randomUUID();
  const now = Date.now();
  try {
    return await db.transaction('rw', [db.people, db.teams, db.credentials, db.signInGuards], async () => {
      if (!(await checkTeamIsActive(parsed.data.teamId)))
        return fail<string>('teamId', 'validation.team-archived');
      await db.people.add({ id, ...parsed.data, createdAt: now, archivedAt: null });
      await db.credentials.add({
        personId: id,
        kind: input.secretKind,
        ...verifier,
        mustChange: true,
        updatedAt: now,
      });
      await db.signInGuards.add({ personId: id, ...OPEN_GUARD });
      return succeed(id);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Change a person's name, role or team. The last active admin cannot stop being an admin. Admins only. */
export async function updatePerson(
  session: Session,
  personId: string,
  input: PersonInput,
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const parsed = parsePerson(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.people, db.teams], async (): Promise<Outcome<string>> => {
      const person: PersonRow | undefined = await db.people.get(personId);
      if (!person) return fail('form', 'errors.not-found');
      // A session keeps the role it was signed in with, so nobody changes their own role mid-session.
      if (personId === session.personId && parsed.data.role !== person.role) {
        return fail('role', 'people.cannot-change-own-role');
      }
      if (
        person.role === 'admin' &&
        parsed.data.role !== 'admin' &&
        (await countActiveAdmins(personId)) === 0
      ) {
        return fail('role', 'people.last-admin');
      }
      if (parsed.data.teamId !== person.teamId && !(await checkTeamIsActive(parsed.data.teamId))) {
        return fail('teamId', 'validation.team-archived');
      }
      await db.people.update(personId, parsed.data);
      return succeed(personId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Archive or restore a person. Nobody can archive themselves or the last active admin. Admins only. */
export async function setPersonArchived(
  session: Session,
  personId: string,
  isArchived: boolean,
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  if (isArchived && personId === session.personId) return fail('form', 'people.cannot-archive-self');
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.people, db.teams], async (): Promise<Outcome<string>> => {
      const person = await db.people.get(personId);
      if (!person) return fail('form', 'errors.not-found');
      if (isArchived && person.role === 'admin' && (await countActiveAdmins(personId)) === 0) {
        return fail('form', 'people.last-admin');
      }
      if (!isArchived && !(await checkTeamIsActive(person.teamId)))
        return fail('form', 'validation.team-archived');
      await db.people.update(personId, { archivedAt: isArchived ? Date.now() : null });
      return succeed(personId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/**
 * Give a person a new temporary secret and clear their failed attempts. Admins only.
 *
 * This is how a disabled account is re-enabled: the admin hands over the temporary secret in person and
 * the employee must choose their own at the next sign-in.
 */
export async function resetSignIn(
  session: Session,
  personId: string,
  input: { readonly secretKind: SecretKind; readonly temporarySecret: string },
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  if (personId === session.personId) throw new AccessDeniedError('Change your own secret from Settings.');
  const problems = secretProblems(input.secretKind, input.temporarySecret, 'temporarySecret');
  if (problems.length > 0) return { ok: false, problems };
  const verifier = await createVerifier(input.temporarySecret);
  const db = getDatabase();
  const now = Date.now();
  try {
    return await db.transaction(
      'rw',
      [db.people, db.credentials, db.signInGuards, db.noteKeys, db.checkInNotes],
      async (): Promise<Outcome<string>> => {
        if (!(await db.people.get(personId))) return fail('form', 'errors.not-found');
        await db.credentials.put({
          personId,
          kind: input.secretKind,
          ...verifier,
          mustChange: true,
          updatedAt: now,
        });
        await db.signInGuards.put({ personId, ...OPEN_GUARD });
        // Their note key was wrapped by the secret being replaced, so their private notes can no longer be
        // read by anyone. Destroy both rather than keep unreadable ciphertext.
        await db.noteKeys.delete(personId);
        await db.checkInNotes.where('personId').equals(personId).delete();
        return succeed(personId);
      },
    );
  } catch (error) {
    return storageOutcome(error);
  }
}
