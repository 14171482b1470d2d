/**
 * The Shiftwell IndexedDB database.
 *
 * Every released schema version stays registered, in order, each with the upgrade that reshapes data for
 * it. The class takes a target version so a test can open an old version, seed it, reopen at the current
 * one and check what the upgrade did (the GitHub Desktop pattern).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import {
  schemaV1,
  type CredentialRow,
  type OrganisationRow,
  type PersonRow,
  type SignInGuardRow,
  type TeamRow,
} from './schema-v1';
import {
  schemaV2,
  type AnswerEventRow,
  type AssignmentRow,
  type CompletionRow,
  type ModuleRow,
  type ProgressRow,
  type ReviewItemRow,
} from './schema-v2';
import {
  schemaV3,
  type CheckInNoteRow,
  type CheckInPreferenceRow,
  type CheckInRow,
  type CheckInSettingsRow,
  type NoteKeyRow,
  type SupportResourceRow,
  type TalkRequestRow,
} from './schema-v3';
import {
  schemaV4,
  type CoachingNoteRow,
  type OneOnOneCadenceRow,
  type OneOnOneRow,
  type RecognitionRow,
  type RecognitionSettingsRow,
  type ServiceValueRow,
} from './schema-v4';
import { schemaV5, type BackupKeyRow, type ErasureRow } from './schema-v5';
import { schemaV6, upgradeToV6, type TeamWeekRow } from './schema-v6';
import { schemaV7 } from './schema-v7';
import { backupStoresV8, schemaV8, type CheckInWeekRow } from './schema-v8';
import { DATABASE_NAME } from './installed';

export { DATABASE_NAME, installedSchemaVersion } from './installed';

interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
  /** The tables a backup of this version holds, when they are not the stored ones (see schema-v8.ts). */
  readonly backupStores?: Readonly<Record<string, string | null>>;
}

/** Every released schema version, oldest first. Append only. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2 },
  { version: 3, stores: schemaV3 },
  { version: 4, stores: schemaV4 },
  { version: 5, stores: schemaV5 },
  { version: 6, stores: schemaV6, upgrade: upgradeToV6 },
  { version: 7, stores: schemaV7 },
  { version: 8, stores: schemaV8, backupStores: backupStoresV8 },
];

/** The newest schema version this build knows. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

/** Options for opening the database; tests pass their own IndexedDB and an older target version. */
export interface DatabaseOptions {
  readonly name?: string;
  readonly targetVersion?: number;
  /**
   * The schema version on disk, when known (0: no database yet). When it is the target version (or 0), no
   * version's upgrade can run, so only the target version is declared, with every table it has: Dexie then
   * builds one schema instead of one per version (about 10 ms at each start). Unknown: every version is
   * declared, as an upgrade needs.
   */
  readonly installedVersion?: number;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Every table of schema version `target` with its indexes: each version's changes applied in turn (null
 * deletes a table), as Dexie itself combines the versions it is given.
 */
export function storesAt(target: number): Record<string, string> {
  const stores: Record<string, string | null> = {};
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > target) break;
    Object.assign(stores, schema.stores);
  }
  return Object.fromEntries(
    Object.entries(stores).flatMap(([table, spec]) => (spec === null ? [] : [[table, spec] as const])),
  );
}

/** The typed Dexie database. Only repositories (`*.repo.ts`) use it. */
export class ShiftwellDatabase extends Dexie {
  organisation!: EntityTable<OrganisationRow, 'id'>;
  teams!: EntityTable<TeamRow, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  credentials!: EntityTable<CredentialRow, 'personId'>;
  signInGuards!: EntityTable<SignInGuardRow, 'personId'>;
  modules!: EntityTable<ModuleRow, 'id'>;
  assignments!: EntityTable<AssignmentRow, 'id'>;
  progress!: Table<ProgressRow, [string, string]>;
  completions!: EntityTable<CompletionRow, 'id'>;
  reviewItems!: Table<ReviewItemRow, [string, string, string]>;
  answerEvents!: EntityTable<AnswerEventRow, 'id'>;
  checkIns!: EntityTable<CheckInRow, 'id'>;
  checkInWeeks!: Table<CheckInWeekRow, [string, string]>;
  checkInNotes!: EntityTable<CheckInNoteRow, 'checkInId'>;
  noteKeys!: EntityTable<NoteKeyRow, 'personId'>;
  talkRequests!: EntityTable<TalkRequestRow, 'id'>;
  supportResources!: EntityTable<SupportResourceRow, 'id'>;
  checkInSettings!: EntityTable<CheckInSettingsRow, 'key'>;
  checkInPreferences!: EntityTable<CheckInPreferenceRow, 'personId'>;
  serviceValues!: EntityTable<ServiceValueRow, 'id'>;
  recognitions!: EntityTable<RecognitionRow, 'id'>;
  coachingNotes!: EntityTable<CoachingNoteRow, 'id'>;
  oneOnOnes!: EntityTable<OneOnOneRow, 'id'>;
  oneOnOneCadences!: EntityTable<OneOnOneCadenceRow, 'personId'>;
  recognitionSettings!: EntityTable<RecognitionSettingsRow, 'key'>;
  erasures!: EntityTable<ErasureRow, 'personId'>;
  backupKeys!: EntityTable<BackupKeyRow, 'id'>;
  teamWeeks!: Table<TeamWeekRow, [string, string]>;

  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, {
      // Chromium's relaxed durability: a transaction is complete once the operating system has its
      // writes, without waiting for them to be flushed to the disk. Every transaction is still all or
      // nothing, and a crash or kill of the app loses nothing that was confirmed (the check-in crash test
      // kills the browser mid-burst); only a power cut or OS crash within moments of a save can lose that
      // save, whole. Strict durability flushed the disk on every check-in (about 10 ms each, against a
      // budget of 4 ms for the whole write; see bench/README.md).
      chromeTransactionDurability: 'relaxed',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    const target = options.targetVersion ?? CURRENT_SCHEMA_VERSION;
    if (options.installedVersion === 0 || options.installedVersion === target) {
      this.version(target).stores(storesAt(target));
      return;
    }
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > target) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
