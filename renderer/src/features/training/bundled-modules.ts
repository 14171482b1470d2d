/**
 * The modules that ship with the app, read from `assets/modules/` — the same pack format an admin imports.
 *
 * The files are bundled as text and loaded on first use (not at start-up), then parsed and validated exactly
 * like an imported pack.
 */
import type { ContentPack } from '../../../../shared/content/pack-schema';
import { packFilesFromRecord } from '../../../../shared/content/pack-files';
import { parsePack } from '../../../../shared/content/pack-parser';

const packFileLoaders = import.meta.glob<string>('../../../../assets/modules/*/**/*.{json,md}', {
  query: '?raw',
  import: 'default',
});

/**
 * Read and validate every bundled module.
 *
 * A module that fails validation is a build defect (tests/bundled-modules.test.ts catches it); at run time it
 * is logged and left out rather than taking the rest of training down with it.
 */
export async function loadBundledPacks(): Promise<ContentPack[]> {
  const loaded = await Promise.all(
    Object.entries(packFileLoaders).map(async ([path, load]) => ({ path, text: await load() })),
  );
  const byModule = new Map<string, Record<string, string>>();
  for (const { path, text } of loaded) {
    const match = /assets\/modules\/([^/]+)\/(.+)$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const files = byModule.get(match[1]) ?? {};
    files[match[2]] = text;
    byModule.set(match[1], files);
  }
  const packs: ContentPack[] = [];
  for (const [folder, files] of byModule) {
    const packFiles = packFilesFromRecord(files);
    const outcome = packFiles.ok
      ? parsePack(packFiles.value, { sourceName: `assets/modules/${folder}` })
      : packFiles;
    if (outcome.ok) packs.push(outcome.value);
    else console.error(`Bundled module ${folder} is invalid and was skipped:`, outcome.problems);
  }
  return packs;
}
