import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, readPackArchive } from './pack-files';
import type { PackFiles } from './pack-files';
import { findRawHtmlLines, MAX_LESSON_BYTES, parsePack } from './pack-parser';
import type { PackOutcome } from './pack-parser';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const SOURCE = { sourceName: 'test-pack.zip' };

interface FixtureChoice {
  id: string;
  text: string;
  feedback: string;
  quality: string;
  next?: string;
}

/** A step as tests edit it: loosely typed, so a test can break it in any way. */
interface FixtureStep {
  [key: string]: unknown;
  type: string;
  id: string;
  options?: { id: string; text: string; explanation: string }[];
  nodes?: { id: string; situation: string; choices: FixtureChoice[] }[];
}

interface FixtureManifest {
  [key: string]: unknown;
  steps: FixtureStep[];
}

/** A valid manifest with one step of every type. */
function validManifest(): FixtureManifest {
  return {
    schemaVersion: 1,
    id: 'calm-under-pressure',
    version: '1.2.0',
    language: 'en-GB',
    title: 'Calm under pressure',
    summary: 'Staying steady when a caller is angry and the queue is long.',
    audience: 'everyone',
    estimatedMinutes: 8,
    passMark: 70,
    stressors: ['emotional-labor'],
    steps: [
      { type: 'lesson', id: 'intro', title: 'Why calls get heated', file: 'lessons/intro.md' },
      {
        type: 'single-choice',
        id: 'first-words',
        prompt: 'An angry caller starts shouting. What do you say first?',
        options: [
          {
            id: 'acknowledge',
            text: 'I can hear this has been frustrating.',
            explanation: 'Naming it calms.',
          },
          { id: 'policy', text: 'Please do not shout.', explanation: 'True, but it escalates.' },
        ],
        correct: 'acknowledge',
      },
      {
        type: 'multiple-choice',
        id: 'helps',
        prompt: 'Which of these help you stay calm?',
        options: [
          { id: 'breathe', text: 'A slow breath before answering', explanation: 'It slows you down.' },
          { id: 'notes', text: 'Writing down the facts', explanation: 'It gives you something to do.' },
          { id: 'argue', text: 'Arguing the point', explanation: 'It raises the temperature.' },
        ],
        correct: ['breathe', 'notes'],
      },
      {
        type: 'ordering',
        id: 'steps',
        prompt: 'Put the steps of a de-escalation in order.',
        entries: [
          { id: 'listen', text: 'Listen' },
          { id: 'acknowledge', text: 'Acknowledge' },
          { id: 'act', text: 'Act' },
        ],
        explanation: 'People accept action once they feel heard.',
      },
      {
        type: 'scenario',
        id: 'queue',
        title: 'A long queue',
        tension: 'The caller wants time; the queue wants speed.',
        start: 'open',
        nodes: [
          {
            id: 'open',
            situation: 'The caller has waited forty minutes.',
            choices: [
              {
                id: 'sorry',
                text: 'Apologise for the wait',
                feedback: 'A good start.',
                quality: 'best',
                next: 'close',
              },
              { id: 'rush', text: 'Ask for the account number', feedback: 'Too fast.', quality: 'poor' },
            ],
          },
          {
            id: 'close',
            situation: 'The caller calms down.',
            choices: [
              { id: 'solve', text: 'Solve the problem', feedback: 'Well done.', quality: 'best' },
              {
                id: 'transfer',
                text: 'Transfer the call',
                feedback: 'They waited again.',
                quality: 'acceptable',
              },
            ],
          },
        ],
      },
      { type: 'reflection', id: 'reflect', prompt: 'What helps you most after a hard call?' },
    ],
  };
}

const INTRO_LESSON = '# Why calls get heated\n\nPeople call when something has already gone wrong.\n';

function packOf(
  manifestText: string,
  lessons: Record<string, string> = { 'lessons/intro.md': INTRO_LESSON },
): PackFiles {
  const files = new Map<string, Uint8Array>([['manifest.json', encode(manifestText)]]);
  for (const [path, text] of Object.entries(lessons)) files.set(path, encode(text));
  return files;
}

const manifestText = (manifest: unknown): string => JSON.stringify(manifest, null, 2);

/** The manifest as text and its problems, after `change` is applied to a valid manifest. */
function problemsAfter(change: (manifest: FixtureManifest) => void) {
  const manifest = validManifest();
  change(manifest);
  const text = manifestText(manifest);
  return { text, problems: expectProblems(parsePack(packOf(text), SOURCE)) };
}

function expectProblems(outcome: PackOutcome<unknown>): readonly { where: string; message: string }[] {
  if (outcome.ok) throw new Error('expected problems, got a value');
  expect(outcome.problems.length).toBeGreaterThan(0);
  return outcome.problems;
}

/** The 1-based line of the `occurrence`-th line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]!.includes(needle) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`${needle} not found`);
}

describe('parsePack', () => {
  it('parses a good pack into its manifest and lessons', () => {
    const outcome = parsePack(packOf(manifestText(validManifest())), SOURCE);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.value.manifest.id).toBe('calm-under-pressure');
    expect(outcome.value.manifest.steps.map((step) => step.type)).toEqual([
      'lesson',
      'single-choice',
      'multiple-choice',
      'ordering',
      'scenario',
      'reflection',
    ]);
    expect(outcome.value.lessons).toEqual({ 'lessons/intro.md': INTRO_LESSON });
  });

  it('parses a zipped folder end to end, ignoring unreferenced files', () => {
    const zip = zipSync({
      'calm-under-pressure/manifest.json': encode(manifestText(validManifest())),
      'calm-under-pressure/lessons/intro.md': encode(INTRO_LESSON),
      'calm-under-pressure/README.txt': encode('<b>notes for the author</b>'),
    });
    const files = readPackArchive(zip);
    if (!files.ok) throw new Error(JSON.stringify(files.problems));
    const outcome = parsePack(files.value, SOURCE);
    expect(outcome.ok).toBe(true);
  });

  it('accepts a manifest saved with a byte-order mark and Windows line endings', () => {
    const text = `\uFEFF${manifestText(validManifest()).replaceAll('\n', '\r\n')}`;
    expect(parsePack(packOf(text), SOURCE).ok).toBe(true);
  });

  it('trims text fields and fills in defaults', () => {
    const manifest: FixtureManifest = { ...validManifest(), title: '  Calm  ' };
    delete manifest.stressors;
    const outcome = parsePack(packOf(manifestText(manifest)), SOURCE);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.value.manifest.title).toBe('Calm');
    expect(outcome.value.manifest.stressors).toEqual([]);
  });

  it('reports a missing manifest', () => {
    expect(expectProblems(parsePack(new Map([['lessons/intro.md', encode(INTRO_LESSON)]]), SOURCE))).toEqual([
      {
        where: 'manifest.json',
        message: 'manifest.json is missing; it must be at the top level of the pack',
      },
    ]);
  });

  it('reports bad JSON with its line and column', () => {
    const text = '{\n  "id": "a",\n  "title": "x" "summary": "y"\n}';
    expect(expectProblems(parsePack(packOf(text), SOURCE))).toEqual([
      { where: 'manifest.json line 3, column 16', message: 'invalid JSON: expected a comma' },
    ]);
  });

  it('reports a trailing comma and a comment as JSON errors', () => {
    const text = '{\n  "id": "a",\n  // note\n  "steps": [1, 2,]\n}';
    expect(expectProblems(parsePack(packOf(text), SOURCE))).toEqual([
      { where: 'manifest.json line 3, column 3', message: 'invalid JSON: comments are not allowed in JSON' },
      {
        where: 'manifest.json line 4, column 18',
        message: 'invalid JSON: a comma must not follow the last entry of an object or list',
      },
    ]);
  });

  it('reports an empty manifest', () => {
    expect(expectProblems(parsePack(packOf('  \n'), SOURCE))).toEqual([
      { where: 'manifest.json line 2, column 1', message: 'invalid JSON: expected a value' },
    ]);
  });

  it('reports a manifest that is not UTF-8', () => {
    const files = new Map([['manifest.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]]);
    expect(expectProblems(parsePack(files, SOURCE))).toEqual([
      { where: 'manifest.json', message: 'manifest.json is not valid UTF-8 text; save it as UTF-8' },
    ]);
  });

  it('reports a missing field at the line of the object it belongs in', () => {
    const { text, problems } = problemsAfter((manifest) => {
      delete manifest.steps[1]!.prompt;
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"type": "single-choice"') - 1}, steps[1].prompt`,
        message: 'is required',
      },
    ]);
  });

  it('reports a wrong type, naming what was expected and found', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.estimatedMinutes = '8';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"estimatedMinutes"')}, estimatedMinutes`,
        message: 'expected a number, found text',
      },
    ]);
  });

  it('reports an unknown key by name, at its own line', () => {
    const { text, problems } = problemsAfter((manifest) => {
      Object.assign(manifest.steps[1]!.options![1]!, { colour: 'red' });
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"colour"')}, steps[1].options[1].colour`,
        message: '"colour" is not a known field',
      },
    ]);
  });

  it('reports an empty explanation with the path the author needs', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.steps[1]!.options![1]!.explanation = '  ';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"explanation": "  "')}, steps[1].options[1].explanation`,
        message: 'must not be empty',
      },
    ]);
  });

  it('reports a step id used twice', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.steps[5]!.id = 'intro';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"id": "intro"', 2)}, steps[5].id`,
        message: 'the id "intro" is used twice',
      },
    ]);
  });

  it('reports a scenario choice whose next node does not exist', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.steps[4]!.nodes![0]!.choices[0]!.next = 'nowhere';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"next": "nowhere"')}, steps[4].nodes[0].choices[0].next`,
        message: 'no node has the id "nowhere"',
      },
    ]);
  });

  it('reports a correct option id that no option has', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.steps[1]!.correct = 'missing';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"correct": "missing"')}, steps[1].correct`,
        message: 'no option has the id "missing"',
      },
    ]);
  });

  it("quotes at most 60 characters of a pack's own text in a problem, with control characters escaped", () => {
    const longId = 'x'.repeat(100_000);
    const longKey = `k${'e'.repeat(99_999)}`;
    const { problems } = problemsAfter((manifest) => {
      manifest.steps[1]!.correct = longId;
      Object.assign(manifest.steps[1]!.options![0]!, { [longKey]: 1, 'bell\u0007': 2 });
    });
    const shortened = `"${'x'.repeat(59)}…"`;
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        `"k${'e'.repeat(58)}…" is not a known field`,
        '"bell\\u0007" is not a known field',
        `no option has the id ${shortened}`,
      ]),
    );
    for (const { where, message } of problems) {
      expect(where.length).toBeLessThan(200);
      expect(message.length).toBeLessThan(200);
    }
  });

  it('reports an unknown step type with the allowed ones', () => {
    const { text, problems } = problemsAfter((manifest) => {
      manifest.steps[5]!.type = 'essay';
    });
    expect(problems).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"type": "essay"')}, steps[5].type`,
        message:
          'must be one of "lesson", "single-choice", "multiple-choice", "ordering", "scenario", "reflection"',
      },
    ]);
  });

  it('writes readable sentences for enums, limits, formats and whole numbers', () => {
    const { problems } = problemsAfter((manifest) => {
      manifest.schemaVersion = 2;
      manifest.audience = 'managers';
      manifest.passMark = 120;
      manifest.estimatedMinutes = 7.5;
      manifest.version = 'v1';
      manifest.steps[1]!.options!.splice(1);
      manifest.steps[5]!.prompt = 'x'.repeat(601);
    });
    expect(
      problems.map((problem) => `${problem.where.replace(/line \d+, /, '')}: ${problem.message}`),
    ).toEqual([
      'manifest.json schemaVersion: must be 1',
      'manifest.json version: must look like 1.0.0',
      'manifest.json audience: must be one of "everyone", "supervisors"',
      'manifest.json estimatedMinutes: must be a whole number',
      'manifest.json passMark: must be at most 100',
      'manifest.json steps[1].options: needs at least 2 entries (it has 1)',
      'manifest.json steps[5].prompt: must be at most 600 characters long (it has 601)',
    ]);
  });

  it('reports a key that appears twice in one object', () => {
    const text = manifestText(validManifest()).replace(
      '"title": "Calm under pressure",',
      '"title": "A",\n  "title": "B",',
    );
    expect(expectProblems(parsePack(packOf(text), SOURCE))).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"title": "B"')}, title`,
        message: 'appears twice in the same object',
      },
    ]);
  });

  it('treats a __proto__ key as an unknown field', () => {
    const text = manifestText(validManifest()).replace('{', '{\n  "__proto__": { "title": "x" },');
    expect(expectProblems(parsePack(packOf(text), SOURCE))).toEqual([
      { where: 'manifest.json line 2, __proto__', message: '"__proto__" is not a known field' },
    ]);
  });

  it('reports a lesson file missing from the pack at the step that names it', () => {
    const text = manifestText(validManifest());
    expect(expectProblems(parsePack(packOf(text, {}), SOURCE))).toEqual([
      {
        where: `manifest.json line ${lineOf(text, '"file": "lessons/intro.md"')}, steps[0].file`,
        message: 'lessons/intro.md is missing from the pack',
      },
    ]);
  });

  it('reports lesson problems alongside manifest problems', () => {
    const manifest = { ...validManifest(), title: '' };
    const problems = expectProblems(parsePack(packOf(manifestText(manifest), {}), SOURCE));
    expect(problems.map((problem) => problem.message)).toEqual([
      'must not be empty',
      'lessons/intro.md is missing from the pack',
    ]);
  });

  it('reports raw HTML in a lesson by file and line', () => {
    const lesson = '# Intro\n\nSome text.\n\n<div onclick="x()">Hi</div>\n';
    expect(
      expectProblems(
        parsePack(packOf(manifestText(validManifest()), { 'lessons/intro.md': lesson }), SOURCE),
      ),
    ).toEqual([
      {
        where: 'lessons/intro.md line 5',
        message: 'lessons/intro.md line 5: raw HTML is not allowed; use Markdown',
      },
    ]);
  });

  it('reports a lesson that is not UTF-8, empty, or too large', () => {
    const manifest = validManifest();
    manifest.steps.push(
      { type: 'lesson', id: 'two', title: 'Two', file: 'lessons/two.md' },
      { type: 'lesson', id: 'three', title: 'Three', file: 'lessons/three.md' },
    );
    const files = new Map(packOf(manifestText(manifest)));
    files.set('lessons/intro.md', new Uint8Array([0x23, 0x20, 0xc3, 0x28]));
    files.set('lessons/two.md', encode(' \n\n '));
    files.set('lessons/three.md', encode('a'.repeat(MAX_LESSON_BYTES + 1)));
    expect(expectProblems(parsePack(files, SOURCE))).toEqual([
      { where: 'lessons/intro.md', message: 'lessons/intro.md is not valid UTF-8 text; save it as UTF-8' },
      { where: 'lessons/two.md', message: 'lessons/two.md is empty' },
      { where: 'lessons/three.md', message: 'lessons/three.md is 201 KB; a lesson may be at most 200 KB' },
    ]);
  });

  it('caps a long problem list and counts the rest', () => {
    const manifest = validManifest();
    for (let index = 0; index < 45; index += 1) {
      manifest.steps.push({ type: 'reflection', id: `r${index}`, prompt: '', mood: 'calm' });
    }
    const problems = expectProblems(parsePack(packOf(manifestText(manifest)), SOURCE));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(problems.at(-1)).toEqual({
      where: 'test-pack.zip',
      message: '…and 41 more problems',
    });
  });

  it('reports a manifest nested too deeply instead of throwing', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(expectProblems(parsePack(packOf(text), SOURCE))).toEqual([
      { where: 'manifest.json', message: 'manifest.json is nested too deeply to read' },
    ]);
  });

  it('suggests double quotes when a manifest uses single quotes', () => {
    expect(expectProblems(parsePack(packOf("{'id': 'a'}"), SOURCE))[0]).toEqual({
      where: 'manifest.json line 1, column 2',
      message: 'invalid JSON: text and field names must be in double quotes (")',
    });
  });
});

describe('findRawHtmlLines', () => {
  it('finds tags, closing tags, comments and processing instructions', () => {
    expect(findRawHtmlLines('<b>bold</b>\nfine\n</p>\n<!-- note -->\n<?php ?>\n<script>x</script>')).toEqual([
      1, 3, 4, 5, 6,
    ]);
  });

  it('allows HTML inside code spans and fenced code blocks', () => {
    const markdown = [
      'Use `<br>` for a line break, or ``a `<b>` tag``.',
      '```html',
      '<div>code</div>',
      '```',
      '~~~~',
      '<p>also code</p>',
      '~~~~',
    ].join('\n');
    expect(findRawHtmlLines(markdown)).toEqual([]);
  });

  it('allows escaped angle brackets, comparisons and web or e-mail autolinks', () => {
    const markdown =
      'Write \\<b\\> to show a tag.\n3 < 5 and a <= b\n<https://example.com/help> or <help@example.com>';
    expect(findRawHtmlLines(markdown)).toEqual([]);
  });

  it('refuses other autolink schemes and unclosed code spans', () => {
    expect(findRawHtmlLines('<javascript:alert(1)>\n`unclosed <b>')).toEqual([1, 2]);
  });

  it('treats an unclosed fence as code to the end, as Markdown does', () => {
    expect(findRawHtmlLines('<b>\n```\n<b>\n')).toEqual([1]);
  });
});

// How fast hostile input is checked is the benchmark's business (`npm run bench`, measure 8 checks that twice
// the input takes no more than about twice the time); these tests check what is reported, never how fast.
describe('pack checking on hostile input', () => {
  it('reports just the lines with raw HTML in a lesson built to make a naive scan quadratic', () => {
    const hostile = [
      // Sixty thousand "<" with nothing a tag could start with: no HTML.
      '<'.repeat(60_000),
      // Fifteen thousand backtick runs, most closing one another into code spans: no HTML.
      '`` `'.repeat(15_000),
      // "<a@" over and over: the first opens a tag that is never an e-mail autolink.
      '<a@'.repeat(20_000),
      // An autolink scheme with no end: raw HTML.
      '<https://'.repeat(20_000),
    ];
    expect(hostile.map((line) => findRawHtmlLines(line))).toEqual([[], [], [1], [1]]);
  });

  it('finds raw HTML after thousands of backtick runs, and none inside a closed code span', () => {
    const open = '`'.repeat(3);
    expect(findRawHtmlLines(`${'`` `'.repeat(15_000)}<b>`)).toEqual([1]);
    expect(findRawHtmlLines(`${open}${'<b>'.repeat(20_000)}${open}`)).toEqual([]);
  });

  it('reports a hundred thousand unknown fields, or HTML lines, as a capped list', () => {
    const manifest = manifestText({
      ...validManifest(),
      ...Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, 1])),
    });
    const manifestProblems = expectProblems(parsePack(packOf(manifest), SOURCE));
    expect(manifestProblems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(manifestProblems.at(-1)).toEqual({ where: 'test-pack.zip', message: '…and 99951 more problems' });

    const lesson = '<b>\n'.repeat(50_000);
    const lessonProblems = expectProblems(
      parsePack(packOf(manifestText(validManifest()), { 'lessons/intro.md': lesson }), SOURCE),
    );
    expect(lessonProblems.at(-1)).toEqual({ where: 'test-pack.zip', message: '…and 49951 more problems' });
  });

  it('reports a 2 MB manifest of syntax errors as a capped list that counts the rest', () => {
    const problems = expectProblems(parsePack(packOf(`{${',]'.repeat(1_000_000)}`), SOURCE));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    // The shown problems are the first ones, in order, each with its place in the file.
    expect(problems[0]?.where).toBe('manifest.json line 1, column 2');
    for (const problem of problems.slice(0, -1)) {
      expect(problem.where).toMatch(/^manifest\.json line 1, column \d+$/);
    }
    const more = /^…and (\d+) more problems$/.exec(problems.at(-1)?.message ?? '');
    expect(problems.at(-1)?.where).toBe('manifest.json');
    // Every syntax error beyond the shown ones is counted, not dropped: at least one per ",]" pair.
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(1_000_000 - MAX_REPORTED_PROBLEMS);
  });
});

describe('pack reading never throws', () => {
  const validText = manifestText(validManifest());

  /** Every failure carries at least one problem, each with a non-empty where and message. */
  function expectWellFormed(outcome: PackOutcome<unknown>): void {
    if (outcome.ok) return;
    expect(outcome.problems.length).toBeGreaterThan(0);
    for (const problem of outcome.problems) {
      expect(problem.where).not.toBe('');
      expect(problem.message).not.toBe('');
    }
  }

  type MutationValue =
    | { readonly kind: 'delete'; readonly at: number; readonly length: number }
    | { readonly kind: 'insert'; readonly at: number; readonly text: string };

  const mutation: fc.Arbitrary<MutationValue> = fc.oneof(
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom('"', ',', '{', '}', '[', ']', ':', 'null', '"extra": 1,', '<b>', '\\', '\u0000'),
    }),
  );

  function mutate(text: string, mutations: readonly MutationValue[]): string {
    let result = text;
    for (const change of mutations) {
      const at = change.at % (result.length + 1);
      result =
        change.kind === 'delete'
          ? result.slice(0, at) + result.slice(at + change.length)
          : result.slice(0, at) + change.text + result.slice(at);
    }
    return result;
  }

  it('for random bytes as an archive or as a manifest', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expectWellFormed(readPackArchive(bytes));
        expectWellFormed(parsePack(new Map([['manifest.json', bytes]]), SOURCE));
        expectWellFormed(parsePack(new Map(packOf(validText, {})).set('lessons/intro.md', bytes), SOURCE));
      }),
      { numRuns: 300 },
    );
  });

  it('for random mutations of a valid manifest, read directly and from a zip', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutate(validText, mutations);
        expectWellFormed(parsePack(packOf(text), SOURCE));
        const files = readPackArchive(
          zipSync({ 'manifest.json': encode(text), 'lessons/intro.md': encode(INTRO_LESSON) }),
        );
        expectWellFormed(files);
        if (files.ok) expectWellFormed(parsePack(files.value, SOURCE));
      }),
      { numRuns: 300 },
    );
  });

  it('for random damage to a valid zip', () => {
    const zip = zipSync({ 'manifest.json': encode(validText), 'lessons/intro.md': encode(INTRO_LESSON) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (changes) => {
          const damaged = zip.slice();
          for (const [at, value] of changes) damaged[at % damaged.length] = value;
          const files = readPackArchive(damaged);
          expectWellFormed(files);
          if (files.ok) expectWellFormed(parsePack(files.value, SOURCE));
        },
      ),
      { numRuns: 300 },
    );
  });
});
