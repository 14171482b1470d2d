import { describe, expect, it } from 'vitest';
import { STRESSORS } from '../content/pack-schema';
import type { Rating, StressorId } from './stressors';
import {
  HIGH_STRAIN,
  isRating,
  mapStressors,
  STRESSOR_DEFINITIONS,
  STRESSOR_IDS,
  strainScore,
} from './stressors';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];
const strainItems: readonly StressorId[] = ['emotional-labor', 'role-conflict', 'role-overload'];
const resourceItems: readonly StressorId[] = ['role-ambiguity', 'service-climate'];

describe('stressors', () => {
  it('uses the content-pack stressor ids, in the same order', () => {
    expect(STRESSOR_IDS).toEqual(STRESSORS);
  });

  it('defines every stressor with its own id, a construct and at least one source', () => {
    for (const stressor of STRESSOR_IDS) {
      const definition = STRESSOR_DEFINITIONS[stressor];
      expect(definition.id).toBe(stressor);
      expect(definition.construct.length).toBeGreaterThan(0);
      expect(definition.sources.length).toBeGreaterThan(0);
    }
  });

  it('words role ambiguity and service climate as resources, the others as strains', () => {
    for (const stressor of strainItems) expect(STRESSOR_DEFINITIONS[stressor].direction).toBe('strain');
    for (const stressor of resourceItems) expect(STRESSOR_DEFINITIONS[stressor].direction).toBe('resource');
  });

  it('cites the documented sources', () => {
    expect(STRESSOR_DEFINITIONS['emotional-labor'].sources).toEqual([
      'Brotheridge & Lee 2003',
      'Grandey 2003',
    ]);
    expect(STRESSOR_DEFINITIONS['role-conflict'].sources).toEqual(['Rizzo, House & Lirtzman 1970']);
    expect(STRESSOR_DEFINITIONS['role-ambiguity'].sources).toEqual(['Rizzo, House & Lirtzman 1970']);
    expect(STRESSOR_DEFINITIONS['role-overload'].sources).toEqual(['Bacharach, Bamberger & Conley 1990']);
    expect(STRESSOR_DEFINITIONS['service-climate'].sources).toEqual(['Schneider, White & Paul 1998']);
  });
});

describe('strain scoring', () => {
  it.each(strainItems)('scores the strain item %s 1→0, 2→25, 3→50, 4→75, 5→100', (stressor) => {
    expect(RATINGS.map((rating) => strainScore(stressor, rating))).toEqual([0, 25, 50, 75, 100]);
  });

  it.each(resourceItems)('scores the resource item %s reversed: 1→100 … 5→0', (stressor) => {
    expect(RATINGS.map((rating) => strainScore(stressor, rating))).toEqual([100, 75, 50, 25, 0]);
  });

  it('counts a 4 on a strain item and a 2 on a resource item as high strain', () => {
    expect(strainScore('role-overload', 4)).toBeGreaterThanOrEqual(HIGH_STRAIN);
    expect(strainScore('service-climate', 2)).toBeGreaterThanOrEqual(HIGH_STRAIN);
    expect(strainScore('role-overload', 3)).toBeLessThan(HIGH_STRAIN);
    expect(strainScore('role-ambiguity', 3)).toBeLessThan(HIGH_STRAIN);
  });
});

describe('isRating', () => {
  it('accepts whole numbers from 1 to 5', () => {
    for (const rating of RATINGS) expect(isRating(rating)).toBe(true);
  });

  it('rejects anything else', () => {
    for (const value of [0, 6, 2.5, -1, Number.NaN, Infinity, '3', null, undefined, [3], { rating: 3 }]) {
      expect(isRating(value)).toBe(false);
    }
  });
});

describe('mapStressors', () => {
  it('gives one value per stressor', () => {
    expect(mapStressors((stressor) => stressor.length)).toEqual({
      'emotional-labor': 15,
      'role-conflict': 13,
      'role-ambiguity': 14,
      'role-overload': 13,
      'service-climate': 15,
    });
  });
});
