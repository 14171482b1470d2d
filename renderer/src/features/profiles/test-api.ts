/** Profile operations for other features' tests (so they need not reach into this feature's files). */
export { createPerson, createTeam, resetSignIn } from './people.repo';
export { setUpOrganisation } from './organisation.repo';
export { changeOwnSecret, signIn } from './auth.repo';
