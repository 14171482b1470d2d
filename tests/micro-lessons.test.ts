import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MICRO_LESSONS, suggestModule } from '../shared/domain/micro-lessons';

describe('micro-lesson suggestions', () => {
  it('points only at modules that ship with the app', () => {
    const bundled = new Set(readdirSync(new URL('../assets/modules', import.meta.url)));
    for (const moduleIds of Object.values(MICRO_LESSONS)) {
      for (const moduleId of moduleIds) expect(bundled, moduleId).toContain(moduleId);
    }
  });

  it('suggests the first module the person can take', () => {
    expect(suggestModule('role-overload', new Set(['shaping-a-service-job']))).toBe('shaping-a-service-job');
    expect(suggestModule('service-climate', new Set())).toBeNull();
  });
});
