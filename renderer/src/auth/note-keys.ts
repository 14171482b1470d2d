/**
 * Private-note encryption: one random AES-256-GCM data key per person, wrapped by a key derived from their
 * PIN or passphrase.
 *
 * The wrapping key comes from PBKDF2-HMAC-SHA256 (the same work factor as the sign-in verifier, with its own
 * fresh 16-byte salt, so the verifier and the wrapped key never share a salt). The data key is wrapped with
 * AES-GCM and the person's id as additional data, so a tampered wrapped key, or one moved to another person,
 * fails to unwrap. Each note gets a fresh 12-byte IV and the person's and note's ids as additional data, so a
 * note cannot be edited, or moved to another note or person, without failing to decrypt. Changing the PIN
 * re-wraps the data key; the notes themselves are untouched.
 *
 * The unwrapped data key lives only in memory as a non-extractable CryptoKey. Its raw bytes exist in a
 * JavaScript buffer only briefly: when a key is created (to wrap it) and during a re-wrap (to wrap it under
 * the new secret). Both zero that buffer afterwards; copies the browser's crypto implementation makes
 * internally are outside our reach.
 *
 * Forgetting the PIN loses the notes: nothing else can unwrap the key. And a six-digit PIN is only a million
 * guesses for someone holding a copy of the database, so this protects notes at rest far better with a
 * passphrase than with a PIN; SECURITY.md should say so.
 */
import { fromBase64, PBKDF2_ITERATIONS, PBKDF2_MIN_ITERATIONS, toBase64 } from './secret-hash';

const ALGORITHM = 'AES-256-GCM/PBKDF2-HMAC-SHA256';
/** Beyond this a stored work factor is treated as tampering: it would only stall the app. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BYTES = 32;
const TAG_BYTES = 16;

/** A person's wrapped data key as stored in the database (no secret material in clear). */
export interface WrappedNoteKey {
  readonly personId: string;
  readonly algorithm: 'AES-256-GCM/PBKDF2-HMAC-SHA256';
  readonly iterations: number;
  readonly salt: string;
  readonly iv: string;
  readonly wrapped: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** An encrypted note as stored. */
export interface EncryptedNote {
  readonly iv: string;
  readonly ciphertext: string;
}

/** The decoded binary fields of a stored wrapped key that passed its checks. */
interface WrapParts {
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly wrapped: Uint8Array<ArrayBuffer>;
}

function keyWrapData(personId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`shiftwell:note-key:v1:${personId}`);
}

function noteData(personId: string, noteId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`shiftwell:note:v1:${personId}:${noteId}`);
}

function decodeOrNull(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string') return null;
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}

/** Check a stored wrapped key and decode it; null for weakened, malformed or unknown forms. */
function readWrapParts(stored: WrappedNoteKey): WrapParts | null {
  // Rows come from storage, so their fields are checked rather than trusted to match the type.
  const algorithm: string = stored.algorithm;
  const iterations: unknown = stored.iterations;
  const personId: unknown = stored.personId;
  if (algorithm !== ALGORITHM || typeof personId !== 'string') return null;
  if (
    typeof iterations !== 'number' ||
    !Number.isSafeInteger(iterations) ||
    iterations < PBKDF2_MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  ) {
    return null;
  }
  const salt = decodeOrNull(stored.salt);
  const iv = decodeOrNull(stored.iv);
  const wrapped = decodeOrNull(stored.wrapped);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || wrapped?.length !== KEY_BYTES + TAG_BYTES) {
    return null;
  }
  return { salt, iv, wrapped };
}

async function deriveWrappingKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usages: readonly KeyUsage[],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: KEY_BYTES * 8 },
    false,
    [...usages],
  );
}

/** Wrap raw data-key bytes under a secret with a fresh salt and IV. The caller zeroes `raw`. */
async function wrapRawKey(
  personId: string,
  raw: Uint8Array<ArrayBuffer>,
  secret: string,
): Promise<Pick<WrappedNoteKey, 'iterations' | 'salt' | 'iv' | 'wrapped'>> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrappingKey = await deriveWrappingKey(secret, salt, PBKDF2_ITERATIONS, ['encrypt']);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: keyWrapData(personId) },
    wrappingKey,
    raw,
  );
  return {
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(salt),
    iv: toBase64(iv),
    wrapped: toBase64(new Uint8Array(wrapped)),
  };
}

/**
 * Create a fresh data key for a person and wrap it with their secret.
 *
 * Returns the stored form and the in-memory key. The key's raw bytes come straight from the CSPRNG (the same
 * source `generateKey` uses), so no extractable CryptoKey ever exists; the buffer is zeroed once wrapped and
 * imported.
 */
export async function createNoteKey(
  personId: string,
  secret: string,
  now: number = Date.now(),
): Promise<{ readonly stored: WrappedNoteKey; readonly key: CryptoKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  try {
    const wrap = await wrapRawKey(personId, raw, secret);
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    return { stored: { personId, algorithm: ALGORITHM, ...wrap, createdAt: now, updatedAt: now }, key };
  } finally {
    raw.fill(0);
  }
}

/** Unwrap a person's data key with their secret; null if the secret is wrong or the stored form was tampered with. */
export async function unlockNoteKey(stored: WrappedNoteKey, secret: string): Promise<CryptoKey | null> {
  const parts = readWrapParts(stored);
  if (parts === null) return null;
  try {
    const wrappingKey = await deriveWrappingKey(secret, parts.salt, stored.iterations, ['unwrapKey']);
    return await crypto.subtle.unwrapKey(
      'raw',
      parts.wrapped,
      wrappingKey,
      { name: 'AES-GCM', iv: parts.iv, additionalData: keyWrapData(stored.personId) },
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
}

/**
 * Re-wrap a person's data key under a new secret (a PIN change); null if the current secret is wrong.
 *
 * The key is unwrapped with the current secret inside, so its raw bytes are in memory only until they are
 * wrapped again, then zeroed. The result has a fresh salt and IV and keeps `createdAt`; the notes still
 * decrypt with the same data key. Store it in the same transaction as the new sign-in verifier.
 */
export async function rewrapNoteKey(
  stored: WrappedNoteKey,
  currentSecret: string,
  newSecret: string,
  now: number = Date.now(),
): Promise<WrappedNoteKey | null> {
  const parts = readWrapParts(stored);
  if (parts === null) return null;
  let raw: Uint8Array<ArrayBuffer>;
  try {
    const wrappingKey = await deriveWrappingKey(currentSecret, parts.salt, stored.iterations, ['decrypt']);
    raw = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: parts.iv, additionalData: keyWrapData(stored.personId) },
        wrappingKey,
        parts.wrapped,
      ),
    );
  } catch {
    return null;
  }
  try {
    if (raw.length !== KEY_BYTES) return null;
    const wrap = await wrapRawKey(stored.personId, raw, newSecret);
    return {
      personId: stored.personId,
      algorithm: ALGORITHM,
      ...wrap,
      createdAt: stored.createdAt,
      updatedAt: now,
    };
  } finally {
    raw.fill(0);
  }
}

/** Encrypt a note's text exactly as typed, bound to the person and the note. */
export async function encryptNote(
  key: CryptoKey,
  personId: string,
  noteId: string,
  text: string,
): Promise<EncryptedNote> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: noteData(personId, noteId) },
    key,
    new TextEncoder().encode(text),
  );
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypt a note; null when the key, person, note or ciphertext do not match (tampering, someone else's note, wrong key). */
export async function decryptNote(
  key: CryptoKey,
  personId: string,
  noteId: string,
  note: EncryptedNote,
): Promise<string | null> {
  const iv = decodeOrNull(note.iv);
  const ciphertext = decodeOrNull(note.ciphertext);
  if (iv?.length !== IV_BYTES || ciphertext === null || ciphertext.length < TAG_BYTES) return null;
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: noteData(personId, noteId) },
      key,
      ciphertext,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    return null;
  }
}
