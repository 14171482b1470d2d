/**
 * Schema version 1: the organisation, its teams and people, and sign-in credentials.
 *
 * Released schemas are never edited: a change is a new `schema-vN.ts` with its own upgrade.
 */
import type { Role } from '../../../shared/domain/roles';
import type { SecretKind } from '../../../shared/domain/secret-policy';

/** The single organisation this workstation belongs to (always id `org`). */
export interface OrganisationRow {
  readonly id: 'org';
  readonly name: string;
  readonly createdAt: number;
  readonly idleLockMinutes: number;
}

/** A team of people led by one or more supervisors. */
export interface TeamRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  /** When the team was archived, or null while it is active. */
  readonly archivedAt: number | null;
}

/** A person who can sign in at this workstation. */
export interface PersonRow {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly createdAt: number;
  readonly archivedAt: number | null;
}

/** A PBKDF2 verifier for a person's PIN or passphrase. The secret itself is never stored. */
export interface CredentialRow {
  readonly personId: string;
  readonly kind: SecretKind;
  readonly algorithm: 'PBKDF2-HMAC-SHA256';
  readonly iterations: number;
  /** Base64 of the 16-byte random salt. */
  readonly salt: string;
  /** Base64 of the 32-byte derived verifier. */
  readonly hash: string;
  /** Set when an admin chose the secret: the person must replace it at their next sign-in. */
  readonly mustChange: boolean;
  readonly updatedAt: number;
}

/** Persisted failed-attempt counter for a person (see shared/domain/sign-in-guard.ts). */
export interface SignInGuardRow {
  readonly personId: string;
  readonly consecutiveFailures: number;
  readonly lastFailureAt: number | null;
  readonly isDisabled: boolean;
}

/** Table definitions for Dexie: primary key first, then indexes. */
export const schemaV1 = {
  organisation: 'id',
  teams: 'id, name',
  people: 'id, teamId, role',
  credentials: 'personId',
  signInGuards: 'personId',
} as const;
