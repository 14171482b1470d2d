/**
 * Fuzzing the content-pack pipeline: zip reader, parser and schema, with generated malformed packs.
 *
 * Whatever the bytes, reading and parsing never throw, a refused pack comes with at least one problem, every
 * problem is a readable sentence that names where it is (the file, and the manifest line and field where the
 * parser promises them), and nothing invalid is ever accepted. FUZZ_RUNS cases per property (see
 * shared/testing/fuzz.ts); the import into the database is fuzzed in
 * renderer/src/features/training/pack-import.fuzz.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFuzzProperty, FUZZ_TIMEOUT_MS, fuzzRuns } from '../testing/fuzz';
import {
  bombPack,
  brokenSyntaxPack,
  damagedZipPack,
  hostileNamesPack,
  randomBytesPack,
  rawHtmlPack,
  wrongManifestPack,
} from './malformed-packs';
import type { MalformedPack } from './malformed-packs';
import { MAX_REPORTED_PROBLEMS, readPackArchive } from './pack-files';
import type { PackFiles, PackOutcome } from './pack-files';
import { findRawHtmlLines, MANIFEST_PATH, parsePack } from './pack-parser';
import { manifestSchema } from './pack-schema';

const SOURCE_NAME = 'fuzzed-pack.zip';

/** The longest message a person should have to read for one problem. */
const MAX_MESSAGE_LENGTH = 600;

/** The longest place a problem may name (an entry name is shown up to 200 characters). */
const MAX_WHERE_LENGTH = 300;

/**
 * The places a problem may name: the archive, an entry (as the reader shows it, at most 200 characters), the
 * manifest with its line and field or line and column, a lesson with its line, or the pack as a whole.
 */
const WHERE_FROM_PARSER = new RegExp(
  [
    String.raw`manifest\.json`,
    String.raw`manifest\.json line [1-9]\d*(, column [1-9]\d*|, .+)?`,
    String.raw`lessons/[a-z0-9-]+\.md( line [1-9]\d*)?`,
    SOURCE_NAME.replace('.', String.raw`\.`),
  ]
    .map((pattern) => `(?:${pattern})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
  's',
);

/** A refused outcome whose problems a person can read and act on. */
function expectReadableRefusal(
  outcome: PackOutcome<unknown>,
): asserts outcome is { ok: false; problems: readonly { where: string; message: string }[] } {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  expect(outcome.problems.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS);
  for (const { where, message } of outcome.problems) {
    const shown = `${where.slice(0, 100)}: ${message.slice(0, 200)}`;
    expect(where.trim(), shown).not.toBe('');
    expect(where.length, shown).toBeLessThanOrEqual(MAX_WHERE_LENGTH);
    expect(message.trim(), shown).not.toBe('');
    expect(message, shown).toMatch(/\p{L}{2,}/u);
    expect(message.length, shown).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message).not.toMatch(/\[object \w+\]|\bundefined\b|^\w*Error:|\n\s+at /);
  }
}

/** Checks an outcome of either stage: a refusal must be readable; an accepted pack is checked by the caller. */
function expectWellFormed(outcome: PackOutcome<unknown>): void {
  if (!outcome.ok) expectReadableRefusal(outcome);
}

/** Parses files as the import does, checking that every problem names a place the parser promises. */
function parseChecked(files: PackFiles) {
  const parsed = parsePack(files, { sourceName: SOURCE_NAME });
  if (!parsed.ok) {
    expectReadableRefusal(parsed);
    for (const problem of parsed.problems) expect(problem.where).toMatch(WHERE_FROM_PARSER);
  }
  return parsed;
}

/** Reads and parses a generated pack; returns the parse outcome when the archive could be read. */
function readAndParse(pack: MalformedPack) {
  const files = readPackArchive(pack.bytes);
  expectWellFormed(files);
  if (!files.ok) return { files, parsed: undefined };
  for (const path of files.value.keys()) expectInsideThePack(path);
  return { files, parsed: parseChecked(files.value) };
}

/** A path the reader returns can never reach outside the pack. */
function expectInsideThePack(path: string): void {
  expect(path).not.toBe('');
  expect(path).not.toMatch(/^\/|^[A-Za-z]:|\\|\0/);
  expect(path.split('/')).not.toContain('..');
}

/** An accepted pack is exactly what the schema accepts, with every lesson present and free of HTML. */
function expectValidPack(parsed: ReturnType<typeof parsePack>, manifestText: string | undefined): void {
  if (!parsed.ok) return;
  if (manifestText !== undefined) {
    expect(manifestSchema.safeParse(JSON.parse(manifestText)).success).toBe(true);
  }
  for (const step of parsed.value.manifest.steps) {
    if (step.type !== 'lesson') continue;
    const lesson = parsed.value.lessons[step.file];
    expect(lesson).toBeDefined();
    expect(findRawHtmlLines(lesson ?? '')).toEqual([]);
  }
}

/** Whether a text is valid JSON (the standard parser, as a reference). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether the zip reader must refuse an entry name. */
function isRefusedName(name: string): boolean {
  return (
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').includes('..')
  );
}

describe('content packs under fuzzing: never a crash, always a readable reason, nothing invalid accepted', () => {
  it(
    'random bytes, bare, behind a zip signature or before an empty zip directory',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(randomBytesPack, (pack) => {
          readAndParse(pack);
          // The same bytes as a manifest or a lesson.
          parseChecked(new Map([[MANIFEST_PATH, pack.bytes]]));
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'valid packs truncated, bit-flipped, overwritten or spliced',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(damagedZipPack, (pack) => {
          const { parsed } = readAndParse(pack);
          if (parsed) expectValidPack(parsed, undefined);
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'manifests with missing fields, wrong types, unknown fields, huge strings, deep nesting or hostile text',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(wrongManifestPack, (pack) => {
          const { parsed } = readAndParse(pack);
          if (!parsed || pack.manifestText === undefined) return;
          expectValidPack(parsed, pack.manifestText);
          if (!parsed.ok && isJson(pack.manifestText)) {
            // Valid JSON: each manifest problem names its line (only a manifest too deep to walk cannot).
            for (const { where, message } of parsed.problems) {
              if (where === MANIFEST_PATH) expect(message).toMatch(/nested too deeply/);
            }
          }
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'manifest text with characters deleted or inserted',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(brokenSyntaxPack, (pack) => {
          const { parsed } = readAndParse(pack);
          if (!parsed || pack.manifestText === undefined) return;
          expectValidPack(parsed, pack.manifestText);
          if (!isJson(pack.manifestText)) expect(parsed.ok).toBe(false);
          const lineCount = pack.manifestText.split(/\r\n|\r|\n/).length;
          if (!parsed.ok) {
            for (const { where } of parsed.problems) {
              const line = /^manifest\.json line (\d+)/.exec(where)?.[1];
              if (line !== undefined) expect(Number(line)).toBeLessThanOrEqual(lineCount);
            }
          }
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'lessons with raw HTML are refused, naming the file and line',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(rawHtmlPack, (pack) => {
          const { parsed } = readAndParse(pack);
          expect(parsed).toBeDefined();
          if (!parsed) return;
          expectReadableRefusal(parsed);
          expect(parsed.problems).toContainEqual({
            where: `${pack.lesson} line ${pack.line}`,
            message: expect.stringContaining('raw HTML') as string,
          });
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'entries named to escape the pack, or named twice, are refused',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(hostileNamesPack, (pack) => {
          const { files } = readAndParse(pack);
          const names = pack.entryNames ?? [];
          if (names.some(isRefusedName)) expectReadableRefusal(files);
          if (names.filter((name) => name === MANIFEST_PATH).length > 1) {
            expectReadableRefusal(files);
            expect(files.problems.map((problem) => problem.message)).toContain('appears twice in the pack');
          }
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'zip bombs, lying directories, too many entries, odd compression and encryption',
    async (context) => {
      await checkFuzzProperty(
        context,
        fc.property(bombPack, (pack) => {
          const { files, parsed } = readAndParse(pack);
          if (!pack.kind.endsWith('inflating to its limit')) expectReadableRefusal(files);
          if (parsed) expectValidPack(parsed, pack.manifestText);
        }),
        // Each case inflates up to 12 MB, so these run a twentieth as often (500 in the full suite).
        fuzzRuns(0.05),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
