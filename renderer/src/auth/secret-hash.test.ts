import { describe, expect, it } from 'vitest';
import { createVerifier, fromBase64, PBKDF2_ITERATIONS, toBase64, verifySecret } from './secret-hash';

describe('secret verifiers', () => {
  it('matches the right secret and nothing else', async () => {
    const verifier = await createVerifier('582041');
    expect(await verifySecret('582041', verifier)).toBe(true);
    expect(await verifySecret('582042', verifier)).toBe(false);
  });

  it('salts every verifier, so equal PINs get different hashes', async () => {
    const [a, b] = await Promise.all([createVerifier('582041'), createVerifier('582041')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('refuses a verifier whose iterations were lowered', async () => {
    const verifier = await createVerifier('582041');
    expect(await verifySecret('582041', { ...verifier, iterations: 1_000 })).toBe(false);
  });

  it('refuses malformed salt or hash instead of throwing', async () => {
    const verifier = await createVerifier('582041');
    expect(await verifySecret('582041', { ...verifier, salt: '***' })).toBe(false);
    expect(await verifySecret('582041', { ...verifier, hash: toBase64(new Uint8Array(8)) })).toBe(false);
  });

  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
