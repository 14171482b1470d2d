/** The profiles feature: organisation setup, teams and people, sign-in. Other features use only this file. */
import { lazy } from 'react';

export {
  getOrganisation,
  setUpOrganisation,
  setIdleLockMinutes,
  type OrganisationSummary,
} from './organisation.repo';
export {
  listPeople,
  listRoster,
  listTeams,
  type PersonSummary,
  type RosterEntry,
  type TeamSummary,
} from './people.repo';
export { signIn, signOut, type SignInResult } from './auth.repo';
export { SetupScreen } from './SetupScreen';
export { RosterScreen } from './RosterScreen';
export { ChangeSecretScreen } from './ChangeSecretScreen';
export { ChangeSecretForm } from './ChangeSecretForm';
export { LockScreen } from './LockScreen';

/** The people & teams screen, loaded when first opened (admins and supervisors only). */
export const PeopleScreen = lazy(() =>
  import('./PeopleScreen').then((module) => ({ default: module.PeopleScreen })),
);
