import { describe, expect, it } from 'vitest';
import { applyErasures, mergeErasures } from './erasures';
import type { BackupRow, BackupSnapshot } from './snapshot';

const ERASED_AT = 1_000;

function snapshot(tables: Record<string, readonly BackupRow[]>): BackupSnapshot {
  return {
    format: 'shiftwell-backup',
    formatVersion: 1,
    schemaVersion: 5,
    createdAt: 2_000,
    createdBy: { personId: 'admin', displayName: 'Ada' },
    kind: 'manual',
    tables: {
      checkIns: [],
      checkInNotes: [],
      noteKeys: [],
      talkRequests: [],
      checkInPreferences: [],
      teamRollups: [],
      erasures: [],
      ...tables,
    },
  };
}

const checkIn = (id: string, personId: string, at: number, day = 'd1') => ({
  id,
  personId,
  teamId: 't',
  at,
  day,
  period: 'day',
});

describe('mergeErasures', () => {
  it('keeps one record per person with the latest time', () => {
    expect(
      mergeErasures(
        [{ personId: 'bea', erasedAt: 5 }],
        [
          { personId: 'bea', erasedAt: 9 },
          { personId: 'cal', erasedAt: 1 },
        ],
      ),
    ).toEqual([
      { personId: 'bea', erasedAt: 9 },
      { personId: 'cal', erasedAt: 1 },
    ]);
  });
});

describe('applyErasures', () => {
  it('drops everything of an erased person from before the erasure, and nobody else’s', () => {
    const { snapshot: result, erasedRows } = applyErasures(
      snapshot({
        checkIns: [checkIn('old', 'bea', 500), checkIn('cal-1', 'cal', 500)],
        checkInNotes: [
          { checkInId: 'old', personId: 'bea', iv: 'x', ciphertext: 'y' },
          { checkInId: 'cal-1', personId: 'cal', iv: 'x', ciphertext: 'y' },
        ],
        noteKeys: [
          { personId: 'bea', createdAt: 100 },
          { personId: 'cal', createdAt: 100 },
        ],
        talkRequests: [{ id: 'talk', personId: 'bea', createdAt: 600 }],
        checkInPreferences: [{ personId: 'bea', privacyNoticeAcceptedAt: 50 }],
        teamRollups: [{ teamId: 't', day: 'd1', period: 'day', contributorIds: ['bea', 'cal'] }],
      }),
      [{ personId: 'bea', erasedAt: ERASED_AT }],
    );
    expect(result.tables.checkIns?.map((row) => row.id)).toEqual(['cal-1']);
    expect(result.tables.checkInNotes?.map((row) => row.personId)).toEqual(['cal']);
    expect(result.tables.noteKeys?.map((row) => row.personId)).toEqual(['cal']);
    expect(result.tables.talkRequests).toEqual([]);
    expect(result.tables.checkInPreferences).toEqual([]);
    expect(result.tables.teamRollups?.[0]?.contributorIds).toEqual(['cal']);
    expect(result.tables.erasures).toEqual([{ personId: 'bea', erasedAt: ERASED_AT }]);
    expect(erasedRows).toEqual({
      checkIns: 1,
      checkInNotes: 1,
      noteKeys: 1,
      talkRequests: 1,
      checkInPreferences: 1,
      teamRollups: 1,
    });
  });

  it('keeps what the person recorded after erasing, and their id in those rollups only', () => {
    const { snapshot: result } = applyErasures(
      snapshot({
        checkIns: [checkIn('before', 'bea', 500, 'd1'), checkIn('after', 'bea', 1_500, 'd2')],
        noteKeys: [{ personId: 'bea', createdAt: 1_200 }],
        teamRollups: [
          { teamId: 't', day: 'd1', period: 'day', contributorIds: ['bea'] },
          { teamId: 't', day: 'd2', period: 'day', contributorIds: ['bea'] },
        ],
        erasures: [{ personId: 'bea', erasedAt: ERASED_AT }],
      }),
      [],
    );
    expect(result.tables.checkIns?.map((row) => row.id)).toEqual(['after']);
    expect(result.tables.noteKeys).toHaveLength(1);
    expect(result.tables.teamRollups?.map((row) => row.contributorIds)).toEqual([[], ['bea']]);
  });
});
