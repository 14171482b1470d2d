import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, toStorageFailure } from './storage-errors';

describe('storage errors', () => {
  it('recognises a quota error directly or wrapped by Dexie', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(Object.assign(new Error('abort'), { name: 'AbortError', inner: quota }))).toBe(
      true,
    );
    expect(toStorageFailure(quota).reason).toBe('storage-full');
  });

  it('treats other failures as a general storage error', () => {
    expect(toStorageFailure(new Error('constraint')).reason).toBe('storage-error');
  });
});
