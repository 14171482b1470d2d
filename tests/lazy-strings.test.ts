/**
 * Strings load by area: app + sign-in at start, every other area with the screens that use it (withStrings
 * in each feature's index.ts). These checks read the sources, so a screen that starts using another area's
 * keys without loading that area fails here rather than showing raw keys to someone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyStrings } from '../renderer/src/i18n/locales/en';

const root = path.resolve(import.meta.dirname, '..');
const localeDir = path.join(root, 'renderer/src/i18n/locales/en');
const featuresDir = path.join(root, 'renderer/src/features');
const STARTUP_AREAS = ['app', 'sign-in'];

/** Top-level key → the area (locale file name) that holds it. */
const areaOfKey = new Map<string, string>();
for (const file of readdirSync(localeDir).filter((name) => name.endsWith('.json'))) {
  const strings = JSON.parse(readFileSync(path.join(localeDir, file), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(strings)) areaOfKey.set(key, file.replace(/\.json$/, ''));
}

function sourcesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourcesIn(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The areas whose keys a folder's code mentions (`t('signIn.title')`, `` t(`roles.${role}`) ``, problem codes). */
function areasUsedIn(dir: string): Set<string> {
  const used = new Set<string>();
  for (const file of sourcesIn(dir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z][\w-]*)\.[\w${}-]/g)) {
      const area = areaOfKey.get(match[1] ?? '');
      if (area) used.add(area);
    }
  }
  return used;
}

/** The areas a feature's index.ts loads with its screens. */
function areasLoadedBy(feature: string): Set<string> {
  const index = readFileSync(path.join(featuresDir, feature, 'index.ts'), 'utf8');
  const loaded = new Set<string>();
  for (const call of index.matchAll(/withStrings\(\s*import\([^)]*\)((?:\s*,\s*'[\w-]+')*)\s*\)/g)) {
    for (const area of (call[1] ?? '').matchAll(/'([\w-]+)'/g)) loaded.add(area[1] ?? '');
  }
  return loaded;
}

const features = readdirSync(featuresDir).filter((name) =>
  statSync(path.join(featuresDir, name)).isDirectory(),
);

describe('strings loaded by area', () => {
  it('has every locale file either at start-up or in the lazily loaded areas', () => {
    const files = readdirSync(localeDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect([...STARTUP_AREAS, ...Object.keys(lazyStrings)].sort()).toEqual(files.sort());
  });

  it('gives the app frame only start-up strings', () => {
    const used = areasUsedIn(path.join(root, 'renderer/src/app'));
    expect([...used].filter((area) => !STARTUP_AREAS.includes(area))).toEqual([]);
  });

  it.each(features)('loads every area the %s feature uses before its screens render', (feature) => {
    const used = areasUsedIn(path.join(featuresDir, feature));
    const loaded = areasLoadedBy(feature);
    // A feature with no screens of its own (reports) is rendered inside the features that import it.
    const hosts =
      loaded.size > 0
        ? [feature]
        : features.filter((other) =>
            sourcesIn(path.join(featuresDir, other)).some((file) =>
              readFileSync(file, 'utf8').includes(`from '../${feature}'`),
            ),
          );
    if (loaded.size === 0 && hosts.length === 0) {
      // Nothing lazily loaded and nobody hosts it: it may use start-up strings only.
      expect([...used].filter((area) => !STARTUP_AREAS.includes(area))).toEqual([]);
      return;
    }
    for (const host of hosts) {
      const available = new Set([...STARTUP_AREAS, ...(host === feature ? loaded : areasLoadedBy(host))]);
      expect(
        [...used].filter((area) => !available.has(area)),
        `${feature} inside ${host}`,
      ).toEqual([]);
    }
  });
});
