/**
 * Training records, shared by the database schema and the exports.
 */
import type { StepResponse } from './training-answers';

/** A finished attempt at a module: score, pass or fail, and the version it was earned on. Never rewritten. */
export interface CompletionRecord {
  readonly id: string;
  readonly personId: string;
  readonly moduleId: string;
  readonly moduleVersion: string;
  readonly attempt: number;
  readonly correct: number;
  readonly total: number;
  readonly scorePercent: number;
  readonly passMark: number;
  readonly passed: boolean;
  readonly startedAt: number;
  readonly completedAt: number;
}

/**
 * One scored answer given in a module or in review: the raw material for xAPI "answered" statements.
 */
export interface AnswerEventRecord {
  readonly id: string;
  readonly personId: string;
  readonly moduleId: string;
  readonly moduleVersion: string;
  readonly itemId: string;
  readonly context: 'module' | 'review';
  readonly response: StepResponse;
  readonly isCorrect: boolean;
  readonly answeredAt: number;
}
