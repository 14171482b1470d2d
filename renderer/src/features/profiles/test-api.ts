/** Profile operations for other features' tests (so they need not reach into this feature's files). */
export { createPerson, createTeam, resetSignIn, setTeamArchived } from './people.repo';
export { setUpOrganisation } from './organisation.repo';
export { changeOwnSecret, signIn } from './auth.repo';

import type { Session } from '../../auth/session';
import { createPerson as createPersonForTest } from './people.repo';
import { signIn as signInForTest } from './auth.repo';

/** Add a person (admin action) and sign them in with their temporary PIN. For tests only. */
export async function addAndSignIn(
  admin: Session,
  displayName: string,
  role: 'employee' | 'supervisor',
  teamId: string,
  temporarySecret = '730142',
): Promise<Session> {
  const created = await createPersonForTest(admin, {
    displayName,
    role,
    teamId,
    secretKind: 'pin',
    temporarySecret,
  });
  if (!created.ok) throw new Error(`Could not add ${displayName}: ${JSON.stringify(created.problems)}`);
  const result = await signInForTest(created.value, temporarySecret);
  if (!result.ok) throw new Error(`Could not sign in ${displayName}: ${result.reason}`);
  return result.session;
}

import { setUpOrganisation as setUpOrganisationForTest } from './organisation.repo';
import { createTeam as createTeamForTest } from './people.repo';

/** Set up the organisation (admin Ada, PIN 480917) and the named teams. For tests only. */
export async function setUpOrganisationWithTeams(
  ...teamNames: readonly string[]
): Promise<{ readonly admin: Session; readonly teamIds: readonly string[] }> {
  const setUp = await setUpOrganisationForTest({
    organisationName: 'Org',
    adminName: 'Ada',
    secretKind: 'pin',
    secret: '480917',
  });
  if (!setUp.ok) throw new Error(`Setup failed: ${JSON.stringify(setUp.problems)}`);
  const teamIds: string[] = [];
  for (const name of teamNames) {
    const team = await createTeamForTest(setUp.value, name);
    if (!team.ok) throw new Error(`Could not add team ${name}`);
    teamIds.push(team.value);
  }
  return { admin: setUp.value, teamIds };
}
