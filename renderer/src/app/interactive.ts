/** The mark the benchmark (and anyone profiling start-up) reads: the first screen shows data from the database. */
export const INTERACTIVE_MARK = 'shiftwell:interactive';

/**
 * Mark that the first screen has rendered what it read from the database (the roster's names, the setup
 * screen, or the lock screen). Only the first call in a page load marks; later screens do not move it.
 */
export function markInteractive(): void {
  if (performance.getEntriesByName(INTERACTIVE_MARK, 'mark').length === 0) performance.mark(INTERACTIVE_MARK);
}
