/**
 * The part of the profiles feature the app needs before anyone signs in: the organisation, the roster,
 * sign-in, the lock screen and the first-sign-in secret change.
 *
 * A second public entry beside index.ts (which re-exports all of it), so the first screen loads without the
 * admin tools and their validation code. Nothing here may import zod.
 */
import { preloadable } from '../../ui/preloadable';

export {
  getOrganisation,
  getRosterEntry,
  listRoster,
  openForStartScreen,
  type OrganisationSummary,
  type RosterEntry,
  type RosterPage,
  type StartScreen,
} from './roster.repo';
export { signIn, signOut, type SignInResult } from './auth.repo';
export { ROSTER_PAGE_SIZE, RosterScreen } from './RosterScreen';
export { LockScreen } from './LockScreen';
export { ChangeSecretScreen } from './ChangeSecretScreen';

/** First-run setup, loaded only on a workstation that is not set up yet. */
export const SetupScreen = preloadable(() => import('./SetupScreen').then((module) => module.SetupScreen));
