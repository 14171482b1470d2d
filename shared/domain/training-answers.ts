/**
 * Learners' responses to training steps, and how they are scored.
 *
 * A response is stored exactly as given so it can be explained back and exported as xAPI; whether it was
 * correct is decided here, in one place, for the player, the review session and the records.
 */
import type { ScoredStep, Step } from '../content/pack-schema';
import { isScoredStep } from '../content/pack-schema';
import { assertNever } from './assert-never';

/** What a learner gave for one step. */
export type StepResponse =
  | { readonly type: 'single-choice'; readonly optionId: string }
  | { readonly type: 'multiple-choice'; readonly optionIds: readonly string[] }
  | { readonly type: 'ordering'; readonly entryIds: readonly string[] }
  /** The ids of the choices made, in order, from the start node to the end. */
  | { readonly type: 'scenario'; readonly choiceIds: readonly string[] }
  | { readonly type: 'reflection'; readonly text: string };

/** Whether a response answers a scored step correctly. Responses of the wrong type are never correct. */
export function isCorrectResponse(step: ScoredStep, response: StepResponse): boolean {
  switch (step.type) {
    case 'single-choice':
      return response.type === 'single-choice' && response.optionId === step.correct;
    case 'multiple-choice': {
      if (response.type !== 'multiple-choice') return false;
      const chosen = new Set(response.optionIds);
      return chosen.size === step.correct.length && step.correct.every((id) => chosen.has(id));
    }
    case 'ordering':
      return (
        response.type === 'ordering' &&
        response.entryIds.length === step.entries.length &&
        step.entries.every((entry, index) => response.entryIds[index] === entry.id)
      );
    case 'scenario':
      return response.type === 'scenario' && isBestScenarioPath(step, response.choiceIds);
    default:
      return assertNever(step);
  }
}

type ScenarioNode = Extract<ScoredStep, { type: 'scenario' }>['nodes'][number];

function isBestScenarioPath(
  step: Extract<ScoredStep, { type: 'scenario' }>,
  choiceIds: readonly string[],
): boolean {
  const nodes = new Map(step.nodes.map((node) => [node.id, node]));
  let nodeId: string | undefined = step.start;
  for (const choiceId of choiceIds) {
    const node: ScenarioNode | undefined = nodeId === undefined ? undefined : nodes.get(nodeId);
    const choice: ScenarioNode['choices'][number] | undefined = node?.choices.find(
      (candidate) => candidate.id === choiceId,
    );
    if (!choice || choice.quality !== 'best') return false;
    nodeId = choice.next;
  }
  return choiceIds.length > 0 && nodeId === undefined;
}

/** The score of one attempt at a module. */
export interface AttemptScore {
  readonly correct: number;
  readonly total: number;
  /** 0–100, rounded down so a pass is never rounded into existence. */
  readonly percent: number;
  readonly passed: boolean;
}

/** Score an attempt: the share of scored steps answered correctly, against the module's pass mark. */
export function scoreAttempt(
  steps: readonly Step[],
  passMark: number,
  responses: Readonly<Record<string, StepResponse | undefined>>,
): AttemptScore {
  const scored = steps.filter(isScoredStep);
  const correct = scored.filter((step) => {
    const response = responses[step.id];
    return response !== undefined && isCorrectResponse(step, response);
  }).length;
  const percent = scored.length === 0 ? 100 : Math.floor((correct * 100) / scored.length);
  return { correct, total: scored.length, percent, passed: percent >= passMark };
}
