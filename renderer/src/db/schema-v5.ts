/**
 * Schema version 5: backups — durable erasure records and the automatic-backup key.
 *
 * `erasures` remembers who used "erase my data" and when (the person's id and the time, nothing else), so a
 * restore from an older backup can never bring their check-ins, notes or note key back. `backupKeys` holds
 * the key automatic backups are encrypted with, as a non-extractable CryptoKey; it belongs to this install
 * and is never written into a backup. Adds tables only, so it needs no upgrade function.
 */
import { schemaV4 } from './schema-v4';

/** A person erased their check-in data at `erasedAt`; everything of theirs from before then stays gone. */
export interface ErasureRow {
  readonly personId: string;
  readonly erasedAt: number;
}

/** The key automatic backups are encrypted with (single row, id `automatic`). */
export interface BackupKeyRow {
  readonly id: 'automatic';
  /** AES-256-GCM, derived from the admin's backup passphrase; non-extractable. */
  readonly key: CryptoKey;
  readonly iterations: number;
  /** Base64 of the 16-byte PBKDF2 salt written into every backup file's header. */
  readonly salt: string;
  /** Base64 of the passphrase check value written into every backup file's header. */
  readonly check: string;
  readonly createdBy: string;
  readonly createdAt: number;
  /** When the last automatic backup was written, or null before the first. */
  readonly lastBackupAt: number | null;
  /** Why the last attempt failed (an i18n key), or null when it worked. */
  readonly lastProblem: string | null;
}

/** Table definitions for version 5. */
export const schemaV5 = {
  ...schemaV4,
  erasures: 'personId',
  backupKeys: 'id',
} as const;
