/**
 * PIN and passphrase verifiers: PBKDF2-HMAC-SHA256 through WebCrypto.
 *
 * 600,000 iterations (OWASP's current figure for PBKDF2-SHA256) with a fresh 16-byte salt; the parameters
 * are stored with the hash so they can be raised later without locking anyone out. A six-digit PIN is still
 * only a million guesses: the persisted sign-in backoff is what protects it at the keyboard, and SECURITY.md
 * says so.
 */

/** The work factor for new verifiers. */
export const PBKDF2_ITERATIONS = 600_000;
/** Verifiers with fewer iterations are refused outright (a tampered row cannot weaken sign-in). */
export const PBKDF2_MIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** The stored form of a verifier. */
export interface SecretVerifier {
  readonly algorithm: 'PBKDF2-HMAC-SHA256';
  readonly iterations: number;
  readonly salt: string;
  readonly hash: string;
}

/** Encode bytes as base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decode base64 into bytes. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Create a verifier for a new secret. */
export async function createVerifier(secret: string): Promise<SecretVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(secret, salt, PBKDF2_ITERATIONS);
  return {
    algorithm: 'PBKDF2-HMAC-SHA256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(salt),
    hash: toBase64(hash),
  };
}

/** Compare two byte strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Check a secret against a stored verifier. Weakened or malformed verifiers never match. */
export async function verifySecret(secret: string, verifier: SecretVerifier): Promise<boolean> {
  // Rows come from storage, so their fields are checked rather than trusted to match the type.
  const algorithm: string = verifier.algorithm;
  if (algorithm !== 'PBKDF2-HMAC-SHA256' || verifier.iterations < PBKDF2_MIN_ITERATIONS) return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array;
  try {
    salt = fromBase64(verifier.salt);
    expected = fromBase64(verifier.hash);
  } catch {
    return false;
  }
  if (salt.length !== SALT_BYTES || expected.length !== HASH_BITS / 8) return false;
  return constantTimeEqual(await derive(secret, salt, verifier.iterations), expected);
}
