import { describe, expect, it } from 'vitest';
import { seededShuffle } from './shuffle';

describe('seededShuffle', () => {
  it('gives the same order for the same seed and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(items, 'p1:q1:1')).toEqual(seededShuffle(items, 'p1:q1:1'));
    expect([...seededShuffle(items, 'p1:q1:1')].sort()).toEqual(items);
  });

  it('never hands back the correct order unchanged', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      expect(seededShuffle(['a', 'b', 'c'], String(seed))).not.toEqual(['a', 'b', 'c']);
    }
  });
});
