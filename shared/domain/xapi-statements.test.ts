import { describe, expect, it } from 'vitest';
import type { Step } from '../content/pack-schema';
import type {
  XapiAnswerRecord,
  XapiCompletionRecord,
  XapiExportInput,
  XapiModule,
  XapiStatement,
} from './xapi-statements';
import {
  XAPI_EXTENSIONS,
  XAPI_VERBS,
  buildStableUuid,
  buildXapiStatements,
  formatIsoDuration,
  itemActivityId,
  moduleActivityId,
} from './xapi-statements';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** ISO 8601 duration as xAPI validators check it. */
const ISO_DURATION =
  /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;
const ISO_UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const steps: Step[] = [
  { type: 'lesson', id: 'intro', title: 'Intro', file: 'lessons/intro.md' },
  {
    type: 'single-choice',
    id: 'q-single',
    prompt: 'What first?',
    correct: 'listen',
    options: [
      { id: 'listen', text: 'Listen', explanation: 'Yes.' },
      { id: 'argue', text: 'Argue', explanation: 'No.' },
    ],
  },
  {
    type: 'multiple-choice',
    id: 'q-multiple',
    prompt: 'Which help?',
    correct: ['breathe', 'pause'],
    options: [
      { id: 'breathe', text: 'Breathe', explanation: 'Yes.' },
      { id: 'shout', text: 'Shout', explanation: 'No.' },
      { id: 'pause', text: 'Pause', explanation: 'Yes.' },
    ],
  },
  {
    type: 'ordering',
    id: 'q-ordering',
    prompt: 'Put in order',
    explanation: 'Because.',
    entries: [
      { id: 'greet', text: 'Greet' },
      { id: 'ask', text: 'Ask' },
      { id: 'resolve', text: 'Resolve' },
    ],
  },
  {
    type: 'scenario',
    id: 's-refund',
    title: 'The refund',
    tension: 'Policy against the customer',
    start: 'n1',
    nodes: [
      {
        id: 'n1',
        situation: 'A customer wants a refund.',
        choices: [
          { id: 'explain', text: 'Explain', feedback: 'Good.', quality: 'best' },
          { id: 'refuse', text: 'Refuse', feedback: 'Poor.', quality: 'poor' },
        ],
      },
    ],
  },
  { type: 'reflection', id: 'r-feelings', prompt: 'How did that feel?' },
];

const module: XapiModule = {
  id: 'de-escalation',
  version: '1.2.0',
  title: 'De-escalation',
  language: 'en-GB',
  steps,
};

const HOME_PAGE = 'urn:shiftwell:org:org-1';
const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

function completion(overrides: Partial<XapiCompletionRecord> = {}): XapiCompletionRecord {
  return {
    id: 'c1',
    personId: 'p1',
    moduleId: 'de-escalation',
    moduleVersion: '1.1.0',
    attempt: 1,
    correct: 3,
    total: 4,
    scorePercent: 75,
    passMark: 70,
    passed: true,
    startedAt: T0,
    completedAt: T0 + (7 * 60 + 12) * 1000,
    ...overrides,
  };
}

function answer(overrides: Partial<XapiAnswerRecord> & Pick<XapiAnswerRecord, 'id'>): XapiAnswerRecord {
  return {
    personId: 'p1',
    moduleId: 'de-escalation',
    moduleVersion: '1.1.0',
    itemId: 'q-single',
    context: 'module',
    response: { type: 'single-choice', optionId: 'listen' },
    isCorrect: true,
    answeredAt: T0 + 60_000,
    ...overrides,
  };
}

function exportInput(overrides: Partial<XapiExportInput> = {}): XapiExportInput {
  return {
    organisation: { name: 'Northwind Care', homePage: HOME_PAGE },
    people: [
      { id: 'p1', displayName: 'Ana Silva' },
      { id: 'p2', displayName: 'Ben Okafor' },
    ],
    modules: [module],
    completions: [
      completion(),
      completion({ id: 'c2', personId: 'p2', correct: 1, scorePercent: 25, passed: false }),
    ],
    answers: [
      answer({ id: 'a-single' }),
      answer({
        id: 'a-multiple',
        itemId: 'q-multiple',
        response: { type: 'multiple-choice', optionIds: ['pause', 'breathe'] },
        answeredAt: T0 + 120_000,
      }),
      answer({
        id: 'a-ordering',
        itemId: 'q-ordering',
        response: { type: 'ordering', entryIds: ['ask', 'greet', 'resolve'] },
        isCorrect: false,
        answeredAt: T0 + 180_000,
      }),
      answer({
        id: 'a-scenario',
        itemId: 's-refund',
        context: 'review',
        response: { type: 'scenario', choiceIds: ['explain'] },
        answeredAt: T0 + 86_400_000,
      }),
    ],
    ...overrides,
  };
}

function byVerb(statements: readonly XapiStatement[], verb: keyof typeof XAPI_VERBS): XapiStatement[] {
  return statements.filter((statement) => statement.verb.id === XAPI_VERBS[verb].id);
}

function answered(statements: readonly XapiStatement[], itemId: string): XapiStatement {
  const found = byVerb(statements, 'answered').find(
    (statement) => statement.object.id === itemActivityId('de-escalation', itemId),
  );
  if (!found) throw new Error(`no answered statement for ${itemId}`);
  return found;
}

function forCompletion(statements: readonly XapiStatement[], personId: string): XapiStatement[] {
  return statements.filter(
    (statement) => statement.actor.account.name === personId && statement.verb.id !== XAPI_VERBS.answered.id,
  );
}

describe('buildXapiStatements: every statement', () => {
  const statements = buildXapiStatements(exportInput());

  it('emits three statements per completion and one per answer', () => {
    expect(statements).toHaveLength(2 * 3 + 4);
  });

  it('has the required actor, verb and object, plus id, timestamp and version 1.0.3', () => {
    for (const statement of statements) {
      expect(statement.actor).toBeDefined();
      expect(statement.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/[a-z]+$/);
      expect(statement.object.objectType).toBe('Activity');
      expect(statement.object.id).toMatch(/^urn:shiftwell:module:/);
      expect(statement.id).toMatch(UUID);
      expect(statement.timestamp).toMatch(ISO_UTC_TIMESTAMP);
      expect(statement.version).toBe('1.0.3');
    }
  });

  it('identifies the actor by an account on the organisation, named by display name', () => {
    const ana = statements.filter((statement) => statement.actor.account.name === 'p1');
    expect(ana.length).toBeGreaterThan(0);
    for (const statement of ana) {
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        name: 'Ana Silva',
        account: { homePage: HOME_PAGE, name: 'p1' },
      });
      // An Agent has exactly one inverse functional identifier.
      expect(Object.keys(statement.actor)).not.toContain('mbox');
    }
  });

  it('uses only the ADL verb IRIs, each with an en-US display', () => {
    for (const statement of statements) {
      expect(Object.values(XAPI_VERBS)).toContainEqual(statement.verb);
      expect(statement.verb.display['en-US']).toBeTruthy();
    }
    expect(XAPI_VERBS).toEqual({
      experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
      passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
    });
  });

  it('names the platform and the module language in the context', () => {
    for (const statement of statements) {
      expect(statement.context.platform).toBe('Shiftwell');
      expect(statement.context.language).toBe('en-GB');
      expect(statement.context.extensions[XAPI_EXTENSIONS.organisation]).toBe('Northwind Care');
    }
  });

  it('keeps every score within the rules: scaled in [-1, 1] and raw in [min, max]', () => {
    const scored = statements.filter((statement) => statement.result?.score !== undefined);
    expect(scored).toHaveLength(4);
    for (const statement of scored) {
      const score = statement.result?.score;
      if (!score) throw new Error('unreachable');
      expect(score.scaled).toBeGreaterThanOrEqual(-1);
      expect(score.scaled).toBeLessThanOrEqual(1);
      expect(score.min).toBeDefined();
      expect(score.max).toBeGreaterThan(score.min ?? Number.NaN);
      expect(score.raw).toBeGreaterThanOrEqual(score.min ?? Number.NaN);
      expect(score.raw).toBeLessThanOrEqual(score.max ?? Number.NaN);
    }
  });

  it('formats every duration as ISO 8601', () => {
    const withDuration = statements.filter((statement) => statement.result?.duration !== undefined);
    expect(withDuration).toHaveLength(4);
    for (const statement of withDuration) expect(statement.result?.duration).toMatch(ISO_DURATION);
  });

  it('is sorted by timestamp, then by id', () => {
    const keys = statements.map((statement) => [statement.timestamp, statement.id] as const);
    const sorted = [...keys].sort(([ta, ia], [tb, ib]) =>
      ta === tb ? (ia < ib ? -1 : 1) : ta < tb ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
    expect(statements[0]?.verb).toEqual(XAPI_VERBS.experienced);
    expect(statements.at(-1)?.object.id).toBe(itemActivityId('de-escalation', 's-refund'));
  });

  it('survives a JSON round trip unchanged (no undefined properties, nothing unserialisable)', () => {
    expect(JSON.parse(JSON.stringify(statements))).toEqual(statements);
  });
});

describe('buildXapiStatements: statement ids', () => {
  it('gives UUID-format ids with version 8 and the RFC 4122 variant', () => {
    for (const statement of buildXapiStatements(exportInput())) expect(statement.id).toMatch(UUID_V8);
  });

  it('gives the same ids when the same records are exported twice', () => {
    const first = buildXapiStatements(exportInput()).map((statement) => statement.id);
    const second = buildXapiStatements(exportInput()).map((statement) => statement.id);
    expect(second).toEqual(first);
  });

  it('keeps ids stable when other records are added or content changes', () => {
    const alone = buildXapiStatements(exportInput({ completions: [completion()], answers: [] }));
    const withMore = buildXapiStatements(exportInput({ modules: [] }));
    for (const statement of alone) expect(withMore.map((other) => other.id)).toContain(statement.id);
  });

  it('gives every statement a different id, even when an answer and a completion share a record id', () => {
    const statements = buildXapiStatements(
      exportInput({ answers: [...exportInput().answers, answer({ id: 'c1', answeredAt: T0 + 5000 })] }),
    );
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
  });

  it('hashes names into distinct ids over many similar names', () => {
    const ids = new Set(
      Array.from({ length: 20_000 }, (_, index) => buildStableUuid(`answered:event-${index}`)),
    );
    expect(ids.size).toBe(20_000);
  });

  it('hashes non-ASCII names as UTF-8', () => {
    expect(buildStableUuid('answered:ñ')).toMatch(UUID_V8);
    expect(buildStableUuid('answered:ñ')).not.toBe(buildStableUuid('answered:n'));
  });
});

describe('buildXapiStatements: completions', () => {
  const statements = buildXapiStatements(exportInput());
  const [experienced, completed, passed] = forCompletion(statements, 'p1');

  it('emits experienced at the start, then completed and passed at the end', () => {
    expect(experienced?.verb).toEqual(XAPI_VERBS.experienced);
    expect(experienced?.timestamp).toBe('2025-03-03T09:00:00.000Z');
    expect(experienced?.result).toBeUndefined();
    expect(completed?.verb).toEqual(XAPI_VERBS.completed);
    expect(completed?.timestamp).toBe('2025-03-03T09:07:12.000Z');
    expect(passed?.verb).toEqual(XAPI_VERBS.passed);
    expect(passed?.timestamp).toBe('2025-03-03T09:07:12.000Z');
  });

  it('reports completion, duration and the score on "completed"', () => {
    expect(completed?.result).toEqual({
      completion: true,
      duration: 'PT7M12S',
      score: { raw: 3, min: 0, max: 4, scaled: 0.75 },
    });
  });

  it('reports success with the same score on "passed"', () => {
    expect(passed?.result?.success).toBe(true);
    expect(passed?.result?.score).toEqual(completed?.result?.score);
    expect(passed?.context.extensions[XAPI_EXTENSIONS.passMark]).toBe(70);
  });

  it('reports "failed" with success false when the attempt did not pass', () => {
    const ben = forCompletion(statements, 'p2');
    expect(ben.map((statement) => statement.verb.id)).toEqual([
      XAPI_VERBS.experienced.id,
      XAPI_VERBS.completed.id,
      XAPI_VERBS.failed.id,
    ]);
    expect(ben[2]?.result).toMatchObject({ success: false, score: { raw: 1, min: 0, max: 4, scaled: 0.25 } });
    expect(byVerb(statements, 'passed').map((statement) => statement.actor.account.name)).toEqual(['p1']);
  });

  it('records the module version the completion was earned on, not the installed one', () => {
    for (const statement of [experienced, completed, passed]) {
      expect(statement?.context.extensions[XAPI_EXTENSIONS.moduleVersion]).toBe('1.1.0');
      expect(statement?.context.extensions[XAPI_EXTENSIONS.attempt]).toBe(1);
    }
  });

  it('ties the statements of one attempt together with one registration', () => {
    const registrations = new Set(
      [experienced, completed, passed].map((statement) => statement?.context.registration),
    );
    expect(registrations.size).toBe(1);
    expect([...registrations][0]).toMatch(UUID);
    expect(forCompletion(statements, 'p2')[0]?.context.registration).not.toBe(
      experienced?.context.registration,
    );
  });

  it('describes the module activity with its type and title', () => {
    expect(completed?.object).toEqual({
      objectType: 'Activity',
      id: 'urn:shiftwell:module:de-escalation',
      definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { 'en-GB': 'De-escalation' } },
    });
  });

  it('rounds the scaled score to 4 decimal places', () => {
    const [, thirds] = buildXapiStatements(
      exportInput({ completions: [completion({ correct: 2, total: 3 })], answers: [] }),
    );
    expect(thirds?.result?.score).toEqual({ raw: 2, min: 0, max: 3, scaled: 0.6667 });
  });

  it('scores an attempt with nothing to score as 0, without a min/max that would break max > min', () => {
    const [, completedEmpty] = buildXapiStatements(
      exportInput({ completions: [completion({ correct: 0, total: 0 })], answers: [] }),
    );
    expect(completedEmpty?.result?.score).toEqual({ raw: 0, scaled: 0 });
  });

  it('keeps raw within [min, max] even if a record claims more correct than total', () => {
    const [, completedOver] = buildXapiStatements(
      exportInput({ completions: [completion({ correct: 5, total: 4 })], answers: [] }),
    );
    expect(completedOver?.result?.score).toEqual({ raw: 4, min: 0, max: 4, scaled: 1 });
  });
});

describe('formatIsoDuration', () => {
  it.each([
    [(7 * 60 + 12) * 1000, 'PT7M12S'],
    [0, 'PT0S'],
    [499, 'PT0S'],
    [1500, 'PT2S'],
    [60_000, 'PT1M'],
    [3_600_000 + 5000, 'PT1H5S'],
    [26 * 3_600_000 + 61_000, 'PT26H1M1S'],
    [-5000, 'PT0S'],
    [Number.NaN, 'PT0S'],
  ])('formats %d ms as %s', (milliseconds, expected) => {
    expect(formatIsoDuration(milliseconds)).toBe(expected);
    expect(expected).toMatch(ISO_DURATION);
  });
});

describe('buildXapiStatements: answers', () => {
  const statements = buildXapiStatements(exportInput());

  it('defines a single-choice item as a choice interaction with its choices and correct id', () => {
    const statement = answered(statements, 'q-single');
    expect(statement.object).toEqual({
      objectType: 'Activity',
      id: 'urn:shiftwell:module:de-escalation:item:q-single',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'en-GB': 'What first?' },
        interactionType: 'choice',
        correctResponsesPattern: ['listen'],
        choices: [
          { id: 'listen', description: { 'en-GB': 'Listen' } },
          { id: 'argue', description: { 'en-GB': 'Argue' } },
        ],
      },
    });
    expect(statement.result).toEqual({ success: true, response: 'listen' });
  });

  it('defines a multiple-choice item with its correct ids joined by [,]', () => {
    const statement = answered(statements, 'q-multiple');
    expect(statement.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['breathe[,]pause'],
      choices: [{ id: 'breathe' }, { id: 'shout' }, { id: 'pause' }],
    });
    expect(statement.result).toEqual({ success: true, response: 'pause[,]breathe' });
  });

  it('defines an ordering item as a sequencing interaction in the correct order', () => {
    const statement = answered(statements, 'q-ordering');
    expect(statement.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { 'en-GB': 'Put in order' },
      interactionType: 'sequencing',
      correctResponsesPattern: ['greet[,]ask[,]resolve'],
      choices: [
        { id: 'greet', description: { 'en-GB': 'Greet' } },
        { id: 'ask', description: { 'en-GB': 'Ask' } },
        { id: 'resolve', description: { 'en-GB': 'Resolve' } },
      ],
    });
    expect(statement.result).toEqual({ success: false, response: 'ask[,]greet[,]resolve' });
  });

  it('defines a scenario as an "other" interaction and reports the path of choices', () => {
    const statement = answered(statements, 's-refund');
    expect(statement.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { 'en-GB': 'The refund' },
      description: { 'en-GB': 'Policy against the customer' },
      interactionType: 'other',
    });
    expect(statement.result).toEqual({ success: true, response: 'explain' });
  });

  it('joins a multi-step scenario path with [,]', () => {
    const [statement] = buildXapiStatements(
      exportInput({
        completions: [],
        answers: [
          answer({ id: 'a', itemId: 's-refund', response: { type: 'scenario', choiceIds: ['a', 'b'] } }),
        ],
      }),
    );
    expect(statement?.result?.response).toBe('a[,]b');
  });

  it('only uses choice ids that the definition lists, for choice and sequencing items', () => {
    for (const itemId of ['q-single', 'q-multiple', 'q-ordering']) {
      const statement = answered(statements, itemId);
      const choiceIds = (statement.object.definition.choices ?? []).map((choice) => choice.id);
      const patternIds = (statement.object.definition.correctResponsesPattern ?? []).flatMap((p) =>
        p.split('[,]'),
      );
      const responseIds = (statement.result?.response ?? '').split('[,]');
      for (const id of [...patternIds, ...responseIds]) expect(choiceIds).toContain(id);
    }
  });

  it('puts the module as parent, and says whether the answer came from the module or from review', () => {
    const inModule = answered(statements, 'q-single');
    expect(inModule.context.contextActivities?.parent).toEqual([
      {
        objectType: 'Activity',
        id: moduleActivityId('de-escalation'),
        definition: {
          type: 'http://adlnet.gov/expapi/activities/module',
          name: { 'en-GB': 'De-escalation' },
        },
      },
    ]);
    expect(inModule.context.extensions[XAPI_EXTENSIONS.context]).toBe('module');
    expect(answered(statements, 's-refund').context.extensions[XAPI_EXTENSIONS.context]).toBe('review');
    expect(inModule.context.extensions[XAPI_EXTENSIONS.moduleVersion]).toBe('1.1.0');
    expect(inModule.timestamp).toBe('2025-03-03T09:01:00.000Z');
  });
});

describe('buildXapiStatements: privacy', () => {
  it('never exports a reflection, even if one is passed in with the answers', () => {
    const secret = 'I felt like quitting after that call';
    const statements = buildXapiStatements(
      exportInput({
        answers: [
          ...exportInput().answers,
          answer({
            id: 'a-reflection',
            itemId: 'r-feelings',
            response: { type: 'reflection', text: secret },
          }),
        ],
      }),
    );
    expect(statements).toHaveLength(2 * 3 + 4);
    expect(statements.map((statement) => statement.object.id)).not.toContain(
      itemActivityId('de-escalation', 'r-feelings'),
    );
    expect(JSON.stringify(statements)).not.toContain(secret);
    expect(JSON.stringify(statements)).not.toContain('How did that feel?');
  });
});

describe('buildXapiStatements: records whose content is gone', () => {
  it('still exports records of a module that is no longer installed, with a minimal definition', () => {
    const statements = buildXapiStatements(
      exportInput({
        completions: [completion({ moduleId: 'retired-module' })],
        answers: [
          answer({ id: 'a1', moduleId: 'retired-module', itemId: 'old-q' }),
          answer({
            id: 'a2',
            answeredAt: T0 + 120_000,
            moduleId: 'retired-module',
            itemId: 'old-order',
            response: { type: 'ordering', entryIds: ['x', 'y'] },
          }),
          answer({
            id: 'a3',
            answeredAt: T0 + 180_000,
            moduleId: 'retired-module',
            itemId: 'old-scenario',
            response: { type: 'scenario', choiceIds: ['z'] },
          }),
        ],
      }),
    );
    expect(statements).toHaveLength(6);
    const completed = byVerb(statements, 'completed')[0];
    expect(completed?.object).toEqual({
      objectType: 'Activity',
      id: 'urn:shiftwell:module:retired-module',
      definition: { type: 'http://adlnet.gov/expapi/activities/module' },
    });
    expect(completed?.context.language).toBe('und');
    const definitions = byVerb(statements, 'answered').map((statement) => statement.object.definition);
    expect(definitions).toEqual([
      { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' },
      { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'sequencing' },
      { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'other' },
    ]);
    expect(byVerb(statements, 'answered').map((statement) => statement.result?.response)).toEqual([
      'listen',
      'x[,]y',
      'z',
    ]);
  });

  it('gives a minimal definition for an item removed from an installed module', () => {
    const [statement] = buildXapiStatements(
      exportInput({ completions: [], answers: [answer({ id: 'a', itemId: 'removed-q' })] }),
    );
    expect(statement?.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
    });
    expect(statement?.context.language).toBe('en-GB');
    expect(statement?.context.contextActivities?.parent[0]?.definition.name).toEqual({
      'en-GB': 'De-escalation',
    });
  });

  it('exports a person who is no longer on the roster by account alone', () => {
    const statements = buildXapiStatements(exportInput({ people: [] }));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        account: { homePage: HOME_PAGE, name: statement.actor.account.name },
      });
    }
  });

  it('exports nothing when there are no records', () => {
    expect(buildXapiStatements(exportInput({ completions: [], answers: [] }))).toEqual([]);
  });
});
