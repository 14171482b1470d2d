/**
 * The erasure rule for restores: what a person erased never comes back from a backup.
 *
 * The install's erasure records and the backup's are merged (the latest time per person wins). Then, for
 * each erased person, everything of theirs in check-ins *from before their erasure* is dropped from the
 * snapshot: check-ins at or before that time, notes whose check-in is dropped, note keys, requests to talk
 * and privacy-notice acceptances created at or before it, and their id in team rollups (the anonymous totals
 * stay, exactly as "erase my data" leaves them). Rows they created after erasing are kept: erasing once
 * does not forbid someone from checking in again, and a backup made since then holds those new rows.
 * A backup made before the erasure therefore brings back nothing of theirs.
 */
import type { BackupRow, BackupSnapshot } from './snapshot';

/** One erasure: the person and when; nothing else is kept. */
export interface ErasureRecord {
  readonly personId: string;
  readonly erasedAt: number;
}

/** Erasure records merged by person, keeping the latest time for each. */
export function mergeErasures(...lists: readonly (readonly ErasureRecord[])[]): ErasureRecord[] {
  const latest = new Map<string, number>();
  for (const list of lists) {
    for (const { personId, erasedAt } of list) {
      latest.set(personId, Math.max(erasedAt, latest.get(personId) ?? erasedAt));
    }
  }
  return [...latest].map(([personId, erasedAt]) => ({ personId, erasedAt }));
}

function stringField(row: BackupRow, field: string): string | null {
  const value = row[field];
  return typeof value === 'string' ? value : null;
}

function numberField(row: BackupRow, field: string): number | null {
  const value = row[field];
  return typeof value === 'number' ? value : null;
}

/**
 * The snapshot with the install's erasures merged in and everything they cover removed.
 *
 * `erasedRows` counts what was dropped per table, for the restore preview.
 */
export function applyErasures(
  snapshot: BackupSnapshot,
  installErasures: readonly ErasureRecord[],
): { readonly snapshot: BackupSnapshot; readonly erasedRows: Readonly<Record<string, number>> } {
  const fromBackup = (snapshot.tables.erasures ?? []).map((row) => ({
    personId: stringField(row, 'personId') ?? '',
    erasedAt: numberField(row, 'erasedAt') ?? 0,
  }));
  const erasures = mergeErasures(installErasures, fromBackup);
  const erasedAt = new Map(erasures.map((row) => [row.personId, row.erasedAt]));
  /** Whether `row` belongs to an erased person and is no newer than their erasure. */
  const isErased = (row: BackupRow, timeField: string): boolean => {
    const personId = stringField(row, 'personId');
    const cutoff = personId === null ? undefined : erasedAt.get(personId);
    if (cutoff === undefined) return false;
    const time = numberField(row, timeField);
    return time === null || time <= cutoff;
  };

  const tables = snapshot.tables;
  const erasedRows: Record<string, number> = {};
  const keep = (table: string, predicate: (row: BackupRow) => boolean): BackupRow[] => {
    const rows = tables[table] ?? [];
    const kept = rows.filter(predicate);
    if (kept.length !== rows.length) erasedRows[table] = rows.length - kept.length;
    return kept;
  };

  const checkIns = keep('checkIns', (row) => !isErased(row, 'at'));
  const keptCheckInIds = new Set(checkIns.map((row) => stringField(row, 'id')));
  /** Rollups an erased person still has a kept (post-erasure) check-in in. */
  const stillContributes = new Set(
    checkIns
      .filter((row) => erasedAt.has(stringField(row, 'personId') ?? ''))
      .map((row) => JSON.stringify([row.personId, row.teamId, row.day, row.period])),
  );
  const checkInNotes = keep(
    'checkInNotes',
    (row) =>
      !erasedAt.has(stringField(row, 'personId') ?? '') || keptCheckInIds.has(stringField(row, 'checkInId')),
  );
  const noteKeys = keep('noteKeys', (row) => !isErased(row, 'createdAt'));
  const talkRequests = keep('talkRequests', (row) => !isErased(row, 'createdAt'));
  const checkInPreferences = keep('checkInPreferences', (row) => !isErased(row, 'privacyNoticeAcceptedAt'));

  let strippedRollups = 0;
  const teamRollups = (tables.teamRollups ?? []).map((row) => {
    const contributors = Array.isArray(row.contributorIds) ? (row.contributorIds as readonly unknown[]) : [];
    const remaining = contributors.filter(
      (personId) =>
        typeof personId !== 'string' ||
        !erasedAt.has(personId) ||
        stillContributes.has(JSON.stringify([personId, row.teamId, row.day, row.period])),
    );
    if (remaining.length === contributors.length) return row;
    strippedRollups += 1;
    return { ...row, contributorIds: remaining };
  });
  if (strippedRollups > 0) erasedRows.teamRollups = strippedRollups;

  return {
    snapshot: {
      ...snapshot,
      tables: {
        ...tables,
        checkIns,
        checkInNotes,
        noteKeys,
        talkRequests,
        checkInPreferences,
        teamRollups,
        erasures: erasures.map((row): BackupRow => ({ ...row })),
      },
    },
    erasedRows,
  };
}
