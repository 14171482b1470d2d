import { describe, expect, it } from 'vitest';
import {
  DISABLE_AFTER_FAILURES,
  FREE_ATTEMPTS,
  MAX_BACKOFF_MS,
  OPEN_GUARD,
  backoffAfter,
  evaluateGuard,
  recordFailure,
  type SignInGuardState,
} from './sign-in-guard';

function failTimes(times: number, at: number): SignInGuardState {
  let state = OPEN_GUARD;
  for (let i = 0; i < times; i += 1) state = recordFailure(state, at);
  return state;
}

describe('sign-in guard', () => {
  it('lets the first few mistakes through without waiting', () => {
    const state = failTimes(FREE_ATTEMPTS, 1_000);
    expect(evaluateGuard(state, 1_000)).toEqual({ kind: 'open' });
  });

  it('makes the person wait after the free attempts, doubling each time', () => {
    expect(backoffAfter(FREE_ATTEMPTS + 1)).toBe(1_000);
    expect(backoffAfter(FREE_ATTEMPTS + 2)).toBe(2_000);
    expect(backoffAfter(FREE_ATTEMPTS + 5)).toBe(16_000);
    const state = failTimes(FREE_ATTEMPTS + 2, 10_000);
    expect(evaluateGuard(state, 10_500)).toEqual({ kind: 'wait', retryAt: 12_000 });
    expect(evaluateGuard(state, 12_000)).toEqual({ kind: 'open' });
  });

  it('never waits longer than fifteen minutes', () => {
    expect(backoffAfter(60)).toBe(MAX_BACKOFF_MS);
    expect(backoffAfter(99)).toBe(MAX_BACKOFF_MS);
  });

  it('disables the account after 100 consecutive failures, whatever the time', () => {
    const almost = failTimes(DISABLE_AFTER_FAILURES - 1, 0);
    expect(almost.isDisabled).toBe(false);
    const disabled = recordFailure(almost, 0);
    expect(disabled.isDisabled).toBe(true);
    expect(evaluateGuard(disabled, Number.MAX_SAFE_INTEGER)).toEqual({ kind: 'disabled' });
  });
});
