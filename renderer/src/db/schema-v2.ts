/**
 * Schema version 2: training — installed modules, assignments, progress, completion records, the review
 * deck and answer events (the source of xAPI statements).
 *
 * Adds tables only, so it needs no upgrade function.
 */
import type { ContentPack } from '../../../shared/content/pack-schema';
import type { StepResponse } from '../../../shared/domain/training-answers';
import type { AnswerEventRecord, CompletionRecord } from '../../../shared/domain/training-records';
import { schemaV1 } from './schema-v1';

/** An installed training module (the newest installed version of its pack). */
export interface ModuleRow {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly audience: 'everyone' | 'supervisors';
  readonly source: 'bundled' | 'imported';
  readonly installedAt: number;
  readonly pack: ContentPack;
}

/** A module assigned to a whole team or to one person, with a due date. */
export interface AssignmentRow {
  readonly id: string;
  readonly moduleId: string;
  readonly teamId: string | null;
  readonly personId: string | null;
  /** Local midnight at the end of the due day. */
  readonly dueAt: number;
  readonly assignedBy: string;
  readonly createdAt: number;
}

/** One learner's answer to one step during an attempt. */
export interface StepAnswer {
  readonly response: StepResponse;
  readonly isCorrect: boolean | null;
  readonly answeredAt: number;
}

/** A learner's attempt in progress: where they are and what they answered. Saved after every step. */
export interface ProgressRow {
  readonly personId: string;
  readonly moduleId: string;
  readonly moduleVersion: string;
  readonly attempt: number;
  readonly stepIndex: number;
  readonly answers: Readonly<Record<string, StepAnswer>>;
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** A finished attempt (see shared/domain/training-records.ts). */
export type CompletionRow = CompletionRecord;

/** A question in a learner's spaced-review deck. */
export interface ReviewItemRow {
  readonly personId: string;
  readonly moduleId: string;
  readonly itemId: string;
  readonly box: number;
  readonly dueAt: number;
  readonly lastReviewedAt: number;
}

/** An answer given in a module or in review (see shared/domain/training-records.ts). */
export type AnswerEventRow = AnswerEventRecord;

/** Table definitions for version 2: everything in version 1 plus the training tables. */
export const schemaV2 = {
  ...schemaV1,
  modules: 'id, audience',
  assignments: 'id, moduleId, teamId, personId',
  progress: '[personId+moduleId], personId',
  completions: 'id, personId, moduleId, [personId+moduleId], completedAt',
  reviewItems: '[personId+moduleId+itemId], personId, [personId+dueAt]',
  answerEvents: 'id, personId, moduleId, answeredAt',
} as const;
