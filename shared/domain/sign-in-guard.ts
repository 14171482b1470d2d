/**
 * Backoff after failed sign-in attempts, so a colleague at the keyboard cannot try PINs quickly.
 *
 * The first few mistakes cost nothing (people mistype). After that each failure doubles the wait, capped
 * at fifteen minutes, and after 100 consecutive failures the account is disabled until an admin resets it.
 * The state is persisted, so closing the app does not reset it.
 */

/** Failures allowed before any waiting starts. */
export const FREE_ATTEMPTS = 3;
/** Consecutive failures after which the account is disabled until an admin resets it. */
export const DISABLE_AFTER_FAILURES = 100;
/** Longest wait between attempts, in milliseconds. */
export const MAX_BACKOFF_MS = 15 * 60 * 1000;

/** The persisted per-person sign-in state. */
export interface SignInGuardState {
  readonly consecutiveFailures: number;
  readonly lastFailureAt: number | null;
  readonly isDisabled: boolean;
}

/** A fresh state: no failures. */
export const OPEN_GUARD: SignInGuardState = {
  consecutiveFailures: 0,
  lastFailureAt: null,
  isDisabled: false,
};

/** Whether a sign-in attempt may be made now. */
export type GuardDecision =
  | { readonly kind: 'open' }
  | { readonly kind: 'wait'; readonly retryAt: number }
  | { readonly kind: 'disabled' };

/** How long to wait after the given number of consecutive failures, in milliseconds. */
export function backoffAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failures - FREE_ATTEMPTS - 1, 30);
  return Math.min(1000 * 2 ** exponent, MAX_BACKOFF_MS);
}

/** Decide whether an attempt may be made at `now`. */
export function evaluateGuard(state: SignInGuardState, now: number): GuardDecision {
  if (state.isDisabled || state.consecutiveFailures >= DISABLE_AFTER_FAILURES) return { kind: 'disabled' };
  const wait = backoffAfter(state.consecutiveFailures);
  if (wait === 0 || state.lastFailureAt === null) return { kind: 'open' };
  const retryAt = state.lastFailureAt + wait;
  return now >= retryAt ? { kind: 'open' } : { kind: 'wait', retryAt };
}

/** The state after a failed attempt at `now`. */
export function recordFailure(state: SignInGuardState, now: number): SignInGuardState {
  const consecutiveFailures = state.consecutiveFailures + 1;
  return {
    consecutiveFailures,
    lastFailureAt: now,
    isDisabled: consecutiveFailures >= DISABLE_AFTER_FAILURES,
  };
}
