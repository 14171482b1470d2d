import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CompletionCsvRow } from './training-csv';
import { COMPLETIONS_CSV_COLUMNS, buildCompletionsCsv, neutraliseFormula } from './training-csv';

const HEADER =
  'person,team,module,module_id,module_version,attempt,score_percent,pass_mark,result,completed_at,duration_minutes';

function row(overrides: Partial<CompletionCsvRow> = {}): CompletionCsvRow {
  return {
    personName: 'Ana Silva',
    teamName: 'Evening shift',
    moduleTitle: 'De-escalation',
    moduleId: 'de-escalation',
    moduleVersion: '1.2.0',
    attempt: 2,
    scorePercent: 75,
    passMark: 70,
    passed: true,
    completedAt: Date.UTC(2025, 2, 3, 9, 7, 12),
    durationMs: (7 * 60 + 12) * 1000,
    ...overrides,
  };
}

function parseRecords(csv: string): Record<string, string>[] {
  const parsed = parse<Record<string, string>>(csv, { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('buildCompletionsCsv', () => {
  it('starts with the header row', () => {
    expect(buildCompletionsCsv([row()]).split('\r\n')[0]).toBe(HEADER);
    expect(COMPLETIONS_CSV_COLUMNS.join(',')).toBe(HEADER);
  });

  it('writes just the header when there are no records', () => {
    expect(buildCompletionsCsv([])).toBe(HEADER);
  });

  it('writes one row per record with the result, an ISO timestamp and minutes to one decimal', () => {
    const csv = buildCompletionsCsv([row(), row({ personName: 'Ben', teamName: null, passed: false })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'Ana Silva,Evening shift,De-escalation,de-escalation,1.2.0,2,75,70,passed,2025-03-03T09:07:12.000Z,7.2',
      'Ben,,De-escalation,de-escalation,1.2.0,2,75,70,failed,2025-03-03T09:07:12.000Z,7.2',
    ]);
  });

  it('ends lines with CRLF and has no bare LF', () => {
    const csv = buildCompletionsCsv([row(), row()]);
    expect(csv.match(/\r\n/g)).toHaveLength(2);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('rounds duration to one decimal place and counts a negative duration as zero', () => {
    const records = parseRecords(
      buildCompletionsCsv([
        row({ durationMs: 90_000 }),
        row({ durationMs: 3_000 }),
        row({ durationMs: -60_000 }),
      ]),
    );
    expect(records.map((record) => record.duration_minutes)).toEqual(['1.5', '0.1', '0.0']);
  });

  it('quotes cells containing commas, quotes and line breaks', () => {
    const csv = buildCompletionsCsv([
      row({ personName: 'Silva, Ana', teamName: 'The "night" team', moduleTitle: 'Line one\nline two' }),
    ]);
    expect(csv).toContain('"Silva, Ana","The ""night"" team","Line one\nline two"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const records = parseRecords(
      buildCompletionsCsv([
        row({ personName: '=HYPERLINK("http://evil.example","x")' }),
        row({ personName: '+1+2', teamName: '-3', moduleTitle: '@SUM(A1)' }),
        row({ personName: '\t=1', teamName: '\r=1', moduleTitle: '=1\n=2' }),
      ]),
    );
    expect(records.map((record) => [record.person, record.team, record.module])).toEqual([
      ['\'=HYPERLINK("http://evil.example","x")', 'Evening shift', 'De-escalation'],
      ["'+1+2", "'-3", "'@SUM(A1)"],
      ["'\t=1", "'\r=1", "'=1\n=2"],
    ]);
  });

  it('leaves ordinary text, and text with a formula character later on, as it is', () => {
    expect(neutraliseFormula('Ana Silva')).toBe('Ana Silva');
    expect(neutraliseFormula('Ana = Silva')).toBe('Ana = Silva');
    expect(neutraliseFormula("O'Brien")).toBe("O'Brien");
    expect(neutraliseFormula('')).toBe('');
  });

  it('round-trips through papaparse parse', () => {
    const rows = [
      row(),
      row({
        personName: 'Zoë "Zed" Ng, Jr.',
        teamName: null,
        moduleTitle: 'Calm\r\nunder pressure',
        moduleId: 'calm',
        moduleVersion: '2.0.0',
        attempt: 1,
        scorePercent: 40,
        passMark: 80,
        passed: false,
        completedAt: Date.UTC(2024, 11, 31, 23, 59, 59, 500),
        durationMs: 61 * 60_000 + 30_000,
      }),
    ];
    expect(parseRecords(buildCompletionsCsv(rows))).toEqual([
      {
        person: 'Ana Silva',
        team: 'Evening shift',
        module: 'De-escalation',
        module_id: 'de-escalation',
        module_version: '1.2.0',
        attempt: '2',
        score_percent: '75',
        pass_mark: '70',
        result: 'passed',
        completed_at: '2025-03-03T09:07:12.000Z',
        duration_minutes: '7.2',
      },
      {
        person: 'Zoë "Zed" Ng, Jr.',
        team: '',
        module: 'Calm\r\nunder pressure',
        module_id: 'calm',
        module_version: '2.0.0',
        attempt: '1',
        score_percent: '40',
        pass_mark: '80',
        result: 'failed',
        completed_at: '2024-12-31T23:59:59.500Z',
        duration_minutes: '61.5',
      },
    ]);
  });
});
