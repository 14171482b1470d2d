import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from './bundled-modules';

describe('loadBundledPacks', () => {
  it('loads every bundled module with all of its lesson files', async () => {
    const packs = await loadBundledPacks();
    expect(packs.length).toBeGreaterThanOrEqual(8);
    for (const pack of packs) {
      for (const step of pack.manifest.steps) {
        if (step.type === 'lesson')
          expect(pack.lessons[step.file], `${pack.manifest.id}/${step.file}`).toBeTruthy();
      }
    }
  });
});
