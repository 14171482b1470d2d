import { unzipSync, zipSync } from 'fflate';
import type * as Fflate from 'fflate';
import { describe, expect, it, vi } from 'vitest';

/** How many bytes the reader's streaming inflater has yielded, counted by wrapping fflate's `Inflate`. */
const inflated = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const actual = await importOriginal<typeof Fflate>();
  class CountingInflate extends actual.Inflate {
    constructor(ondata?: Fflate.FlateStreamHandler) {
      super((chunk, final) => {
        inflated.bytes += chunk.length;
        ondata?.(chunk, final);
      });
    }
  }
  return { ...actual, Inflate: CountingInflate };
});
import {
  capProblems,
  formatBytes,
  MAX_PACK_ENTRIES,
  MAX_PACK_FILE_BYTES,
  MAX_PACK_TOTAL_BYTES,
  MAX_REPORTED_PROBLEMS,
  packFilesFromRecord,
  readPackArchive,
} from './pack-files';
import type { PackFiles, PackOutcome } from './pack-files';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function expectFiles(outcome: PackOutcome<PackFiles>): PackFiles {
  if (!outcome.ok) throw new Error(`expected files, got ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

function expectProblems(outcome: PackOutcome<unknown>): readonly { where: string; message: string }[] {
  if (outcome.ok) throw new Error('expected problems, got a value');
  expect(outcome.problems.length).toBeGreaterThan(0);
  return outcome.problems;
}

/** A copy of an archive with one entry's central directory header changed. */
function patchDirectory(
  zip: Uint8Array,
  name: string,
  patch: (view: DataView, header: number) => void,
): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  const nameBytes = text(name);
  for (let offset = 0; offset + 46 <= patched.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const entryName = patched.subarray(offset + 46, offset + 46 + nameLength);
    if (nameLength === nameBytes.length && entryName.every((byte, index) => byte === nameBytes[index])) {
      patch(view, offset);
      return patched;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

/** A copy of an archive whose directory declares another uncompressed size for one entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  return patchDirectory(zip, name, (view, header) => view.setUint32(header + 24, size, true));
}

const DAMAGED = 'is damaged: its contents do not match the archive directory';

describe('readPackArchive', () => {
  it('reads the files of a zip, keyed by relative path', () => {
    const files = expectFiles(
      readPackArchive(zipSync({ 'manifest.json': text('{}'), 'lessons/intro.md': text('# Hi') })),
    );
    expect([...files.keys()].sort()).toEqual(['lessons/intro.md', 'manifest.json']);
    expect(new TextDecoder().decode(files.get('lessons/intro.md'))).toBe('# Hi');
  });

  it('strips the one top-level folder of a zipped folder', () => {
    const files = expectFiles(
      readPackArchive(
        zipSync({
          'my-pack/': new Uint8Array(),
          'my-pack/manifest.json': text('{}'),
          'my-pack/lessons/intro.md': text('# Hi'),
        }),
      ),
    );
    expect([...files.keys()].sort()).toEqual(['lessons/intro.md', 'manifest.json']);
  });

  it('does not strip a folder when files sit beside it', () => {
    const files = expectFiles(
      readPackArchive(zipSync({ 'manifest.json': text('{}'), 'lessons/intro.md': text('# Hi') })),
    );
    expect(files.has('intro.md')).toBe(false);
  });

  it('ignores folder entries and macOS junk', () => {
    const files = expectFiles(
      readPackArchive(
        zipSync({
          'pack/manifest.json': text('{}'),
          'pack/.DS_Store': text('junk'),
          '__MACOSX/pack/._manifest.json': text('junk'),
          'pack/lessons/': new Uint8Array(),
        }),
      ),
    );
    expect([...files.keys()]).toEqual(['manifest.json']);
  });

  it('normalises ./ and doubled slashes', () => {
    const files = expectFiles(
      readPackArchive(zipSync({ './manifest.json': text('{}'), 'lessons//a.md': text('a') })),
    );
    expect([...files.keys()].sort()).toEqual(['lessons/a.md', 'manifest.json']);
  });

  it('refuses a path that climbs out of the pack', () => {
    const problems = expectProblems(
      readPackArchive(zipSync({ 'manifest.json': text('{}'), '../x': text('x') })),
    );
    expect(problems).toEqual([
      { where: '../x', message: expect.stringContaining('outside the pack') as string },
    ]);
  });

  it('refuses absolute paths, backslashes and NUL characters', () => {
    const problems = expectProblems(
      readPackArchive(
        zipSync({
          '/etc/passwd': text('x'),
          'C:/Windows/x.md': text('x'),
          'lessons\\a.md': text('x'),
          'lessons/a\0.md': text('x'),
        }),
      ),
    );
    expect(problems).toEqual([
      { where: '/etc/passwd', message: expect.stringContaining('absolute path') as string },
      { where: 'C:/Windows/x.md', message: expect.stringContaining('absolute path') as string },
      { where: 'lessons\\\\a.md', message: expect.stringContaining('backslashes') as string },
      { where: 'lessons/a\\u0000.md', message: expect.stringContaining('NUL') as string },
    ]);
  });

  it('refuses an archive with too many entries without reading them all', () => {
    const record: Record<string, Uint8Array> = {};
    for (let index = 0; index <= MAX_PACK_ENTRIES; index += 1) record[`lessons/l${index}.md`] = text('x');
    const problems = expectProblems(readPackArchive(zipSync(record)));
    expect(problems).toEqual([
      { where: 'zip archive', message: expect.stringContaining(`more than ${MAX_PACK_ENTRIES}`) as string },
    ]);
  });

  it('refuses a zip bomb by its declared size, before inflating it', () => {
    const zip = zipSync({ 'manifest.json': text('{}'), 'lessons/bomb.md': text('x'.repeat(1000)) });
    const problems = expectProblems(readPackArchive(declareSize(zip, 'lessons/bomb.md', 0x7fffffff)));
    expect(problems).toContainEqual({
      where: 'lessons/bomb.md',
      message: 'is 2048 MB uncompressed; a file may be at most 2 MB',
    });
    expect(problems).toContainEqual({
      where: 'zip archive',
      message: expect.stringContaining('a pack may hold at most 10 MB') as string,
    });
  });

  it('refuses files that together inflate past the total limit', () => {
    const record: Record<string, Uint8Array> = {};
    for (let index = 0; index < 6; index += 1)
      record[`lessons/l${index}.md`] = new Uint8Array(MAX_PACK_FILE_BYTES);
    const zip = zipSync(record, { level: 1 });
    expect(zip.length).toBeLessThan(MAX_PACK_TOTAL_BYTES / 100);
    const problems = expectProblems(readPackArchive(zip));
    expect(problems).toEqual([
      {
        where: 'zip archive',
        message: 'the files add up to 12 MB uncompressed; a pack may hold at most 10 MB',
      },
    ]);
  });

  it('keeps a file at exactly the per-file limit', () => {
    const files = expectFiles(readPackArchive(zipSync({ 'big.md': new Uint8Array(MAX_PACK_FILE_BYTES) })));
    expect(files.get('big.md')?.length).toBe(MAX_PACK_FILE_BYTES);
  });

  it.each([0, 9] as const)(
    'refuses a file whose declared size understates it (compression level %i)',
    (level) => {
      const zip = zipSync({ 'manifest.json': text('{"title": "a pack"}') }, { level });
      const problems = expectProblems(readPackArchive(declareSize(zip, 'manifest.json', 3)));
      expect(problems).toEqual([{ where: 'manifest.json', message: DAMAGED }]);
    },
  );

  it('stops inflating a file as soon as it yields more than it declared', () => {
    // 64 MB of zeros deflates to about 64 KB. Declared as 1 KB, the entry must be refused after inflating a
    // few chunks, far sooner than inflating all of it (which is what unzipSync would do, then cut it short).
    const bomb = declareSize(
      zipSync({ 'bomb.md': new Uint8Array(64 * 1024 * 1024) }, { level: 1 }),
      'bomb.md',
      1024,
    );
    expect(unzipSync(bomb)['bomb.md']?.length).toBe(1024);
    inflated.bytes = 0;
    const problems = expectProblems(readPackArchive(bomb));
    // One 4 KB push of this input inflates to a few MB; the reader stops there instead of going on to 64 MB.
    expect(inflated.bytes).toBeGreaterThan(1024);
    expect(inflated.bytes).toBeLessThan(16 * 1024 * 1024);
    expect(problems).toEqual([{ where: 'bomb.md', message: DAMAGED }]);
  });

  it('refuses a file whose checksum does not match its contents', () => {
    const zip = zipSync({ 'manifest.json': text('{"title": "a pack"}') }, { level: 0 });
    const damaged = zip.slice();
    damaged[30 + 'manifest.json'.length + 2]! ^= 0xff;
    expect(expectProblems(readPackArchive(damaged))).toEqual([{ where: 'manifest.json', message: DAMAGED }]);
  });

  it('refuses an encrypted entry', () => {
    const zip = zipSync({ 'manifest.json': text('{}') });
    const encrypted = patchDirectory(zip, 'manifest.json', (view, header) =>
      view.setUint16(header + 8, view.getUint16(header + 8, true) | 1, true),
    );
    expect(expectProblems(readPackArchive(encrypted))).toEqual([
      { where: 'manifest.json', message: 'is encrypted; a pack must not be password-protected' },
    ]);
  });

  it('reports a file that is not a zip at all', () => {
    expect(expectProblems(readPackArchive(text('just some text, not a zip')))).toEqual([
      { where: 'zip archive', message: 'file is not a readable zip archive' },
    ]);
    expect(expectProblems(readPackArchive(new Uint8Array()))).toEqual([
      { where: 'zip archive', message: 'file is not a readable zip archive' },
    ]);
  });

  it('reports an empty archive', () => {
    expect(expectProblems(readPackArchive(zipSync({})))).toEqual([
      { where: 'zip archive', message: 'the pack contains no files' },
    ]);
  });

  it('reports a path that appears twice after normalising', () => {
    const problems = expectProblems(readPackArchive(zipSync({ 'a.md': text('1'), './a.md': text('2') })));
    expect(problems).toEqual([{ where: 'a.md', message: 'appears twice in the pack' }]);
  });
});

describe('packFilesFromRecord', () => {
  it('encodes text as UTF-8 and keeps bytes as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const files = expectFiles(
      packFilesFromRecord({ 'manifest.json': '{"title": "Café"}', 'data.bin': bytes }),
    );
    expect(new TextDecoder().decode(files.get('manifest.json'))).toBe('{"title": "Café"}');
    expect(files.get('data.bin')).toBe(bytes);
  });

  it('applies the same path rules as archives', () => {
    const problems = expectProblems(
      packFilesFromRecord({ 'manifest.json': '{}', '../secret': 'x', '/abs': 'x' }),
    );
    expect(problems.map((problem) => problem.where)).toEqual(['../secret', '/abs']);
  });

  it('strips one top-level folder and ignores junk', () => {
    const files = expectFiles(packFilesFromRecord({ 'pack/manifest.json': '{}', 'pack/.DS_Store': 'x' }));
    expect([...files.keys()]).toEqual(['manifest.json']);
  });

  it('applies the size and count limits', () => {
    expectProblems(packFilesFromRecord({ 'big.md': new Uint8Array(MAX_PACK_FILE_BYTES + 1) }));
    const many: Record<string, string> = {};
    for (let index = 0; index <= MAX_PACK_ENTRIES; index += 1) many[`f${index}.md`] = 'x';
    expect(expectProblems(packFilesFromRecord(many))).toEqual([
      { where: 'pack folder', message: expect.stringContaining(`more than ${MAX_PACK_ENTRIES}`) as string },
    ]);
  });
});

describe('capProblems', () => {
  it('keeps short lists as they are', () => {
    const problems = [{ where: 'a', message: 'b' }];
    expect(capProblems(problems, 'pack')).toBe(problems);
  });

  it('caps a long list and says how many more there were', () => {
    const problems = Array.from({ length: 80 }, (_, index) => ({ where: `f${index}`, message: 'bad' }));
    const capped = capProblems(problems, 'pack');
    expect(capped).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(capped.at(-1)).toEqual({
      where: 'pack',
      message: `…and ${80 - MAX_REPORTED_PROBLEMS + 1} more problems`,
    });
  });
});

describe('formatBytes', () => {
  it('shows kilobytes and megabytes, rounding up', () => {
    expect(formatBytes(200 * 1024)).toBe('200 KB');
    expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatBytes(2 * 1024 * 1024 + 1)).toBe('2.1 MB');
  });
});
