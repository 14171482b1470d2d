import { beforeEach, describe, expect, it } from 'vitest';
import { DISABLE_AFTER_FAILURES, FREE_ATTEMPTS } from '../../../../shared/domain/sign-in-guard';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import { changeOwnSecret, signIn, signOut } from './auth.repo';
import { setIdleLockMinutes, setUpOrganisation } from './organisation.repo';
import {
  createPerson,
  createTeam,
  listPeople,
  listPeoplePage,
  listTeams,
  resetSignIn,
  setPersonArchived,
  setTeamArchived,
  updatePerson,
} from './people.repo';
import { getOrganisation, getRosterEntry, listRoster, readStartScreen } from './roster.repo';

let db: ShiftwellDatabase;
let admin: Session;

async function setUp(): Promise<Session> {
  const outcome = await setUpOrganisation({
    organisationName: 'Northwind Contact Centre',
    adminName: 'Ada Admin',
    secretKind: 'pin',
    secret: '480917',
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

async function addPerson(
  name: string,
  role: 'employee' | 'supervisor' | 'admin',
  teamId: string | null,
  pin = '731954',
) {
  const outcome = await createPerson(admin, {
    displayName: name,
    role,
    teamId,
    secretKind: 'pin',
    temporarySecret: pin,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

async function signInAs(personId: string, pin = '731954'): Promise<Session> {
  const result = await signIn(personId, pin);
  if (!result.ok) throw new Error(result.reason);
  return result.session;
}

describe('the first screen before setup', () => {
  it('has no organisation and so no roster to show', async () => {
    useFreshDatabase();
    expect(await readStartScreen(24)).toEqual({ organisation: null, roster: null });
  });
});

describe('profiles repositories', () => {
  beforeEach(async () => {
    db = useFreshDatabase();
    admin = await setUp();
  });

  it('creates the organisation once and signs the first admin in', async () => {
    expect(admin.role).toBe('admin');
    expect(await getOrganisation()).toEqual({ name: 'Northwind Contact Centre', idleLockMinutes: 5 });
    const again = await setUpOrganisation({
      organisationName: 'Evil',
      adminName: 'Mallory',
      secretKind: 'pin',
      secret: '295813',
    });
    expect(again).toEqual({ ok: false, problems: [{ where: 'form', message: 'setup.already-done' }] });
    expect(await db.people.count()).toBe(1);
  });

  it('refuses setup with a weak PIN and writes nothing', async () => {
    useFreshDatabase();
    const outcome = await setUpOrganisation({
      organisationName: 'X',
      adminName: 'Y',
      secretKind: 'pin',
      secret: '123456',
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ where: 'secret', message: 'secret.problem.pin-too-simple' }],
    });
    expect(await getOrganisation()).toBeNull();
  });

  it('stores a PBKDF2 verifier with 600,000 iterations and a 16-byte salt, never the PIN', async () => {
    const credential = await db.credentials.get(admin.personId);
    expect(credential?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(credential?.salt ?? '').length).toBe(16);
    expect(JSON.stringify(credential)).not.toContain('480917');
  });

  it('lets only admins add teams and people', async () => {
    const teamId = (await createTeam(admin, 'Billing')).ok ? (await listTeams(admin))[0]!.id : '';
    const employeeId = await addPerson('Eve Employee', 'employee', teamId);
    const employee = await signInAs(employeeId);
    await expect(createTeam(employee, 'Shadow team')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      createPerson(employee, {
        displayName: 'X',
        role: 'admin',
        teamId: null,
        secretKind: 'pin',
        temporarySecret: '583920',
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listPeople(employee)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('shows a supervisor only their own team', async () => {
    const billing = await createTeam(admin, 'Billing');
    const returns = await createTeam(admin, 'Returns');
    if (!billing.ok || !returns.ok) throw new Error('teams');
    const supervisorId = await addPerson('Sam Supervisor', 'supervisor', billing.value);
    await addPerson('Bea Billing', 'employee', billing.value);
    await addPerson('Rory Returns', 'employee', returns.value);
    const supervisor = await signInAs(supervisorId);
    const names = (await listPeople(supervisor)).map((person) => person.displayName);
    expect(names).toEqual(['Bea Billing', 'Sam Supervisor']);
    expect((await listTeams(supervisor)).map((team) => team.name)).toEqual(['Billing']);
  });

  it('refuses a session that has been signed out', async () => {
    signOut(admin);
    await expect(createTeam(admin, 'Late team')).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses a forged session object', async () => {
    const forged = { ...admin };
    await expect(listPeople(forged)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('asks a new person to replace the temporary PIN, and then signs in with the new one', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    const id = await addPerson('Eve Employee', 'employee', team.value);
    const first = await signIn(id, '731954');
    expect(first).toMatchObject({ ok: true, mustChangeSecret: true });
    if (!first.ok) throw new Error('sign-in');
    const changed = await changeOwnSecret(first.session, {
      currentSecret: '731954',
      secretKind: 'pin',
      newSecret: '602847',
    });
    expect(changed.ok).toBe(true);
    expect((await signIn(id, '731954')).ok).toBe(false);
    const second = await signIn(id, '602847');
    expect(second).toMatchObject({ ok: true, mustChangeSecret: false });
  });

  it('persists failed attempts and makes the person wait after the free ones', async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i += 1) {
      expect(await signIn(admin.personId, '111222')).toEqual({
        ok: false,
        reason: 'wrong-secret',
        retryAt: null,
      });
    }
    const fourth = await signIn(admin.personId, '111222');
    expect(fourth).toMatchObject({
      ok: false,
      reason: 'wrong-secret',
      retryAt: expect.any(Number) as number,
    });
    const fifth = await signIn(admin.personId, '480917');
    expect(fifth).toMatchObject({ ok: false, reason: 'wait' });
    expect((await db.signInGuards.get(admin.personId))?.consecutiveFailures).toBe(FREE_ATTEMPTS + 1);
  });

  it('disables an account after 100 failures until an admin resets it', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    const id = await addPerson('Eve Employee', 'employee', team.value);
    await db.signInGuards.put({
      personId: id,
      consecutiveFailures: DISABLE_AFTER_FAILURES,
      lastFailureAt: 0,
      isDisabled: true,
    });
    expect(await signIn(id, '731954')).toEqual({ ok: false, reason: 'disabled' });
    expect((await listRoster()).entries.find((entry) => entry.personId === id)?.isDisabled).toBe(true);
    expect((await getRosterEntry(id))?.isDisabled).toBe(true);
    const reset = await resetSignIn(admin, id, { secretKind: 'pin', temporarySecret: '395028' });
    expect(reset.ok).toBe(true);
    const after = await signIn(id, '395028');
    expect(after).toMatchObject({ ok: true, mustChangeSecret: true });
  });

  it('keeps at least one active admin and never lets anyone change their own role', async () => {
    const demote = await updatePerson(admin, admin.personId, {
      displayName: 'Ada Admin',
      role: 'employee',
      teamId: null,
    });
    expect(demote.ok).toBe(false);
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    const otherAdminId = await addPerson('Otto Admin', 'admin', null);
    const other = await signInAs(otherAdminId);
    expect(
      await updatePerson(admin, admin.personId, {
        displayName: 'Ada Admin',
        role: 'supervisor',
        teamId: team.value,
      }),
    ).toEqual({ ok: false, problems: [{ where: 'role', message: 'people.cannot-change-own-role' }] });
    const demotedByOther = await updatePerson(other, admin.personId, {
      displayName: 'Ada Admin',
      role: 'supervisor',
      teamId: team.value,
    });
    expect(demotedByOther.ok).toBe(true);
    // Otto is now the only admin, so he cannot be demoted by anyone (and not by himself).
    expect(
      await updatePerson(other, otherAdminId, {
        displayName: 'Otto Admin',
        role: 'employee',
        teamId: team.value,
      }),
    ).toMatchObject({ ok: false });
    const archiveSelf = await setPersonArchived(admin, admin.personId, true);
    expect(archiveSelf).toEqual({
      ok: false,
      problems: [{ where: 'form', message: 'people.cannot-archive-self' }],
    });
  });

  it('hides archived people from the roster and refuses their sign-in', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    const id = await addPerson('Eve Employee', 'employee', team.value);
    await setPersonArchived(admin, id, true);
    expect((await listRoster()).entries.map((entry) => entry.displayName)).toEqual(['Ada Admin']);
    expect(await getRosterEntry(id)).toBeNull();
    expect(await signIn(id, '731954')).toEqual({ ok: false, reason: 'unknown-person' });
  });

  it('reads the roster a page at a time, finding names by any part of them', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    for (const name of ['Cleo Park', 'Bo Chen', 'Dee Parker', 'Al Stone'])
      await addPerson(name, 'employee', team.value);

    const firstTwo = await listRoster({ limit: 2 });
    expect(firstTwo.entries.map((entry) => entry.displayName)).toEqual(['Ada Admin', 'Al Stone']);
    expect(firstTwo).toMatchObject({ total: 5, matching: 5 });

    const park = await listRoster({ search: '  PARK ', limit: 10 });
    expect(park.entries.map((entry) => [entry.displayName, entry.teamName])).toEqual([
      ['Cleo Park', 'Billing'],
      ['Dee Parker', 'Billing'],
    ]);
    expect(park).toMatchObject({ total: 5, matching: 2 });
    expect(await listRoster({ search: 'nobody' })).toEqual({ entries: [], total: 5, matching: 0 });

    // The first screen reads the organisation and the roster's first page together.
    expect(await readStartScreen(2)).toEqual({
      organisation: { name: 'Northwind Contact Centre', idleLockMinutes: 5 },
      roster: firstTwo,
    });
  });

  it('reads the people table a page at a time, archived people included, for admins only', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    const ids = new Map<string, string>();
    for (const name of ['Cleo Park', 'Bo Chen', 'Dee Parker'])
      ids.set(name, await addPerson(name, 'employee', team.value));
    const supervisorId = await addPerson('Sue Lead', 'supervisor', team.value);
    await setPersonArchived(admin, ids.get('Dee Parker') ?? '', true);

    const second = await listPeoplePage(admin, { offset: 2, limit: 2 });
    expect(second.people.map((person) => person.displayName)).toEqual(['Cleo Park', 'Dee Parker']);
    expect(second.people[1]).toMatchObject({ isArchived: true, teamName: 'Billing' });
    expect(second).toMatchObject({ offset: 2, total: 5, matching: 5 });
    // Past the end (the list shrank since the page was asked for): the last page.
    expect((await listPeoplePage(admin, { offset: 10, limit: 2 })).offset).toBe(4);
    const park = await listPeoplePage(admin, { search: 'park', offset: 0, limit: 20 });
    expect(park.people.map((person) => person.displayName)).toEqual(['Cleo Park', 'Dee Parker']);
    expect(park.matching).toBe(2);

    await expect(listPeoplePage(await signInAs(supervisorId), { offset: 0, limit: 20 })).rejects.toThrow(
      AccessDeniedError,
    );
  });

  it('refuses to archive a team that still has active members', async () => {
    const team = await createTeam(admin, 'Billing');
    if (!team.ok) throw new Error('team');
    await addPerson('Eve Employee', 'employee', team.value);
    expect(await setTeamArchived(admin, team.value, true)).toEqual({
      ok: false,
      problems: [{ where: 'form', message: 'people.team-has-members' }],
    });
  });

  it('rejects duplicate team names, ignoring case', async () => {
    await createTeam(admin, 'Billing');
    expect(await createTeam(admin, ' billing ')).toEqual({
      ok: false,
      problems: [{ where: 'name', message: 'validation.team-name-taken' }],
    });
  });

  it('lets only admins change the idle lock, within 1-15 minutes', async () => {
    expect((await setIdleLockMinutes(admin, 20)).ok).toBe(false);
    expect(await setIdleLockMinutes(admin, 10)).toEqual({ ok: true, value: 10 });
    expect((await getOrganisation())?.idleLockMinutes).toBe(10);
  });

  it('reports a full disk as storage-full and leaves the roster unchanged', async () => {
    const original = db.teams.add.bind(db.teams);
    db.teams.add = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    const outcome = await createTeam(admin, 'Billing');
    db.teams.add = original;
    expect(outcome).toEqual({ ok: false, problems: [{ where: 'storage', message: 'errors.storage-full' }] });
    expect(await listTeams(admin)).toEqual([]);
  });
});
