/**
 * The backup file: a small plaintext header, then the snapshot as zlib-compressed JSON sealed with
 * AES-256-GCM.
 *
 * Layout (all integers big-endian):
 *
 * | bytes  | field                                                               |
 * | ------ | ------------------------------------------------------------------- |
 * | 0–15   | magic `SHIFTWELL-BACKUP`                                            |
 * | 16     | container version (1)                                               |
 * | 17     | key derivation: 1 = PBKDF2-HMAC-SHA256                              |
 * | 18–21  | PBKDF2 iterations (600,000 to 10,000,000)                           |
 * | 22–37  | PBKDF2 salt (16 random bytes)                                       |
 * | 38–49  | AES-GCM IV (12 random bytes, fresh per file)                        |
 * | 50–81  | passphrase check (32 bytes)                                         |
 * | 82–    | ciphertext and 16-byte tag                                          |
 *
 * PBKDF2 yields 64 bytes: the first 32 are the AES key, the last 32 the passphrase check. Comparing the check
 * tells a wrong passphrase from a damaged file, which AES-GCM alone cannot (both just fail to decrypt); the
 * check is as hard to attack as a stored sign-in verifier. The whole header is the AES-GCM additional data,
 * so changing any byte of it, or of the ciphertext, makes the file fail to open.
 *
 * Every reader returns a value (`Outcome`), never throws: files come from outside and may be anything.
 */
import { Unzlib, zlibSync } from 'fflate';
// The work factor and comparison of sign-in verifiers serve backup keys too.
import { constantTimeEqual, PBKDF2_ITERATIONS, PBKDF2_MIN_ITERATIONS } from '../../auth/secret-hash';
import type { Outcome } from '../../../../shared/domain/outcome';
import { fail, succeed } from '../../../../shared/domain/outcome';
import { parseSnapshot, type BackupSnapshot, type TableCatalogue } from '../../../../shared/backup/snapshot';

const MAGIC = new TextEncoder().encode('SHIFTWELL-BACKUP');
const CONTAINER_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
/** Beyond this a header is treated as damaged: it would only stall the app. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
const KEY_BYTES = 32;
const TAG_BYTES = 16;
/** Bytes before the ciphertext. */
export const HEADER_BYTES = MAGIC.length + 2 + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;
/** Largest snapshot JSON this build will unpack (JavaScript strings cannot be much longer). */
const MAX_PLAINTEXT_BYTES = 512 * 1024 * 1024;

/** The key a backup is sealed with, and the public values that go in every file's header. */
export interface BackupKey {
  /** Non-extractable AES-256-GCM key. */
  readonly key: CryptoKey;
  readonly iterations: number;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly check: Uint8Array<ArrayBuffer>;
}

/** The plaintext header of a backup file. */
export interface BackupHeader {
  readonly iterations: number;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly check: Uint8Array<ArrayBuffer>;
  /** The header's bytes, bound into the cipher as additional data. */
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** Derive a backup key from a passphrase; a fresh random salt unless one (from a file's header) is given. */
export async function deriveBackupKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  iterations: number = PBKDF2_ITERATIONS,
): Promise<BackupKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      material,
      (KEY_BYTES + CHECK_BYTES) * 8,
    ),
  );
  try {
    const key = await crypto.subtle.importKey('raw', bits.slice(0, KEY_BYTES), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    return { key, iterations, salt, check: bits.slice(KEY_BYTES) };
  } finally {
    bits.fill(0);
  }
}

function writeHeader(key: BackupKey, iv: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  let offset = MAGIC.length;
  header[offset] = CONTAINER_VERSION;
  header[offset + 1] = KDF_PBKDF2_SHA256;
  view.setUint32(offset + 2, key.iterations);
  offset += 6;
  header.set(key.salt, offset);
  header.set(iv, offset + SALT_BYTES);
  header.set(key.check, offset + SALT_BYTES + IV_BYTES);
  return header;
}

/** Read and check a file's header: is it a Shiftwell backup this build can open? */
export function readBackupHeader(file: Uint8Array): Outcome<BackupHeader> {
  if (file.length < MAGIC.length || MAGIC.some((byte, index) => file[index] !== byte)) {
    return fail('file', 'backup.errors.notABackup');
  }
  if (file.length < HEADER_BYTES + TAG_BYTES) return fail('file', 'backup.errors.truncated');
  const bytes = file.slice(0, HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  let offset = MAGIC.length;
  if ((bytes[offset] ?? 0) > CONTAINER_VERSION) return fail('file', 'backup.errors.newerFormat');
  const iterations = view.getUint32(offset + 2);
  if (
    bytes[offset] !== CONTAINER_VERSION ||
    bytes[offset + 1] !== KDF_PBKDF2_SHA256 ||
    iterations < PBKDF2_MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  ) {
    return fail('file', 'backup.errors.damaged');
  }
  offset += 6;
  return succeed({
    iterations,
    salt: bytes.slice(offset, offset + SALT_BYTES),
    iv: bytes.slice(offset + SALT_BYTES, offset + SALT_BYTES + IV_BYTES),
    check: bytes.slice(offset + SALT_BYTES + IV_BYTES, HEADER_BYTES),
    bytes,
  });
}

/** Compress and seal a snapshot into a backup file. */
export async function sealSnapshot(
  snapshot: BackupSnapshot,
  key: BackupKey,
): Promise<Uint8Array<ArrayBuffer>> {
  return sealPayload(new TextEncoder().encode(JSON.stringify(snapshot)), key);
}

/** Compress and seal any bytes as a backup file (tests use it to wrap malformed snapshots). */
export async function sealPayload(plaintext: Uint8Array, key: BackupKey): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = zlibSync(plaintext, { level: 6 });
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = writeHeader(key, iv);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key.key, compressed),
  );
  const file = new Uint8Array(HEADER_BYTES + ciphertext.length);
  file.set(header, 0);
  file.set(ciphertext, HEADER_BYTES);
  return file;
}

class TooLargeError extends Error {}

function inflate(compressed: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const inflater = new Unzlib((chunk) => {
      total += chunk.length;
      if (total > MAX_PLAINTEXT_BYTES) throw new TooLargeError();
      chunks.push(chunk);
    });
    inflater.push(compressed, true);
  } catch {
    return null;
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/** Decrypt a sealed file with a key and turn its contents into JSON; distinct problems for each failure. */
export async function unsealBackup(
  file: Uint8Array,
  header: BackupHeader,
  key: BackupKey,
): Promise<Outcome<unknown>> {
  if (!constantTimeEqual(header.check, key.check)) return fail('passphrase', 'backup.errors.wrongPassphrase');
  let compressed: Uint8Array;
  try {
    compressed = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: header.iv, additionalData: header.bytes },
        key.key,
        file.slice(HEADER_BYTES),
      ),
    );
  } catch {
    return fail('file', 'backup.errors.damaged');
  }
  const plaintext = inflate(compressed);
  if (plaintext === null) return fail('file', 'backup.errors.damaged');
  try {
    return succeed(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as unknown);
  } catch {
    return fail('file', 'backup.errors.damaged');
  }
}

/**
 * Open a backup file all the way to a checked snapshot. Never throws.
 *
 * `keyFor` supplies the key for the file's header: normally derived from the passphrase the person typed
 * (with the header's salt and work factor); tests and the fuzz suite pass one derived in advance.
 */
export async function openBackupFile(
  file: Uint8Array,
  keyFor: (header: BackupHeader) => Promise<BackupKey>,
  catalogue: TableCatalogue,
): Promise<Outcome<BackupSnapshot>> {
  try {
    const header = readBackupHeader(file);
    if (!header.ok) return header;
    const decoded = await unsealBackup(file, header.value, await keyFor(header.value));
    if (!decoded.ok) return decoded;
    return parseSnapshot(decoded.value, catalogue);
  } catch (error) {
    console.error('A backup file could not be read', error);
    return fail('file', 'backup.errors.damaged');
  }
}

/** Open a backup file with the passphrase a person typed. */
export function openBackupWithPassphrase(
  file: Uint8Array,
  passphrase: string,
  catalogue: TableCatalogue,
): Promise<Outcome<BackupSnapshot>> {
  return openBackupFile(
    file,
    (header) => deriveBackupKey(passphrase, header.salt, header.iterations),
    catalogue,
  );
}
