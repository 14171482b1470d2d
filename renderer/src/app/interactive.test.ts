import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTIVE_MARK, markInteractive } from './interactive';

describe('markInteractive', () => {
  afterEach(() => performance.clearMarks(INTERACTIVE_MARK));

  it('marks the first screen once per page load, however many screens follow', () => {
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(0);
    markInteractive();
    const first = performance.getEntriesByName(INTERACTIVE_MARK)[0]?.startTime;
    markInteractive();
    markInteractive();
    const marks = performance.getEntriesByName(INTERACTIVE_MARK);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBe(first);
  });
});
