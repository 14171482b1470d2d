/**
 * The content-pack format: one training module as a folder (or zip) of `manifest.json` plus Markdown lessons.
 *
 * Bundled modules under `assets/modules/<id>/` and packs an admin imports use exactly this format. The
 * manifest lists the module's steps in order; lesson steps point at Markdown files, the other steps carry
 * their questions inline. Every answer option has its own explanation, so a learner always learns why.
 * Documented for authors in `docs/content-packs.md`.
 */
import { z } from 'zod';

/** The manifest format version this build reads. */
export const PACK_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and single hyphens' })
  .max(64);
/** The most characters of a pack's own text a problem message quotes. */
const MAX_QUOTED_LENGTH = 60;

/**
 * A value from a pack as a problem quotes it: in double quotes, control characters escaped, and shortened so a
 * hostile pack cannot flood the list of problems with its own text.
 */
export function quoted(value: string): string {
  const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH - 1)}…` : value;
  return JSON.stringify(shown);
}

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

import { STRESSORS } from './stressor-list';
export { STRESSORS, type Stressor } from './stressor-list';

/** An answer option with the explanation shown after it is chosen. */
export const optionSchema = z.strictObject({
  id,
  text: text(400),
  explanation: text(800),
});

const itemBase = {
  id,
  prompt: text(600),
};

/** One correct option out of several. */
export const singleChoiceSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('single-choice'),
    options: z.array(optionSchema).min(2).max(6),
    correct: id,
  })
  .superRefine((item, context) => {
    if (!item.options.some((option) => option.id === item.correct)) {
      context.addIssue({
        code: 'custom',
        path: ['correct'],
        message: `no option has the id ${quoted(item.correct)}`,
      });
    }
  });

/** Several correct options; all of them and nothing else must be chosen. */
export const multipleChoiceSchema = z
  .strictObject({
    ...itemBase,
    type: z.literal('multiple-choice'),
    options: z.array(optionSchema).min(3).max(8),
    correct: z.array(id).min(1),
  })
  .superRefine((item, context) => {
    const ids = new Set(item.options.map((option) => option.id));
    item.correct.forEach((correctId, index) => {
      if (!ids.has(correctId)) {
        context.addIssue({
          code: 'custom',
          path: ['correct', index],
          message: `no option has the id ${quoted(correctId)}`,
        });
      }
    });
    if (item.correct.length >= item.options.length) {
      context.addIssue({ code: 'custom', path: ['correct'], message: 'at least one option must be wrong' });
    }
  });

/** Put entries in the right order. `entries` are listed in the correct order; the player shuffles them. */
export const orderingSchema = z.strictObject({
  ...itemBase,
  type: z.literal('ordering'),
  entries: z
    .array(z.strictObject({ id, text: text(300) }))
    .min(3)
    .max(7),
  explanation: text(1200),
});

/** A choice inside a scenario: where it leads and how good it was. */
export const scenarioChoiceSchema = z.strictObject({
  id,
  text: text(400),
  feedback: text(800),
  /** `best` counts as correct; `acceptable` and `poor` do not, but their feedback says why. */
  quality: z.enum(['best', 'acceptable', 'poor']),
  /** The next node, or absent to end the scenario after this choice. */
  next: id.optional(),
});

/** A branching scenario: nodes of situation text with choices that lead on. */
export const scenarioSchema = z
  .strictObject({
    id,
    type: z.literal('scenario'),
    title: text(120),
    /** What pulls against what, e.g. the customer's request against company policy. */
    tension: text(300),
    start: id,
    nodes: z
      .array(
        z.strictObject({ id, situation: text(1200), choices: z.array(scenarioChoiceSchema).min(2).max(4) }),
      )
      .min(1)
      .max(12),
  })
  .superRefine((scenario, context) => {
    const nodeIds = new Set(scenario.nodes.map((node) => node.id));
    if (!nodeIds.has(scenario.start)) {
      context.addIssue({
        code: 'custom',
        path: ['start'],
        message: `no node has the id ${quoted(scenario.start)}`,
      });
    }
    scenario.nodes.forEach((node, nodeIndex) => {
      node.choices.forEach((choice, choiceIndex) => {
        if (choice.next !== undefined && !nodeIds.has(choice.next)) {
          context.addIssue({
            code: 'custom',
            path: ['nodes', nodeIndex, 'choices', choiceIndex, 'next'],
            message: `no node has the id ${quoted(choice.next)}`,
          });
        }
      });
      if (!node.choices.some((choice) => choice.quality === 'best')) {
        context.addIssue({
          code: 'custom',
          path: ['nodes', nodeIndex, 'choices'],
          message: 'needs a "best" choice',
        });
      }
    });
  });

/** A Markdown lesson, stored as a file in `lessons/`. */
export const lessonStepSchema = z.strictObject({
  type: z.literal('lesson'),
  id,
  title: text(120),
  file: z.string().regex(/^lessons\/[a-z0-9-]+\.md$/, { error: 'must be lessons/<name>.md' }),
});

/** A private reflection prompt; answers are kept for the learner only and are not scored. */
export const reflectionStepSchema = z.strictObject({
  type: z.literal('reflection'),
  id,
  prompt: text(600),
});

/** One step of a module, in the order the learner meets them. */
export const stepSchema = z.discriminatedUnion('type', [
  lessonStepSchema,
  singleChoiceSchema,
  multipleChoiceSchema,
  orderingSchema,
  scenarioSchema,
  reflectionStepSchema,
]);

/** The manifest of a content pack. */
export const manifestSchema = z
  .strictObject({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id,
    /** Semantic version; a higher version replaces the installed one. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must look like 1.0.0' }),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code like en or en-GB' }),
    title: text(120),
    summary: text(400),
    audience: z.enum(['everyone', 'supervisors']),
    estimatedMinutes: z.number().int().min(1).max(60),
    /** Share of scored steps to answer correctly to pass, 0–100. */
    passMark: z.number().int().min(1).max(100),
    /** Stressors this module helps with; check-ins suggest it when one runs high. */
    stressors: z.array(z.enum(STRESSORS)).max(5).default([]),
    steps: z.array(stepSchema).min(1).max(60),
  })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        context.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `the id ${quoted(step.id)} is used twice`,
        });
      }
      seen.add(step.id);
    });
    if (!manifest.steps.some((step) => step.type !== 'lesson' && step.type !== 'reflection')) {
      context.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'needs at least one question or scenario',
      });
    }
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type Step = z.infer<typeof stepSchema>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
export type SingleChoiceItem = z.infer<typeof singleChoiceSchema>;
export type MultipleChoiceItem = z.infer<typeof multipleChoiceSchema>;
export type OrderingItem = z.infer<typeof orderingSchema>;
export type ScenarioStep = z.infer<typeof scenarioSchema>;
export type ReflectionStep = z.infer<typeof reflectionStepSchema>;
/** A step that is scored (everything except lessons and reflections). */
export type ScoredStep = SingleChoiceItem | MultipleChoiceItem | OrderingItem | ScenarioStep;

/** A parsed, validated module: its manifest plus the Markdown of every lesson, keyed by file path. */
export interface ContentPack {
  readonly manifest: Manifest;
  readonly lessons: Readonly<Record<string, string>>;
}

/** Whether a step is scored. */
export function isScoredStep(step: Step): step is ScoredStep {
  return step.type !== 'lesson' && step.type !== 'reflection';
}
