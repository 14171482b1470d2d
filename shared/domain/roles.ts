/** The three roles a person can have on a Shiftwell workstation. */
export const ROLES = ['employee', 'supervisor', 'admin'] as const;

/** What a person may do: an employee trains and checks in, a supervisor leads a team, an admin runs the org. */
export type Role = (typeof ROLES)[number];

/** Whether a role may add, edit and archive teams and people. */
export function canManagePeople(role: Role): boolean {
  return role === 'admin';
}

/** Whether a role may see the members of a team (their names and roles, never their check-ins). */
export function canViewTeamRoster(role: Role): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Whether a role must belong to a team. Admins may stand outside every team. */
export function requiresTeam(role: Role): boolean {
  return role !== 'admin';
}
