/**
 * Completion records as CSV, for opening in a spreadsheet or loading into an HR system.
 *
 * One row per finished attempt, with a header row and CRLF line endings (RFC 4180). Cells that a
 * spreadsheet would run as a formula are neutralised, because names and titles come from people and
 * imported packs, not from us.
 */
import { unparse } from 'papaparse';

/** One finished attempt, with the names a reader needs already looked up. */
export interface CompletionCsvRow {
  readonly personName: string;
  readonly teamName: string | null;
  readonly moduleTitle: string;
  readonly moduleId: string;
  readonly moduleVersion: string;
  readonly attempt: number;
  readonly scorePercent: number;
  readonly passMark: number;
  readonly passed: boolean;
  readonly completedAt: number;
  readonly durationMs: number;
}

/** The CSV columns, in order. */
export const COMPLETIONS_CSV_COLUMNS = [
  'person',
  'team',
  'module',
  'module_id',
  'module_version',
  'attempt',
  'score_percent',
  'pass_mark',
  'result',
  'completed_at',
  'duration_minutes',
] as const;

/** Build the completions CSV: a header row, then one row per record in the order given. */
export function buildCompletionsCsv(rows: readonly CompletionCsvRow[]): string {
  // The header goes in as the first row (not `fields`) so that no records gives just the header line,
  // without the trailing line break papaparse adds after `fields` when `data` is empty.
  const records = rows.map((row) => toCells(row).map(neutraliseFormula));
  return unparse([[...COMPLETIONS_CSV_COLUMNS], ...records], { newline: '\r\n' });
}

function toCells(row: CompletionCsvRow): string[] {
  return [
    row.personName,
    row.teamName ?? '',
    row.moduleTitle,
    row.moduleId,
    row.moduleVersion,
    String(row.attempt),
    String(row.scorePercent),
    String(row.passMark),
    row.passed ? 'passed' : 'failed',
    new Date(row.completedAt).toISOString(),
    // A negative span (a clock change during the attempt) counts as zero.
    (Math.max(0, row.durationMs) / 60_000).toFixed(1),
  ];
}

/**
 * Prefix an apostrophe to a cell a spreadsheet would treat as a formula (OWASP "CSV injection").
 *
 * Excel, LibreOffice and Google Sheets evaluate a cell that starts with `=`, `+`, `-` or `@` (and, after
 * trimming, a tab or carriage return), so a person named `=HYPERLINK(…)` could leak data or run commands
 * when an admin opens the export. The apostrophe makes the spreadsheet show the text as typed. papaparse's
 * own `escapeFormulae` is not used because its pattern misses a formula followed by a line break.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
