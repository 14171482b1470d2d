/**
 * Generators of malformed content packs, for the fuzz tests of the pack pipeline (test code only).
 *
 * Every case starts from nothing (random bytes) or from a valid pack built from a bundled module's manifest,
 * and says what was done to it, so a failing case reads as a sentence. Zips are built with fflate, so unless
 * a case damages them on purpose their checksums are right and only the content is wrong.
 */
import fc from 'fast-check';
import { Zip, ZipPassThrough, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import boundarySpanners from '../../assets/modules/boundary-spanners-and-stress/manifest.json';
import leadingATeam from '../../assets/modules/leading-a-service-team/manifest.json';
import whatCustomersWant from '../../assets/modules/what-customers-want/manifest.json';
import { MAX_PACK_ENTRIES, MAX_PACK_FILE_BYTES } from './pack-files';

/** JSON as the generators handle it. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonPath = readonly (string | number)[];

/** A generated pack: the zip's bytes, and what was done to make it. */
export interface MalformedPack {
  readonly kind: string;
  readonly bytes: Uint8Array;
  /** The manifest text inside the zip, when the case built one (for oracles that compare with the schema). */
  readonly manifestText?: string;
  /** Entry names the case put in the zip, when it chose them. */
  readonly entryNames?: readonly string[];
}

/** A valid pack as files: a bundled module's manifest, with short Markdown for each lesson it names. */
export interface SourcePack {
  readonly name: string;
  readonly manifest: Json;
  readonly lessons: Readonly<Record<string, string>>;
}

const encoder = new TextEncoder();
const encode = (text: string): Uint8Array => encoder.encode(text);

function sourcePack(name: string, manifest: unknown): SourcePack {
  // A JSON import is plain data; the cast only narrows `unknown` to the JSON shape it already has.
  const json = manifest as Json;
  const lessons: Record<string, string> = {};
  const steps = (json as { steps?: { type?: string; file?: string; title?: string }[] }).steps ?? [];
  for (const step of steps) {
    if (step.type === 'lesson' && typeof step.file === 'string') {
      lessons[step.file] =
        `# ${step.title ?? 'Lesson'}\n\nA short lesson for the fuzz tests.\n\n- one point\n- another point\n`;
    }
  }
  return { name, manifest: json, lessons };
}

/** Three bundled modules, as valid packs. */
export const SOURCE_PACKS: readonly SourcePack[] = [
  sourcePack('boundary-spanners-and-stress', boundarySpanners),
  sourcePack('leading-a-service-team', leadingATeam),
  sourcePack('what-customers-want', whatCustomersWant),
];

/** The text of a manifest as an author would save it. */
export function manifestTextOf(manifest: unknown): string {
  return JSON.stringify(manifest, null, 2);
}

/** Zips a manifest text and lessons, with correct checksums. */
export function zipPack(manifestText: string, lessons: Readonly<Record<string, string>>): Uint8Array {
  const files: Zippable = { 'manifest.json': encode(manifestText) };
  for (const [path, text] of Object.entries(lessons)) files[path] = encode(text);
  return zipSync(files);
}

/** The valid packs, zipped. */
export const VALID_ZIPS: readonly Uint8Array[] = SOURCE_PACKS.map((pack) =>
  zipPack(manifestTextOf(pack.manifest), pack.lessons),
);

const sourcePackArbitrary = fc.constantFrom(...SOURCE_PACKS);

/** Gives a generated pack a short printed form, so a failing case reads as what was done, not as its bytes. */
function printable<T extends MalformedPack>(pack: T): T {
  return Object.assign(pack, {
    [fc.toStringMethod]: () =>
      `${pack.kind} (${pack.bytes.length} bytes${pack.manifestText === undefined ? '' : `, manifest of ${pack.manifestText.length} characters`})`,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Random and damaged bytes

/** Random bytes, bare or behind a zip signature. */
export const randomBytesPack: fc.Arbitrary<MalformedPack> = fc
  .oneof(
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ kind: 'random bytes', bytes })),
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({
      kind: 'random bytes behind a zip signature',
      bytes: concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), bytes),
    })),
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({
      kind: 'random bytes ending in an empty zip directory',
      bytes: concat(bytes, Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0))),
    })),
  )
  .map(printable);

/** A valid pack's zip truncated, bit-flipped, overwritten or spliced. */
export const damagedZipPack: fc.Arbitrary<MalformedPack> = fc
  .tuple(
    fc.nat({ max: VALID_ZIPS.length - 1 }),
    fc.oneof(
      fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('bit-flipped' as const),
        flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 7 })), { minLength: 1, maxLength: 8 }),
      }),
      fc.record({
        kind: fc.constant('bytes overwritten' as const),
        writes: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
      }),
      fc.record({
        kind: fc.constant('directory overwritten' as const),
        fromEnd: fc.nat({ max: 400 }),
        value: fc.nat({ max: 255 }),
      }),
      fc.record({
        kind: fc.constant('random bytes spliced in' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
    ),
  )
  .map(([index, damage]) => {
    const zip = VALID_ZIPS[index] ?? new Uint8Array();
    let bytes: Uint8Array;
    switch (damage.kind) {
      case 'truncated':
        bytes = zip.slice(0, damage.at % zip.length);
        break;
      case 'bit-flipped':
        bytes = zip.slice();
        for (const [at, bit] of damage.flips)
          bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ (1 << bit);
        break;
      case 'bytes overwritten':
        bytes = zip.slice();
        for (const [at, value] of damage.writes) bytes[at % bytes.length] = value;
        break;
      case 'directory overwritten':
        bytes = zip.slice();
        bytes[Math.max(0, bytes.length - 1 - damage.fromEnd)] = damage.value;
        break;
      case 'random bytes spliced in': {
        const at = damage.at % zip.length;
        bytes = concat(zip.subarray(0, at), damage.bytes, zip.subarray(at));
        break;
      }
    }
    return { kind: `valid zip, ${damage.kind}`, bytes };
  })
  .map(printable);

// ---------------------------------------------------------------------------------------------------------
// Valid zips of a wrong manifest

/** Every path to a value in a JSON document (the root excluded). */
function pathsOf(value: Json, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

function objectPathsOf(value: Json, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPathsOf(item, [...prefix, index]));
  if (value !== null && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => objectPathsOf(item, [...prefix, key]))];
  }
  return [];
}

/** A deep copy of a manifest with the value at `path` replaced (or removed, when `replacement` is undefined). */
function withValueAt(manifest: Json, path: JsonPath, replacement: Json | undefined): Json {
  const copy = structuredClone(manifest);
  const parentPath = path.slice(0, -1);
  const last = path.at(-1);
  let parent: Json = copy;
  for (const segment of parentPath) {
    parent = (parent as Record<string | number, Json>)[segment] ?? null;
  }
  if (last === undefined || parent === null || typeof parent !== 'object') return copy;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (replacement === undefined) parent.splice(last, 1);
    else parent[last] = replacement;
  } else if (!Array.isArray(parent)) {
    if (replacement === undefined) Reflect.deleteProperty(parent, String(last));
    else parent[String(last)] = replacement;
  }
  return copy;
}

/** What a manifest mutation does, as it will read in a failing case. */
type ManifestChange =
  | { readonly kind: 'field removed'; readonly pick: number }
  | { readonly kind: 'value of the wrong type'; readonly pick: number; readonly value: Json }
  | {
      readonly kind: 'unknown field added';
      readonly pick: number;
      readonly key: string;
      readonly value: Json;
    }
  | { readonly kind: 'huge string'; readonly pick: number; readonly length: number; readonly char: string }
  | { readonly kind: 'deep nesting'; readonly pick: number; readonly depth: number; readonly open: string }
  | { readonly kind: 'hostile text'; readonly pick: number; readonly text: string };

const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  '\u0000\u0001\u001f',
  '\ud800',
  '\u202e\u200b\ufeff',
  '{{t}}',
  '%s%n',
  ' ',
  '',
] as const;

const manifestChange: fc.Arbitrary<ManifestChange> = fc.oneof(
  fc.record({ kind: fc.constant('field removed' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('value of the wrong type' as const),
    pick: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }).map((value) => value as Json),
  }),
  fc.record({
    kind: fc.constant('unknown field added' as const),
    pick: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('__proto__', 'constructor', 'toString'),
      fc.integer({ min: 100, max: 20_000 }).map((length) => 'k'.repeat(length)),
    ),
    value: fc.jsonValue({ maxDepth: 2 }).map((value) => value as Json),
  }),
  fc.record({
    kind: fc.constant('huge string' as const),
    pick: fc.nat(),
    length: fc.integer({ min: 1_000, max: 100_000 }),
    char: fc.constantFrom('a', 'é', '"', '\\', '😀', '<', '\n'),
  }),
  fc.record({
    kind: fc.constant('deep nesting' as const),
    pick: fc.nat(),
    depth: fc.integer({ min: 50, max: 20_000 }),
    open: fc.constantFrom('[', '{"a":'),
  }),
  fc.record({
    kind: fc.constant('hostile text' as const),
    pick: fc.nat(),
    text: fc.constantFrom(...HOSTILE_TEXT),
  }),
);

const DEEP_PLACEHOLDER = '__fuzz_deep_nesting__';

/** Applies one change to a manifest and returns the manifest's text. */
function applyChange(manifest: Json, change: ManifestChange): string {
  const paths = pathsOf(manifest);
  const path = paths[change.pick % paths.length] ?? ['id'];
  switch (change.kind) {
    case 'field removed':
      return manifestTextOf(withValueAt(manifest, path, undefined));
    case 'value of the wrong type':
      return manifestTextOf(withValueAt(manifest, path, change.value));
    case 'unknown field added': {
      const objects = objectPathsOf(manifest);
      const objectPath = objects[change.pick % objects.length] ?? [];
      // Written as text so that a "__proto__" key stays a key, as it would in a file.
      const text = manifestTextOf(withValueAt(manifest, [...objectPath, DEEP_PLACEHOLDER], true));
      return text.replace(
        `${JSON.stringify(DEEP_PLACEHOLDER)}: true`,
        // A function, so "$&" and the like in a generated key are not replacement patterns.
        () => `${JSON.stringify(change.key)}: ${JSON.stringify(change.value)}`,
      );
    }
    case 'huge string':
      return manifestTextOf(withValueAt(manifest, path, change.char.repeat(change.length)));
    case 'deep nesting': {
      const close = change.open === '[' ? ']' : '}';
      const nested = `${change.open.repeat(change.depth)}1${close.repeat(change.depth)}`;
      return manifestTextOf(withValueAt(manifest, path, DEEP_PLACEHOLDER)).replace(
        JSON.stringify(DEEP_PLACEHOLDER),
        () => nested,
      );
    }
    case 'hostile text':
      return manifestTextOf(withValueAt(manifest, path, change.text));
  }
}

/** A valid zip whose manifest has one to three wrong fields, types, extra fields, huge strings or deep nesting. */
export const wrongManifestPack: fc.Arbitrary<MalformedPack> = fc
  .tuple(sourcePackArbitrary, fc.array(manifestChange, { minLength: 1, maxLength: 3 }))
  .map(([pack, changes]) => {
    let manifest = pack.manifest;
    let manifestText = manifestTextOf(manifest);
    for (const change of changes) {
      manifestText = applyChange(manifest, change);
      // Later changes apply to this manifest, except after deep nesting (too deep to walk again).
      if (change.kind !== 'deep nesting') manifest = JSON.parse(manifestText) as Json;
    }
    return {
      kind: `valid zip, manifest changed: ${changes.map((change) => change.kind).join(', ')}`,
      bytes: zipPack(manifestText, pack.lessons),
      manifestText,
    };
  })
  .map(printable);

/** Text edits that break JSON syntax. */
const syntaxEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      ',',
      '{',
      '}',
      '[',
      ']',
      ':',
      'null',
      '"extra": 1,',
      '//',
      '/*',
      '\\',
      '\u0000',
      'NaN',
    ),
  }),
);

/** A valid zip whose manifest text has had characters deleted or inserted. */
export const brokenSyntaxPack: fc.Arbitrary<MalformedPack> = fc
  .tuple(sourcePackArbitrary, fc.array(syntaxEdit, { minLength: 1, maxLength: 6 }))
  .map(([pack, edits]) => {
    let text = manifestTextOf(pack.manifest);
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      text =
        edit.kind === 'delete'
          ? text.slice(0, at) + text.slice(at + edit.length)
          : text.slice(0, at) + edit.text + text.slice(at);
    }
    return {
      kind: 'valid zip, manifest text edited',
      bytes: zipPack(text, pack.lessons),
      manifestText: text,
    };
  })
  .map(printable);

/** Raw HTML a lesson might try to smuggle in. */
export const RAW_HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<iframe src="https://example.com"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload=alert(1)>',
  '<!-- hidden -->',
  '<div style="display:none">x</div>',
  '</p>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE html>',
  'text <b>bold</b> text',
] as const;

/** A valid pack whose first lesson has a line of raw HTML; says which file and line. */
export const rawHtmlPack: fc.Arbitrary<MalformedPack & { readonly lesson: string; readonly line: number }> =
  fc
    .tuple(sourcePackArbitrary, fc.constantFrom(...RAW_HTML), fc.nat())
    .map(([pack, html, position]) => {
      const [lesson = 'lessons/none.md', text = ''] = Object.entries(pack.lessons)[0] ?? [];
      const lines = text.split('\n');
      // Insert as a paragraph of its own (blank lines around it), never inside the lesson's list.
      const at = [0, 2, lines.length][position % 3] ?? 0;
      lines.splice(at, 0, '', html, '');
      return {
        kind: `raw HTML in ${lesson}`,
        bytes: zipPack(manifestTextOf(pack.manifest), { ...pack.lessons, [lesson]: lines.join('\n') }),
        lesson,
        line: at + 2,
      };
    })
    .map(printable);

// ---------------------------------------------------------------------------------------------------------
// Hostile archive structure

const HOSTILE_NAMES = [
  '../evil.md',
  '../../manifest.json',
  'lessons/../../escape.md',
  '/etc/passwd',
  '/manifest.json',
  'C:\\Windows\\win.ini',
  'c:/evil.md',
  'lessons\\..\\..\\evil.md',
  'manifest.json\u0000.md',
  './manifest.json',
  '.',
  './',
  '__MACOSX/._manifest.json',
  '.DS_Store',
  'a//b',
  'lessons/',
] as const;

/** A valid pack with extra entries whose names try to leave the pack, or collide with others. */
export const hostileNamesPack: fc.Arbitrary<MalformedPack> = fc
  .tuple(
    sourcePackArbitrary,
    fc.array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_NAMES),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.boolean(),
  )
  .map(([pack, names, duplicateManifest]) => {
    const entries: [string, Uint8Array][] = [['manifest.json', encode(manifestTextOf(pack.manifest))]];
    for (const [path, text] of Object.entries(pack.lessons)) entries.push([path, encode(text)]);
    for (const name of names) entries.push([name, encode('# Not from this pack\n')]);
    if (duplicateManifest) entries.push(['manifest.json', encode('{"schemaVersion": 1}')]);
    return {
      kind: `valid pack plus entries named ${names.map((name) => JSON.stringify(name)).join(', ')}${duplicateManifest ? ', and a second manifest.json' : ''}`,
      bytes: zipEntries(entries),
      entryNames: entries.map(([name]) => name),
    };
  })
  .map(printable);

/** Zips entries in order, allowing names that repeat (which `zipSync`'s object cannot). */
export function zipEntries(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of entries) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return concat(...chunks);
}

/** Zip bombs and lying directories within the size limits: expensive cases, to be run less often. */
export const bombPack: fc.Arbitrary<MalformedPack> = fc
  .tuple(
    sourcePackArbitrary,
    fc.oneof(
      fc.record({
        kind: fc.constant('one entry inflating to its limit' as const),
        size: fc.integer({ min: 1, max: MAX_PACK_FILE_BYTES }),
      }),
      fc.record({ kind: fc.constant('six 2 MB entries, over the pack limit' as const) }),
      fc.record({
        kind: fc.constant('a lesson that declares less than it inflates to' as const),
        declared: fc.nat({ max: 1000 }),
      }),
      fc.record({
        kind: fc.constant('an entry that declares more than the limits' as const),
        declared: fc.integer({ min: MAX_PACK_FILE_BYTES + 1, max: 0xfffffffe }),
      }),
      fc.record({ kind: fc.constant('too many entries' as const), extra: fc.integer({ min: 1, max: 50 }) }),
      fc.record({
        kind: fc.constant('an unsupported compression method' as const),
        method: fc.integer({ min: 1, max: 99 }).filter((method) => method !== 8),
      }),
      fc.record({ kind: fc.constant('an entry marked as encrypted' as const) }),
    ),
  )
  .map(([pack, bomb]) => {
    const manifestText = manifestTextOf(pack.manifest);
    const lessonFiles = Object.fromEntries(
      Object.entries(pack.lessons).map(([path, text]) => [path, encode(text)]),
    );
    const base: Zippable = { 'manifest.json': encode(manifestText), ...lessonFiles };
    let bytes: Uint8Array;
    switch (bomb.kind) {
      case 'one entry inflating to its limit':
        bytes = zipSync({ ...base, 'lessons/zeros.md': new Uint8Array(bomb.size) }, { level: 9 });
        break;
      case 'six 2 MB entries, over the pack limit': {
        const files: Zippable = { ...base };
        for (let index = 0; index < 6; index += 1)
          files[`extra/${index}.bin`] = new Uint8Array(MAX_PACK_FILE_BYTES);
        bytes = zipSync(files, { level: 9 });
        break;
      }
      case 'a lesson that declares less than it inflates to':
        bytes = patchEntry(
          zipSync({ ...base, 'lessons/zeros.md': new Uint8Array(MAX_PACK_FILE_BYTES) }, { level: 9 }),
          'lessons/zeros.md',
          { size: bomb.declared },
        );
        break;
      case 'an entry that declares more than the limits':
        bytes = patchEntry(zipSync(base), 'manifest.json', { size: bomb.declared });
        break;
      case 'too many entries': {
        const files: Zippable = { ...base };
        for (let index = 0; index < MAX_PACK_ENTRIES + bomb.extra; index += 1)
          files[`extra/${index}.md`] = new Uint8Array(1);
        bytes = zipSync(files, { level: 0 });
        break;
      }
      case 'an unsupported compression method':
        bytes = patchEntry(zipSync(base), 'manifest.json', { method: bomb.method });
        break;
      case 'an entry marked as encrypted':
        bytes = patchEntry(zipSync(base), 'manifest.json', { encrypted: true });
        break;
    }
    return { kind: `zip with ${bomb.kind}`, bytes, manifestText };
  })
  .map(printable);

/** Every kind of malformed pack, for tests that run a sample of them through the database. */
export const anyMalformedPack: fc.Arbitrary<MalformedPack> = fc.oneof(
  randomBytesPack,
  damagedZipPack,
  wrongManifestPack,
  brokenSyntaxPack,
  rawHtmlPack,
  hostileNamesPack,
);

// ---------------------------------------------------------------------------------------------------------
// Byte helpers

function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

/**
 * Rewrites fields of one entry in both its local header and the central directory of a zip fflate made
 * (no archive comment, no ZIP64): its declared uncompressed size, compression method or encryption flag.
 */
function patchEntry(
  zip: Uint8Array,
  name: string,
  change: { readonly size?: number; readonly method?: number; readonly encrypted?: boolean },
): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const end = bytes.length - 22;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    const nameLength = view.getUint16(offset + 28, true);
    const entryName = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (entryName === name) {
      const local = view.getUint32(offset + 42, true);
      if (change.size !== undefined) {
        view.setUint32(offset + 24, change.size, true);
        view.setUint32(local + 22, change.size, true);
      }
      if (change.method !== undefined) {
        view.setUint16(offset + 10, change.method, true);
        view.setUint16(local + 8, change.method, true);
      }
      if (change.encrypted === true) {
        view.setUint16(offset + 8, view.getUint16(offset + 8, true) | 1, true);
        view.setUint16(local + 6, view.getUint16(local + 6, true) | 1, true);
      }
    }
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
