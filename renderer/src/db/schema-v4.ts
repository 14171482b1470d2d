/**
 * Schema version 4: supervisor tools — recognition tied to service values, coaching notes on work that
 * needs improving, one-to-ones with a cadence, and small organisation settings for them.
 *
 * Adds tables only, so it needs no upgrade function.
 */
import { schemaV3 } from './schema-v3';

/** One of the organisation's service values (seeded from the service-ideology values; admins edit). */
export interface ServiceValueRow {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly order: number;
  readonly archivedAt: number | null;
}

/** An acknowledgement of good work. */
export interface RecognitionRow {
  readonly id: string;
  readonly giverId: string;
  readonly recipientId: string;
  /** The recipient's team when given (walls are per team). */
  readonly teamId: string | null;
  readonly valueIds: readonly string[];
  readonly message: string;
  readonly moduleId: string | null;
  /** Private recognitions appear to the recipient (and giver) only, never on the team wall. */
  readonly isPrivate: boolean;
  readonly createdAt: number;
}

/** A structured coaching note on work that needs improving. */
export interface CoachingNoteRow {
  readonly id: string;
  readonly personId: string;
  readonly authorId: string;
  readonly teamId: string | null;
  readonly situation: string;
  readonly behaviour: string;
  readonly impact: string;
  readonly nextStep: string;
  readonly moduleId: string | null;
  /** The training assignment created for the linked module, if any. */
  readonly assignmentId: string | null;
  readonly followUpAt: number;
  readonly createdAt: number;
  readonly acknowledgedAt: number | null;
  readonly reply: string | null;
  readonly repliedAt: number | null;
  readonly status: 'open' | 'closed';
  readonly closedAt: number | null;
  readonly closingNote: string | null;
}

/** A record of one one-to-one. */
export interface OneOnOneRow {
  readonly id: string;
  readonly personId: string;
  readonly supervisorId: string;
  readonly teamId: string | null;
  readonly heldAt: number;
  readonly wentWell: string;
  readonly toImprove: string;
  readonly agreedActions: string;
  readonly createdAt: number;
}

/** How often a person has a one-to-one. */
export interface OneOnOneCadenceRow {
  readonly personId: string;
  readonly everyWeeks: number;
  readonly setBy: string;
  readonly updatedAt: number;
}

/** Recognition rules an admin sets (single row, key `recognition`). */
export interface RecognitionSettingsRow {
  readonly key: 'recognition';
  readonly allowPeerRecognition: boolean;
  /** Most recognitions one person may give per day. */
  readonly dailyLimit: number;
  /** Supervisors see who has not been recognised in this many weeks. */
  readonly quietWeeks: number;
}

/** Table definitions for version 4. */
export const schemaV4 = {
  ...schemaV3,
  serviceValues: 'id, order',
  recognitions: 'id, recipientId, giverId, teamId, createdAt, [giverId+createdAt]',
  coachingNotes: 'id, personId, authorId, teamId, status, followUpAt',
  oneOnOnes: 'id, personId, supervisorId, teamId, heldAt',
  oneOnOneCadences: 'personId',
  recognitionSettings: 'key',
} as const;
