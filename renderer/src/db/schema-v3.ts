/**
 * Schema version 3: shift check-ins.
 *
 * Ratings are stored per check-in for their owner only; private notes live in their own table, encrypted
 * with the owner's data key (itself wrapped by their PIN); team rollups hold aggregates only. Adds tables
 * only, so it needs no upgrade function.
 */
import type { CheckInRecord } from '../../../shared/domain/check-in';
import type { TeamRollup } from '../../../shared/domain/rollup';
import type { EncryptedNote, WrappedNoteKey } from '../auth/note-keys';
import { schemaV2 } from './schema-v2';

/** A check-in as stored (never includes the note). */
export type CheckInRow = CheckInRecord;

/** A private note, encrypted with its owner's data key; personId and checkInId are bound into the cipher. */
export interface CheckInNoteRow extends EncryptedNote {
  readonly checkInId: string;
  readonly personId: string;
}

/** A person's wrapped note key. */
export type NoteKeyRow = WrappedNoteKey;

/** A team's daily aggregate for one shift period. */
export type TeamRollupRow = TeamRollup;

/** "I'd like to talk": sent to the person's supervisors only with their explicit consent. */
export interface TalkRequestRow {
  readonly id: string;
  readonly personId: string;
  readonly teamId: string;
  readonly createdAt: number;
  readonly status: 'open' | 'closed';
  readonly closedAt: number | null;
  readonly closedBy: string | null;
}

/** A support resource an admin maintains (helplines, employee assistance, first-aiders…). */
export interface SupportResourceRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly contact: string;
  readonly order: number;
  readonly updatedAt: number;
}

/** Organisation-wide check-in privacy settings (single row, key `check-ins`). */
export interface CheckInSettingsRow {
  readonly key: 'check-ins';
  /** Fewest distinct people behind any team figure; never below 3. */
  readonly kThreshold: number;
  /** Raw check-ins older than this many months are deleted; rollups are kept. */
  readonly retentionMonths: number;
}

/** Per-person check-in preferences. */
export interface CheckInPreferenceRow {
  readonly personId: string;
  readonly privacyNoticeAcceptedAt: number | null;
}

/** Table definitions for version 3. */
export const schemaV3 = {
  ...schemaV2,
  checkIns: 'id, personId, [personId+at], teamId, at',
  checkInNotes: 'checkInId, personId',
  noteKeys: 'personId',
  teamRollups: '[teamId+day+period], teamId, day',
  talkRequests: 'id, personId, teamId, status',
  supportResources: 'id, order',
  checkInSettings: 'key',
  checkInPreferences: 'personId',
} as const;
