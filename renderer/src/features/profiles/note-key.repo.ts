/**
 * Each person's note key: created with their own secret, unlocked at sign-in, re-wrapped when the secret
 * changes. Only the owner's secret ever unwraps it.
 */
import { createNoteKey, unlockNoteKey } from '../../auth/note-keys';
import { attachNoteKey } from '../../auth/session-keys';
import type { Session } from '../../auth/session';
import { getDatabase } from '../../db';

/**
 * Unlock (or, the first time, create) the signed-in person's note key and keep it with their session.
 *
 * Not called while a temporary secret is in use: the key is created under the person's own secret, so the
 * admin who chose the temporary one can never unwrap it.
 */
export async function openNoteKey(session: Session, secret: string): Promise<void> {
  const db = getDatabase();
  try {
    const stored = await db.noteKeys.get(session.personId);
    if (stored) {
      const key = await unlockNoteKey(stored, secret);
      if (key) attachNoteKey(session, key);
      else console.error('The note key could not be unlocked with a verified secret.');
      return;
    }
    const created = await createNoteKey(session.personId, secret);
    // Another tab may have created it meanwhile: never overwrite an existing key (its notes would be lost).
    const wasAdded = await db.transaction('rw', db.noteKeys, async () => {
      if (await db.noteKeys.get(session.personId)) return false;
      await db.noteKeys.add(created.stored);
      return true;
    });
    if (wasAdded) attachNoteKey(session, created.key);
    else await openNoteKey(session, secret);
  } catch (error) {
    console.error('The note key could not be opened', error);
  }
}
