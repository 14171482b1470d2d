/**
 * The files of a content pack: read safely from a zip archive or taken from a folder, with paths normalised.
 *
 * A pack comes from outside, so nothing here trusts it. fflate's `unzipSync` reads the archive's directory
 * without inflating anything, and entry counts and declared sizes are checked first, so a zip bomb is refused
 * unopened. Entries are then inflated a small chunk at a time and abandoned as soon as they yield more than
 * they declared (`unzipSync` would silently cut such an entry short, after spending the time to inflate all of
 * it), and each one's CRC-32 is checked. Paths that could reach outside the pack are refused. Problems are
 * returned, never thrown.
 *
 * Pack problems are the one accepted exception to "a problem's message is an i18n key": they are written for
 * the pack's author, in English, and shown as they are (the format and its documentation are English only).
 */
import { Inflate, unzipSync } from 'fflate';
import type { UnzipFileInfo } from 'fflate';
import type { Outcome, Problem } from '../domain/outcome';

/** The outcome of reading or checking a pack; problems name the file (and line, field) at fault. */
export type PackOutcome<T> = Outcome<T>;

/** A pack's files keyed by normalised relative path (`manifest.json`, `lessons/intro.md`). */
export type PackFiles = ReadonlyMap<string, Uint8Array>;

/** The most entries (files and folders) a pack archive may hold. */
export const MAX_PACK_ENTRIES = 200;

/** The most bytes one file of a pack may hold, uncompressed. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;

/** The most bytes all files of a pack may hold together, uncompressed. */
export const MAX_PACK_TOTAL_BYTES = 10 * 1024 * 1024;

/** The most problems reported for one pack; the rest are counted in a final problem. */
export const MAX_REPORTED_PROBLEMS = 50;

const ARCHIVE = 'zip archive';
const FOLDER = 'pack folder';
const NOT_A_ZIP = 'file is not a readable zip archive';
const STORED = 0;
const DEFLATE = 8;

/** Thrown from fflate's filter to stop scanning an archive that declares too many entries. */
class TooManyEntries extends Error {}

type PathVerdict =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'refused'; readonly message: string };

interface Entry {
  readonly path: string;
  readonly size: number;
}

/** Reads a pack from the bytes of a zip archive; never throws, whatever the bytes. */
export function readPackArchive(bytes: Uint8Array): PackOutcome<PackFiles> {
  try {
    return readArchive(bytes);
  } catch {
    return { ok: false, problems: [{ where: ARCHIVE, message: NOT_A_ZIP }] };
  }
}

/** Takes a pack from a folder's (or bundled module's) files, keyed by relative path; text is stored as UTF-8. */
export function packFilesFromRecord(
  record: Readonly<Record<string, string | Uint8Array>>,
): PackOutcome<PackFiles> {
  const problems: Problem[] = [];
  const names = Object.keys(record);
  if (names.length > MAX_PACK_ENTRIES) return failWith([tooManyEntries(FOLDER)], FOLDER);
  const encoder = new TextEncoder();
  const entries: { entry: Entry; bytes: Uint8Array }[] = [];
  for (const name of names) {
    const content = record[name];
    if (content === undefined) continue;
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const verdict = judgePath(name);
    if (verdict.kind === 'refused') {
      problems.push({ where: displayName(name), message: verdict.message });
    } else if (verdict.kind === 'file') {
      entries.push({ entry: { path: verdict.path, size: bytes.length }, bytes });
    }
  }
  const sized = entries.map(({ entry }) => entry);
  problems.push(...checkEntries(sized, FOLDER));
  if (problems.length === 0 && entries.length === 0) problems.push(noFiles(FOLDER));
  if (problems.length > 0) return failWith(problems, FOLDER);
  return { ok: true, value: arrange(entries.map(({ entry, bytes }) => [entry.path, bytes])) };
}

/** Caps a problem list at MAX_REPORTED_PROBLEMS, the last one saying how many more there were. */
export function capProblems(problems: readonly Problem[], where: string): readonly Problem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_REPORTED_PROBLEMS - 1);
  return [...kept, moreProblems(problems.length - kept.length, where)];
}

/** The last problem of a capped list: how many more there were. */
export function moreProblems(count: number, where: string): Problem {
  return { where, message: `…and ${count} more problems` };
}

/** Formats a byte count for authors: "512 KB", "2 MB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  // Rounded up to a tenth, so a file just over a limit never shows as equal to it.
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}

function readArchive(bytes: Uint8Array): PackOutcome<PackFiles> {
  // First pass: fflate reads the central directory; its filter refuses every entry, so nothing is inflated.
  const declared: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        declared.push(info);
        if (declared.length > MAX_PACK_ENTRIES) throw new TooManyEntries();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) return failWith([tooManyEntries(ARCHIVE)], ARCHIVE);
    throw error;
  }
  const records = readDirectoryRecords(bytes);
  if (records === 'zip64') {
    return failWith(
      [
        {
          where: ARCHIVE,
          message:
            'uses ZIP64 extensions, which packs do not need; zip the pack again with a standard zip tool',
        },
      ],
      ARCHIVE,
    );
  }
  if (records.length !== declared.length) throw new Error('central directory entries disagree');

  const problems: Problem[] = [];
  const entries: (Entry & { readonly info: UnzipFileInfo; readonly record: DirectoryRecord })[] = [];
  declared.forEach((info, index) => {
    const record = records[index];
    if (record === undefined) return;
    const verdict = judgePath(info.name);
    if (verdict.kind === 'refused') {
      problems.push({ where: displayName(info.name), message: verdict.message });
    } else if (verdict.kind === 'file') {
      if (record.isEncrypted) {
        problems.push({
          where: verdict.path,
          message: 'is encrypted; a pack must not be password-protected',
        });
      } else if (info.compression !== STORED && info.compression !== DEFLATE) {
        problems.push({
          where: verdict.path,
          message: `uses an unsupported compression method (${info.compression}); zip the pack with standard (Deflate) compression`,
        });
      }
      entries.push({ path: verdict.path, size: info.originalSize, info, record });
    }
  });
  problems.push(...checkEntries(entries, ARCHIVE));
  if (problems.length === 0 && entries.length === 0) problems.push(noFiles(ARCHIVE));
  if (problems.length > 0) return failWith(problems, ARCHIVE);

  // Second pass: every declared size is within the limits. Inflate each entry, stopping as soon as it yields
  // more than it declared (so a lying entry costs no more than its declared size), and verify its checksum.
  const files: [string, Uint8Array][] = [];
  for (const entry of entries) {
    const content = extractEntry(bytes, entry.record, entry.info);
    if (content === undefined) {
      problems.push({
        where: entry.path,
        message: 'is damaged: its contents do not match the archive directory',
      });
    } else {
      files.push([entry.path, content]);
    }
  }
  if (problems.length > 0) return failWith(problems, ARCHIVE);
  return { ok: true, value: arrange(files) };
}

/** What fflate's filter does not report about an entry: where its data is, its checksum, and encryption. */
interface DirectoryRecord {
  readonly localHeaderOffset: number;
  readonly compressedSize: number;
  readonly crc: number;
  readonly isEncrypted: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_MARKER = 0xffffffff;
const INFLATE_CHUNK_BYTES = 4 * 1024;

/**
 * Reads the central directory in the order fflate does. Throws on a malformed directory (the caller reports
 * an unreadable archive); ZIP64 archives are not read (no pack comes near its limits).
 */
function readDirectoryRecords(bytes: Uint8Array): DirectoryRecord[] | 'zip64' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) {
    end -= 1;
    if (bytes.length - end > 65558) end = -1;
  }
  if (end < 0) throw new Error('no end of central directory');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) return 'zip64';
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARKER) return 'zip64';
  const records: DirectoryRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(offset, true) !== DIRECTORY_HEADER) throw new Error('bad central directory header');
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === ZIP64_MARKER || size === ZIP64_MARKER || localHeaderOffset === ZIP64_MARKER)
      return 'zip64';
    records.push({
      localHeaderOffset,
      compressedSize,
      crc: view.getUint32(offset + 16, true),
      isEncrypted: (view.getUint16(offset + 8, true) & 1) === 1,
    });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return records;
}

/** One entry's contents, or undefined when they are not what the directory says (size, checksum, bounds). */
function extractEntry(
  bytes: Uint8Array,
  record: DirectoryRecord,
  info: UnzipFileInfo,
): Uint8Array | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const header = record.localHeaderOffset;
    if (view.getUint32(header, true) !== LOCAL_HEADER) return undefined;
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const compressed = bytes.subarray(start, start + record.compressedSize);
    if (compressed.length !== record.compressedSize) return undefined;
    const content =
      info.compression === STORED ? compressed.slice() : inflateAtMost(compressed, info.originalSize);
    if (content?.length !== info.originalSize || crc32(content) !== record.crc) return undefined;
    return content;
  } catch {
    return undefined;
  }
}

/** Inflates DEFLATE data a small chunk at a time, giving up once it yields more than `limit` bytes. */
function inflateAtMost(compressed: Uint8Array, limit: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  let at = 0;
  do {
    const next = Math.min(at + INFLATE_CHUNK_BYTES, compressed.length);
    inflater.push(compressed.subarray(at, next), next === compressed.length);
    at = next;
  } while (at < compressed.length && total <= limit);
  if (total > limit) return undefined;
  const content = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    content.set(chunk, position);
    position += chunk.length;
  }
  return content;
}

let crcTable: Uint32Array | undefined;

/** The CRC-32 of some bytes, as zip archives record it. */
function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value >>> 0;
  });
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (crcTable[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Checks the limits that apply across entries: per-file and total size, duplicates, and emptiness. */
function checkEntries(entries: readonly Entry[], packWhere: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (seen.has(entry.path)) {
      problems.push({ where: entry.path, message: 'appears twice in the pack' });
    }
    seen.add(entry.path);
    if (entry.size > MAX_PACK_FILE_BYTES) {
      problems.push({
        where: entry.path,
        message: `is ${formatBytes(entry.size)} uncompressed; a file may be at most ${formatBytes(MAX_PACK_FILE_BYTES)}`,
      });
    }
    total += entry.size;
  }
  if (total > MAX_PACK_TOTAL_BYTES) {
    problems.push({
      where: packWhere,
      message: `the files add up to ${formatBytes(total)} uncompressed; a pack may hold at most ${formatBytes(MAX_PACK_TOTAL_BYTES)}`,
    });
  }
  return problems;
}

/** Decides what to do with one path: keep it (normalised), ignore it, or refuse the pack because of it. */
function judgePath(name: string): PathVerdict {
  if (name.includes('\0')) return refuse('contains a NUL character');
  if (name.includes('\\')) return refuse('uses backslashes; paths in a pack must use forward slashes (/)');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return refuse('is an absolute path; paths in a pack must be relative to the pack');
  }
  const segments = name.split('/');
  if (segments.includes('..')) return refuse('points outside the pack (..); paths must stay inside it');
  if (name.endsWith('/')) return { kind: 'ignored' };
  if (segments.includes('__MACOSX') || segments.at(-1) === '.DS_Store') return { kind: 'ignored' };
  const kept = segments.filter((segment) => segment !== '' && segment !== '.');
  if (kept.length === 0) return { kind: 'ignored' };
  return { kind: 'file', path: kept.join('/') };
}

function refuse(message: string): PathVerdict {
  return { kind: 'refused', message };
}

/** Builds the pack's map, stripping one top-level folder when every file sits inside it (a zipped folder). */
function arrange(files: readonly (readonly [string, Uint8Array])[]): PackFiles {
  const firstSegments = new Set(files.map(([path]) => (path.includes('/') ? path.split('/')[0] : '')));
  const [onlyFolder] = firstSegments;
  const strip = firstSegments.size === 1 && onlyFolder !== undefined && onlyFolder !== '';
  return new Map(files.map(([path, bytes]) => [strip ? path.slice(path.indexOf('/') + 1) : path, bytes]));
}

function noFiles(where: string): Problem {
  return { where, message: 'the pack contains no files' };
}

function tooManyEntries(where: string): Problem {
  return {
    where,
    message: `holds more than ${MAX_PACK_ENTRIES} files and folders; a pack may hold at most ${MAX_PACK_ENTRIES}`,
  };
}

/** A path as shown in a problem: control characters escaped, long names shortened. */
function displayName(name: string): string {
  const escaped = JSON.stringify(name).slice(1, -1);
  return escaped.length > 200 ? `${escaped.slice(0, 199)}…` : escaped;
}

function failWith(problems: readonly Problem[], summaryWhere: string): PackOutcome<never> {
  return { ok: false, problems: capProblems(problems, summaryWhere) };
}
