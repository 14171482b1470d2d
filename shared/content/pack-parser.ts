/**
 * Checks a content pack's files and turns them into a ContentPack, or into every problem an author must fix.
 *
 * The manifest is parsed into a syntax tree (jsonc-parser) so each problem can name its line as well as its
 * field, e.g. `manifest.json line 42, steps[3].options[1].explanation`; the zod schema in `pack-schema.ts`
 * decides what is valid. Lessons must be UTF-8 Markdown without raw HTML: lesson text is only ever rendered as
 * Markdown, never executed or injected as HTML, and refusing HTML here keeps authors from relying on it.
 *
 * Problem messages here are English sentences for the pack's author, not i18n keys: the one accepted
 * exception to the rule in `shared/domain/outcome.ts` (see `pack-files.ts`).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { Problem } from '../domain/outcome';
import { capProblems, formatBytes, MAX_REPORTED_PROBLEMS, moreProblems } from './pack-files';
import type { PackFiles, PackOutcome } from './pack-files';
import { manifestSchema, quoted } from './pack-schema';
import type { ContentPack } from './pack-schema';

export type { PackFiles, PackOutcome } from './pack-files';

/** The most bytes one lesson file may hold. */
export const MAX_LESSON_BYTES = 200 * 1024;

/** Where a pack's manifest must be, relative to the pack's top level. */
export const MANIFEST_PATH = 'manifest.json';

/** The path pattern of a lesson file, as the manifest schema requires it. */
const LESSON_PATH = /^lessons\/[a-z0-9-]+\.md$/;

type JsonPath = readonly (string | number)[];

/** A manifest problem with the line it was found on, so problems can be listed in reading order. */
interface LocatedProblem extends Problem {
  readonly line: number;
}

/** Checks a pack's files and returns the module it holds; never throws, whatever the files contain. */
export function parsePack(
  files: PackFiles,
  options: { readonly sourceName: string },
): PackOutcome<ContentPack> {
  const summaryWhere = options.sourceName.trim() === '' ? 'pack' : options.sourceName;
  try {
    const outcome = checkPack(files);
    return outcome.ok ? outcome : { ok: false, problems: capProblems(outcome.problems, summaryWhere) };
  } catch (error) {
    // A last resort. The one known cause is a manifest nested so deeply that parsing runs out of stack.
    const problem =
      error instanceof RangeError
        ? { where: MANIFEST_PATH, message: 'manifest.json is nested too deeply to read' }
        : { where: summaryWhere, message: 'the pack could not be checked' };
    return { ok: false, problems: [problem] };
  }
}

function checkPack(files: PackFiles): PackOutcome<ContentPack> {
  const manifestBytes = files.get(MANIFEST_PATH);
  if (manifestBytes === undefined) {
    return fail(MANIFEST_PATH, 'manifest.json is missing; it must be at the top level of the pack');
  }
  const text = decodeUtf8(manifestBytes);
  if (text === undefined)
    return fail(MANIFEST_PATH, 'manifest.json is not valid UTF-8 text; save it as UTF-8');
  const lines = new LineIndex(text);

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0) {
    return { ok: false, problems: describeSyntaxErrors(text, syntaxErrors, lines) };
  }
  if (root === undefined) return fail(MANIFEST_PATH, 'manifest.json is empty');

  const manifestProblems: LocatedProblem[] = [...findDuplicateKeys(root, lines)];
  const parsed = manifestSchema.safeParse(nodeToValue(root), { error: describeIssue });
  if (!parsed.success) {
    // Loops, not push(...list): a hostile manifest can produce more problems than a call has arguments.
    for (const issue of parsed.error.issues) {
      for (const problem of locateIssue(issue, root, lines)) manifestProblems.push(problem);
    }
  }
  manifestProblems.sort((a, b) => a.line - b.line);
  const problems: Problem[] = manifestProblems.map(({ where, message }) => ({ where, message }));

  // Lesson files are checked from the syntax tree, so their problems are reported even when the manifest
  // has others.
  const lessons = new Map<string, string>();
  const checkedFiles = new Set<string>();
  for (const { file, index, line } of lessonReferences(root, lines)) {
    const bytes = files.get(file);
    if (bytes === undefined) {
      problems.push({
        where: manifestWhere(line, ['steps', index, 'file']),
        message: `${file} is missing from the pack`,
      });
      continue;
    }
    if (checkedFiles.has(file)) continue;
    checkedFiles.add(file);
    const lesson = checkLesson(file, bytes);
    if (lesson.ok) lessons.set(file, lesson.value);
    else for (const problem of lesson.problems) problems.push(problem);
  }

  if (problems.length > 0 || !parsed.success) {
    // A failed parse always has issues; the fallback only keeps the "at least one problem" promise.
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [{ where: MANIFEST_PATH, message: 'is not valid' }],
    };
  }
  return { ok: true, value: { manifest: parsed.data, lessons: Object.fromEntries(lessons) } };
}

/** Checks one lesson: UTF-8, not empty, not too large, and Markdown without raw HTML. */
function checkLesson(file: string, bytes: Uint8Array): PackOutcome<string> {
  if (bytes.length > MAX_LESSON_BYTES) {
    return fail(
      file,
      `${file} is ${formatBytes(bytes.length)}; a lesson may be at most ${formatBytes(MAX_LESSON_BYTES)}`,
    );
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) return fail(file, `${file} is not valid UTF-8 text; save it as UTF-8`);
  if (text.trim() === '') return fail(file, `${file} is empty`);
  const htmlLines = findRawHtmlLines(text);
  if (htmlLines.length > 0) {
    return {
      ok: false,
      problems: htmlLines.map((line) => ({
        where: `${file} line ${line}`,
        message: `${file} line ${line}: raw HTML is not allowed; use Markdown`,
      })),
    };
  }
  return { ok: true, value: text };
}

/** The lesson files the manifest's steps name, read from the syntax tree so a broken manifest still gets them. */
function lessonReferences(root: JsonNode, lines: LineIndex): { file: string; index: number; line: number }[] {
  const steps = findNodeAtLocation(root, ['steps']);
  if (steps?.type !== 'array') return [];
  const references: { file: string; index: number; line: number }[] = [];
  (steps.children ?? []).forEach((step, index) => {
    if (step.type !== 'object') return;
    const type: unknown = findNodeAtLocation(step, ['type'])?.value;
    const fileNode = findNodeAtLocation(step, ['file']);
    const file: unknown = fileNode?.value;
    if (type === 'lesson' && fileNode !== undefined && typeof file === 'string' && LESSON_PATH.test(file)) {
      references.push({ file, index, line: lines.lineOf(keyOffset(fileNode)) });
    }
  });
  return references;
}

// ---------------------------------------------------------------------------------------------------------
// JSON syntax

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon (:) after the field name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'unexpected text after the end of the manifest',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'text is missing its closing double quote',
  UnexpectedEndOfNumber: 'number is incomplete',
  InvalidUnicode: 'invalid \\u escape in text',
  InvalidEscapeCharacter: 'invalid escape in text; write a backslash as \\\\',
  InvalidCharacter: 'line breaks and tabs inside text must be written as \\n and \\t',
};

function describeSyntaxErrors(text: string, errors: readonly ParseError[], lines: LineIndex): Problem[] {
  const problems: Problem[] = [];
  let previousOffset = -1;
  let undescribed = 0;
  for (const error of errors) {
    // The parser may report a follow-on error at the same place; the first one explains it.
    if (error.offset === previousOffset) continue;
    previousOffset = error.offset;
    // Garbage can hold millions of errors: describe only those that will be shown, and count the rest.
    if (problems.length >= MAX_REPORTED_PROBLEMS - 1) {
      undescribed += 1;
      continue;
    }
    const { line, column } = lines.positionOf(error.offset);
    const code = printParseErrorCode(error.error);
    const message = isAfterTrailingComma(text, error.offset)
      ? 'a comma must not follow the last entry of an object or list'
      : text[error.offset] === "'"
        ? 'text and field names must be in double quotes (")'
        : (SYNTAX_MESSAGES[code] ?? 'invalid JSON');
    problems.push({
      where: `${MANIFEST_PATH} line ${line}, column ${column}`,
      message: `invalid JSON: ${message}`,
    });
  }
  if (undescribed === 1) {
    problems.push({ where: MANIFEST_PATH, message: 'invalid JSON: there is one more syntax error' });
  } else if (undescribed > 1) {
    problems.push(moreProblems(undescribed, MANIFEST_PATH));
  }
  return problems;
}

function isAfterTrailingComma(text: string, offset: number): boolean {
  const next = text[offset];
  if (next !== '}' && next !== ']') return false;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before -= 1;
  return text[before] === ',';
}

/** Converts the syntax tree to a value; objects are built so a `__proto__` key stays an ordinary (unknown) key. */
function nodeToValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).flatMap((property) => {
          const [key, value] = property.children ?? [];
          const name: unknown = key?.value;
          return typeof name === 'string' && value !== undefined ? [[name, nodeToValue(value)]] : [];
        }),
      );
    case 'array':
      return (node.children ?? []).map(nodeToValue);
    case 'property':
      return undefined;
    case 'string':
    case 'number':
    case 'boolean':
    case 'null': {
      const value: unknown = node.value;
      return value;
    }
  }
}

/** Reports keys that appear twice in one object (JSON would silently keep the last). */
function findDuplicateKeys(root: JsonNode, lines: LineIndex): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const visit = (node: JsonNode, path: JsonPath): void => {
    if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    if (node.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      const name: unknown = key?.value;
      if (typeof name !== 'string') continue;
      if (seen.has(name)) {
        const line = lines.lineOf(property.offset);
        problems.push({
          line,
          where: manifestWhere(line, [...path, name]),
          message: 'appears twice in the same object',
        });
      }
      seen.add(name);
      if (value !== undefined) visit(value, [...path, name]);
    }
  };
  visit(root, []);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Schema issues

/** Turns one zod issue into problems with the manifest line of the field at fault (one per unknown key). */
function locateIssue(issue: z.core.$ZodIssue, root: JsonNode, lines: LineIndex): LocatedProblem[] {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  if (issue.code === 'unrecognized_keys') {
    const objectNode = nearestNode(root, path);
    const keyOffsets = new Map<unknown, number>();
    for (const property of objectNode.children ?? []) {
      const name: unknown = property.children?.[0]?.value;
      if (!keyOffsets.has(name)) keyOffsets.set(name, property.offset);
    }
    return issue.keys.map((key) => {
      const line = lines.lineOf(keyOffsets.get(key) ?? objectNode.offset);
      return {
        line,
        where: manifestWhere(line, [...path, key]),
        message: `${quoted(key)} is not a known field`,
      };
    });
  }
  const line = lines.lineOf(keyOffset(nearestNode(root, path)));
  return [{ line, where: manifestWhere(line, path), message: issue.message }];
}

/** The node at a path, or its nearest ancestor that exists (a missing field is reported where it belongs). */
function nearestNode(root: JsonNode, path: JsonPath): JsonNode {
  for (let length = path.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node !== undefined) return node;
  }
  return root;
}

/** Where a value starts, or where its field name starts when it is the value of a field. */
function keyOffset(node: JsonNode): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

/**
 * Readable English for zod's issues, used wherever the schema has no message of its own.
 *
 * Passed to `safeParse` as its error map, so it sees each issue's input (to tell "is required" from a wrong
 * type); schema-level messages such as "must look like 1.0.0" take precedence over it.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      return `expected ${describeExpected(issue.expected)}, found ${describeValue(issue.input)}`;
    case 'too_small':
      return describeTooSmall(issue);
    case 'too_big':
      return describeTooBig(issue);
    case 'invalid_value': {
      const allowed = listValues(issue.values);
      if (issue.input === undefined) {
        return issue.values.length === 1
          ? `is required and must be ${allowed}`
          : `is required (one of ${allowed})`;
      }
      return issue.values.length === 1 ? `must be ${allowed}` : `must be one of ${allowed}`;
    }
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.map((key) => quoted(key)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'has the wrong format' : `must be a valid ${issue.format}`;
    case 'custom':
      return 'is not valid';
    case 'invalid_union':
      return describeInvalidUnion(issue);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not valid';
    default:
      return undefined;
  }
}

function describeTooSmall(issue: Extract<z.core.$ZodRawIssue, { code: 'too_small' }>): string {
  const minimum = String(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return issue.minimum === 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
    case 'array':
      return `needs at least ${minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}${countOf(issue.input)}`;
    case 'number':
    case 'int':
      return issue.inclusive === false ? `must be more than ${minimum}` : `must be at least ${minimum}`;
    default:
      return 'is too small';
  }
}

function describeTooBig(issue: Extract<z.core.$ZodRawIssue, { code: 'too_big' }>): string {
  const maximum = String(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `must be at most ${maximum} characters long${countOf(issue.input)}`;
    case 'array':
      return `can have at most ${maximum} entries${countOf(issue.input)}`;
    case 'number':
    case 'int':
      return issue.inclusive === false ? `must be less than ${maximum}` : `must be at most ${maximum}`;
    default:
      return 'is too large';
  }
}

function describeInvalidUnion(issue: Extract<z.core.$ZodRawIssue, { code: 'invalid_union' }>): string {
  if (issue.discriminator === undefined) return 'does not match any allowed form';
  const options: unknown = 'options' in issue ? issue.options : undefined;
  const allowed = listValues(Array.isArray(options) ? options : []);
  const input = issue.input;
  const given: unknown =
    typeof input === 'object' && input !== null
      ? (input as Record<string, unknown>)[issue.discriminator]
      : undefined;
  return given === undefined ? `is required (one of ${allowed})` : `must be one of ${allowed}`;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text in double quotes';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list [ … ]';
    case 'object':
      return 'an object { … }';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ');
}

function countOf(input: unknown): string {
  return typeof input === 'string' || Array.isArray(input) ? ` (it has ${input.length})` : '';
}

// ---------------------------------------------------------------------------------------------------------
// Lessons

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// Sticky patterns, tried at one position of a line. Each is linear: no nested or overlapping repetition.
const TAG_START = /<[A-Za-z/!?]/y;
const URL_AUTOLINK = /<(?:https?:\/\/|mailto:)[^\s<>]*>/iy;
const EMAIL_AUTOLINK = /<[^\s<>@]+@[^\s<>@]+>/y;

/**
 * The (1-based) lines of Markdown that hold raw HTML: a `<` followed by a letter, `/`, `!` or `?`, outside
 * fenced code blocks and code spans, not escaped as `\<`, and not a web or e-mail autolink (`<https://…>`).
 *
 * Stricter than CommonMark on purpose: indented code and multi-line code spans are not recognised, so HTML in
 * them is refused too; authors show HTML in fenced blocks or single-line `code`.
 */
export function findRawHtmlLines(markdown: string): number[] {
  const found: number[] = [];
  let fence: { readonly marker: string; readonly length: number } | undefined;
  splitLines(markdown).forEach((line, index) => {
    const match = FENCE.exec(line);
    const marker = match?.[1] ?? '';
    const rest = match?.[2] ?? '';
    if (fence !== undefined) {
      if (match && marker[0] === fence.marker && marker.length >= fence.length && rest.trim() === '') {
        fence = undefined;
      }
      return;
    }
    // A backtick fence cannot have backticks in its info string; such a line is an inline code span instead.
    if (match && !(marker.startsWith('`') && rest.includes('`'))) {
      fence = { marker: marker.charAt(0), length: marker.length };
      return;
    }
    if (hasRawHtml(line)) found.push(index + 1);
  });
  return found;
}

/** Whether one line holds raw HTML outside code spans; linear in the line's length, whatever it holds. */
function hasRawHtml(line: string): boolean {
  const runs = backtickRuns(line);
  let run = 0;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === '\\') {
      index += 2;
    } else if (char === '`') {
      while ((runs[run]?.end ?? Infinity) <= index) run += 1;
      const current = runs[run];
      if (current === undefined) return false;
      // A code span runs to the next run of exactly as many backticks; without one, the run is literal text.
      // (A run entered part-way, after an escaped backtick, is literal too.)
      const close = current.start === index ? runs[current.closedBy] : undefined;
      index = close === undefined ? current.end : close.end;
      run = close === undefined ? run + 1 : current.closedBy + 1;
    } else if (char === '<') {
      if (matchesAt(TAG_START, line, index) === undefined) {
        index += 1;
      } else {
        const autolinkEnd = matchesAt(URL_AUTOLINK, line, index) ?? matchesAt(EMAIL_AUTOLINK, line, index);
        if (autolinkEnd === undefined) return true;
        index = autolinkEnd;
      }
    } else {
      index += 1;
    }
  }
  return false;
}

interface BacktickRun {
  readonly start: number;
  readonly end: number;
  /** The index (in the list of runs) of the next run of the same length, or -1. */
  readonly closedBy: number;
}

/** The runs of backticks in a line, each linked to the next run of the same length. */
function backtickRuns(line: string): BacktickRun[] {
  const found = [...line.matchAll(/`+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const nextOfLength = new Map<number, number>();
  const runs: BacktickRun[] = [];
  for (let position = found.length - 1; position >= 0; position -= 1) {
    const { start, end } = found[position] ?? { start: 0, end: 0 };
    runs[position] = { start, end, closedBy: nextOfLength.get(end - start) ?? -1 };
    nextOfLength.set(end - start, position);
  }
  return runs;
}

/** Where a sticky pattern's match at `index` ends, or undefined when it does not match there. */
function matchesAt(pattern: RegExp, line: string, index: number): number | undefined {
  pattern.lastIndex = index;
  return pattern.test(line) ? pattern.lastIndex : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Converts offsets in a text to 1-based lines and columns (columns count UTF-16 code units). */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index];
      if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) this.starts.push(index + 1);
    }
  }

  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  lineOf(offset: number): number {
    return this.positionOf(offset).line;
  }
}

/** `manifest.json line 42, steps[3].options[1].explanation` */
function manifestWhere(line: number, path: JsonPath): string {
  const field = formatPath(path);
  return field === '' ? `${MANIFEST_PATH} line ${line}` : `${MANIFEST_PATH} line ${line}, ${field}`;
}

function formatPath(path: JsonPath): string {
  let formatted = '';
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]{0,39}$/.test(segment)) formatted += formatted === '' ? segment : `.${segment}`;
    else formatted += `[${quoted(segment)}]`;
  }
  return formatted;
}

function fail<T>(where: string, message: string): PackOutcome<T> {
  return { ok: false, problems: [{ where, message }] };
}
