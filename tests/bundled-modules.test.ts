/**
 * The modules that ship in `assets/modules/` are valid packs and together cover what the app promises:
 * every question type, scenarios and reflections in each module, short sessions, and supervisor training.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFilesFromRecord } from '../shared/content/pack-files';
import { parsePack } from '../shared/content/pack-parser';
import type { ContentPack } from '../shared/content/pack-schema';

const MODULES_DIRECTORY = join(import.meta.dirname, '..', 'assets', 'modules');
const MINIMUM_MODULES = 8;
const REQUIRED_STEP_TYPES = [
  'single-choice',
  'multiple-choice',
  'ordering',
  'scenario',
  'reflection',
] as const;

function moduleFolders(): string[] {
  try {
    return readdirSync(MODULES_DIRECTORY)
      .filter((name) => statSync(join(MODULES_DIRECTORY, name)).isDirectory())
      .sort();
  } catch {
    return [];
  }
}

/** Every file under a folder, keyed by its path relative to that folder with forward slashes. */
function readFolder(folder: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const visit = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(folder, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  visit(folder);
  return files;
}

/** Reads and checks one bundled module exactly as an imported pack is checked. */
function loadModule(folder: string): ContentPack {
  const files = packFilesFromRecord(readFolder(join(MODULES_DIRECTORY, folder)));
  const outcome = files.ok ? parsePack(files.value, { sourceName: `assets/modules/${folder}` }) : files;
  if (!outcome.ok) {
    const problems = outcome.problems.map((problem) => `  ${problem.where}: ${problem.message}`).join('\n');
    throw new Error(`assets/modules/${folder} is not a valid pack:\n${problems}`);
  }
  return outcome.value;
}

const folders = moduleFolders();

describe('bundled modules', () => {
  it(`ships at least ${MINIMUM_MODULES} modules in assets/modules/`, () => {
    expect(
      folders.length,
      `expected at least ${MINIMUM_MODULES} module folders in ${MODULES_DIRECTORY}, found ${folders.length}: [${folders.join(', ')}]`,
    ).toBeGreaterThanOrEqual(MINIMUM_MODULES);
  });

  it('includes at least one module for supervisors, and no two modules share an id', () => {
    const packs = folders.map(loadModule);
    expect(
      packs.some((pack) => pack.manifest.audience === 'supervisors'),
      'expected at least one module with "audience": "supervisors"',
    ).toBe(true);
    const ids = packs.map((pack) => pack.manifest.id);
    expect(new Set(ids).size, `module ids must be unique: ${ids.join(', ')}`).toBe(ids.length);
  });

  describe.each(folders)('%s', (folder) => {
    it('is a valid pack whose id matches its folder name', () => {
      expect(loadModule(folder).manifest.id).toBe(folder);
    });

    it('has a scenario, a reflection and all three question types', () => {
      const types = new Set(loadModule(folder).manifest.steps.map((step) => step.type));
      const missing = REQUIRED_STEP_TYPES.filter((type) => !types.has(type));
      expect(missing, `assets/modules/${folder} has no step of type ${missing.join(', ')}`).toEqual([]);
    });

    it('takes 5 to 15 minutes', () => {
      const { estimatedMinutes } = loadModule(folder).manifest;
      expect(estimatedMinutes).toBeGreaterThanOrEqual(5);
      expect(estimatedMinutes).toBeLessThanOrEqual(15);
    });
  });
});
