/** The profiles feature: organisation setup, teams and people, sign-in. Other features use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

export * from './startup';
export { setUpOrganisation, setIdleLockMinutes } from './organisation.repo';
export { listPeople, listTeams, type PersonSummary, type TeamSummary } from './people.repo';
export { TeamPicker, useTeamChoice, type TeamChoice } from './TeamPicker';
export { ChangeSecretForm } from './ChangeSecretForm';

/** The people & teams screen, loaded when first opened (admins and supervisors only). */
export const PeopleScreen = lazy(() =>
  withStrings(import('./PeopleScreen'), 'people', 'lists').then((module) => ({
    default: module.PeopleScreen,
  })),
);
