/** The floor's roster repository: the roster's types, and no database (see ../main.tsx). */
export type { RosterEntry, RosterPage } from '../../../renderer/src/features/profiles/roster.repo';

/** Never called: the floor's `useLiveQuery` runs no query. */
export function listRoster(): never {
  throw new Error('The floor reads nothing.');
}
