import { describe, expect, it } from 'vitest';
import type {
  MultipleChoiceItem,
  OrderingItem,
  ScenarioStep,
  SingleChoiceItem,
  Step,
} from '../content/pack-schema';
import { isCorrectResponse, scoreAttempt } from './training-answers';

const single: SingleChoiceItem = {
  type: 'single-choice',
  id: 'q1',
  prompt: 'Which?',
  correct: 'b',
  options: [
    { id: 'a', text: 'A', explanation: 'Not this.' },
    { id: 'b', text: 'B', explanation: 'This.' },
  ],
};
const multiple: MultipleChoiceItem = {
  type: 'multiple-choice',
  id: 'q2',
  prompt: 'Which ones?',
  correct: ['a', 'c'],
  options: [
    { id: 'a', text: 'A', explanation: 'Yes.' },
    { id: 'b', text: 'B', explanation: 'No.' },
    { id: 'c', text: 'C', explanation: 'Yes.' },
  ],
};
const ordering: OrderingItem = {
  type: 'ordering',
  id: 'q3',
  prompt: 'Order them',
  explanation: 'Because.',
  entries: [
    { id: 'one', text: 'One' },
    { id: 'two', text: 'Two' },
    { id: 'three', text: 'Three' },
  ],
};
const scenario: ScenarioStep = {
  type: 'scenario',
  id: 's1',
  title: 'Refund',
  tension: 'Policy vs customer',
  start: 'n1',
  nodes: [
    {
      id: 'n1',
      situation: 'Start',
      choices: [
        { id: 'explain', text: 'Explain', feedback: 'Good', quality: 'best', next: 'n2' },
        { id: 'refuse', text: 'Refuse', feedback: 'Poor', quality: 'poor' },
      ],
    },
    {
      id: 'n2',
      situation: 'Then',
      choices: [
        { id: 'offer', text: 'Offer', feedback: 'Good', quality: 'best' },
        { id: 'bend', text: 'Bend', feedback: 'Meh', quality: 'acceptable' },
      ],
    },
  ],
};
const lesson: Step = { type: 'lesson', id: 'l1', title: 'Intro', file: 'lessons/intro.md' };

describe('isCorrectResponse', () => {
  it('marks the right single choice only', () => {
    expect(isCorrectResponse(single, { type: 'single-choice', optionId: 'b' })).toBe(true);
    expect(isCorrectResponse(single, { type: 'single-choice', optionId: 'a' })).toBe(false);
  });

  it('needs exactly the correct set for multiple choice, in any order', () => {
    expect(isCorrectResponse(multiple, { type: 'multiple-choice', optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrectResponse(multiple, { type: 'multiple-choice', optionIds: ['a'] })).toBe(false);
    expect(isCorrectResponse(multiple, { type: 'multiple-choice', optionIds: ['a', 'b', 'c'] })).toBe(false);
  });

  it('needs the exact order for ordering items', () => {
    expect(isCorrectResponse(ordering, { type: 'ordering', entryIds: ['one', 'two', 'three'] })).toBe(true);
    expect(isCorrectResponse(ordering, { type: 'ordering', entryIds: ['two', 'one', 'three'] })).toBe(false);
    expect(isCorrectResponse(ordering, { type: 'ordering', entryIds: ['one', 'two'] })).toBe(false);
  });

  it('counts a scenario as correct only along a complete path of best choices', () => {
    expect(isCorrectResponse(scenario, { type: 'scenario', choiceIds: ['explain', 'offer'] })).toBe(true);
    expect(isCorrectResponse(scenario, { type: 'scenario', choiceIds: ['explain', 'bend'] })).toBe(false);
    expect(isCorrectResponse(scenario, { type: 'scenario', choiceIds: ['explain'] })).toBe(false);
    expect(isCorrectResponse(scenario, { type: 'scenario', choiceIds: ['refuse'] })).toBe(false);
  });

  it('never accepts a response of another type', () => {
    expect(isCorrectResponse(single, { type: 'ordering', entryIds: ['b'] })).toBe(false);
  });
});

describe('scoreAttempt', () => {
  const steps = [lesson, single, multiple, ordering, scenario];

  it('scores only questions and scenarios, against the pass mark', () => {
    const score = scoreAttempt(steps, 75, {
      q1: { type: 'single-choice', optionId: 'b' },
      q2: { type: 'multiple-choice', optionIds: ['a', 'c'] },
      q3: { type: 'ordering', entryIds: ['one', 'two', 'three'] },
      s1: { type: 'scenario', choiceIds: ['refuse'] },
    });
    expect(score).toEqual({ correct: 3, total: 4, percent: 75, passed: true });
  });

  it('fails below the pass mark and counts unanswered steps as wrong', () => {
    expect(scoreAttempt(steps, 80, { q1: { type: 'single-choice', optionId: 'b' } })).toEqual({
      correct: 1,
      total: 4,
      percent: 25,
      passed: false,
    });
  });

  it('rounds down, so 79.9 % does not pass an 80 % mark', () => {
    const many: Step[] = Array.from({ length: 5 }, (_, index) => ({ ...single, id: `q${index}` }));
    const responses = Object.fromEntries(
      many.slice(0, 4).map((step) => [step.id, { type: 'single-choice', optionId: 'b' } as const]),
    );
    expect(scoreAttempt(many, 81, responses).passed).toBe(false);
    expect(scoreAttempt(many, 80, responses).percent).toBe(80);
  });
});
