/**
 * Turning storage exceptions into values the UI can explain.
 *
 * IndexedDB reports a full disk or exhausted origin quota as `QuotaExceededError`, sometimes wrapped by
 * Dexie (as `inner`) or by an aborted transaction. Every write path maps it to a `StorageFailure` so the
 * screen can say what happened while the person's input stays in the form.
 */
import type { Outcome } from '../../../shared/domain/outcome';

/** A write that did not happen, and why, as an i18n key. */
export interface StorageFailure {
  readonly ok: false;
  readonly reason: 'storage-full' | 'storage-error';
  /** The underlying error message, for the log only; never shown as-is. */
  readonly detail: string;
}

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string') names.push(candidate.name);
    current = candidate.inner ?? candidate.cause;
  }
  return names;
}

/** Whether an error (or anything it wraps) means the storage quota is exhausted. */
export function isQuotaExceeded(error: unknown): boolean {
  return namesInChain(error).some((name) => name === 'QuotaExceededError');
}

/** Convert a thrown storage error into a failure value. */
export function toStorageFailure(error: unknown): StorageFailure {
  return {
    ok: false,
    reason: isQuotaExceeded(error) ? 'storage-full' : 'storage-error',
    detail: error instanceof Error ? error.message : String(error),
  };
}

/** An outcome for a write that threw: `errors.storage-full` or `errors.storage-error` on the `storage` field. */
export function storageOutcome(error: unknown): Outcome<never> {
  const failure = toStorageFailure(error);
  console.error('Storage write failed:', failure.detail);
  return { ok: false, problems: [{ where: 'storage', message: `errors.${failure.reason}` }] };
}
