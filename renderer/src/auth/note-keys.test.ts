import { beforeAll, describe, expect, it } from 'vitest';
import {
  createNoteKey,
  decryptNote,
  encryptNote,
  rewrapNoteKey,
  unlockNoteKey,
  type EncryptedNote,
  type WrappedNoteKey,
} from './note-keys';
import { fromBase64, toBase64 } from './secret-hash';

const PIN = '582041';
const NOTE_TEXT = 'Felt flat after the 3am call; talked it through with Sam. Cafe\u0301 at break.';

/** Wrap a known data key exactly as note-keys does, but with a chosen (weak) work factor. */
async function wrapWithIterations(
  personId: string,
  secret: string,
  iterations: number,
): Promise<WrappedNoteKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const wrappingKey = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`shiftwell:note-key:v1:${personId}`) },
    wrappingKey,
    crypto.getRandomValues(new Uint8Array(32)),
  );
  return {
    personId,
    algorithm: 'AES-256-GCM/PBKDF2-HMAC-SHA256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    wrapped: toBase64(new Uint8Array(wrapped)),
    createdAt: 1_000,
    updatedAt: 1_000,
  };
}

/** Flip one bit of a base64 field, the way a tampered row would look. */
function flipByte(field: string, index = 0): string {
  const bytes = fromBase64(field);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('private-note keys', () => {
  let alice: { readonly stored: WrappedNoteKey; readonly key: CryptoKey };
  let bob: { readonly stored: WrappedNoteKey; readonly key: CryptoKey };
  let aliceNote: EncryptedNote;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([
      createNoteKey('person-alice', PIN, 1_000),
      createNoteKey('person-bob', PIN, 1_000),
    ]);
    aliceNote = await encryptNote(alice.key, 'person-alice', 'note-1', NOTE_TEXT);
  });

  it('decrypts a note exactly as typed with the created key and with the key unlocked by the PIN', async () => {
    expect(await decryptNote(alice.key, 'person-alice', 'note-1', aliceNote)).toBe(NOTE_TEXT);
    const unlocked = await unlockNoteKey(alice.stored, PIN);
    expect(unlocked).not.toBeNull();
    expect(await decryptNote(unlocked!, 'person-alice', 'note-1', aliceNote)).toBe(NOTE_TEXT);
  });

  it('does not unlock the key with the wrong secret', async () => {
    expect(await unlockNoteKey(alice.stored, '582042')).toBeNull();
  });

  it('refuses a note whose ciphertext or iv was changed', async () => {
    const last = fromBase64(aliceNote.ciphertext).length - 1;
    for (const tampered of [
      { ...aliceNote, ciphertext: flipByte(aliceNote.ciphertext) },
      { ...aliceNote, ciphertext: flipByte(aliceNote.ciphertext, last) },
      { ...aliceNote, iv: flipByte(aliceNote.iv) },
    ]) {
      expect(await decryptNote(alice.key, 'person-alice', 'note-1', tampered)).toBeNull();
    }
  });

  it('refuses a note moved to another note or person, and someone else’s key', async () => {
    expect(await decryptNote(alice.key, 'person-alice', 'note-2', aliceNote)).toBeNull();
    expect(await decryptNote(alice.key, 'person-bob', 'note-1', aliceNote)).toBeNull();
    expect(await decryptNote(bob.key, 'person-alice', 'note-1', aliceNote)).toBeNull();
    expect(await decryptNote(bob.key, 'person-bob', 'note-1', aliceNote)).toBeNull();
  });

  it('refuses a tampered wrapped key, and one relabelled as another person’s', async () => {
    expect(await unlockNoteKey({ ...alice.stored, wrapped: flipByte(alice.stored.wrapped) }, PIN)).toBeNull();
    expect(await unlockNoteKey({ ...alice.stored, personId: 'person-bob' }, PIN)).toBeNull();
  });

  it('re-wraps on a PIN change: only the new PIN unlocks, and earlier notes still decrypt', async () => {
    const rewrapped = await rewrapNoteKey(alice.stored, PIN, 'new passphrase', 2_000);
    expect(rewrapped).not.toBeNull();
    expect(rewrapped!.salt).not.toBe(alice.stored.salt);
    expect(rewrapped!.createdAt).toBe(1_000);
    expect(rewrapped!.updatedAt).toBe(2_000);
    expect(await unlockNoteKey(rewrapped!, PIN)).toBeNull();
    const unlocked = await unlockNoteKey(rewrapped!, 'new passphrase');
    expect(unlocked).not.toBeNull();
    expect(await decryptNote(unlocked!, 'person-alice', 'note-1', aliceNote)).toBe(NOTE_TEXT);
  });

  it('does not re-wrap when the current secret is wrong', async () => {
    expect(await rewrapNoteKey(alice.stored, '000000', 'new passphrase')).toBeNull();
  });

  it('keeps the data key non-extractable, both when created and when unlocked', async () => {
    const unlocked = await unlockNoteKey(bob.stored, PIN);
    for (const key of [bob.key, unlocked!]) {
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    }
  });

  it('uses a fresh iv for every encryption', async () => {
    const again = await encryptNote(alice.key, 'person-alice', 'note-1', NOTE_TEXT);
    expect(again.iv).not.toBe(aliceNote.iv);
    expect(again.ciphertext).not.toBe(aliceNote.ciphertext);
  });

  it('stores no plaintext: neither the secret nor the note text', () => {
    const storedJson = JSON.stringify(alice.stored);
    expect(storedJson).not.toContain(PIN);
    expect(Object.keys(alice.stored).sort()).toEqual(
      ['algorithm', 'createdAt', 'iterations', 'iv', 'personId', 'salt', 'updatedAt', 'wrapped'].sort(),
    );
    const noteBytes = new TextDecoder('latin1').decode(fromBase64(aliceNote.ciphertext));
    expect(JSON.stringify(aliceNote)).not.toContain('3am');
    expect(noteBytes).not.toContain('3am');
  });

  it('refuses stored keys whose iterations were lowered, and malformed fields, without throwing', async () => {
    const weakened = await wrapWithIterations('person-alice', PIN, 1_000);
    expect(await unlockNoteKey(weakened, PIN)).toBeNull();
    expect(await rewrapNoteKey(weakened, PIN, 'new passphrase')).toBeNull();
    expect(await unlockNoteKey({ ...alice.stored, iterations: Number.NaN }, PIN)).toBeNull();
    expect(await unlockNoteKey({ ...alice.stored, salt: '***' }, PIN)).toBeNull();
    expect(await unlockNoteKey({ ...alice.stored, iv: toBase64(new Uint8Array(8)) }, PIN)).toBeNull();
    expect(await decryptNote(alice.key, 'person-alice', 'note-1', { ...aliceNote, iv: '***' })).toBeNull();
    expect(
      await decryptNote(alice.key, 'person-alice', 'note-1', { ...aliceNote, ciphertext: '' }),
    ).toBeNull();
  });
});
