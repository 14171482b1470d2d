/** Idle auto-lock limits for a shared workstation. */

/** Minutes of inactivity before the screen locks, unless an admin changes it. */
export const IDLE_LOCK_DEFAULT_MINUTES = 5;
/** Shortest idle time an admin can choose. */
export const IDLE_LOCK_MIN_MINUTES = 1;
/** Longest idle time an admin can choose: a shared screen must not stay open longer. */
export const IDLE_LOCK_MAX_MINUTES = 15;
/** Seconds of warning shown before the screen locks. */
export const IDLE_WARNING_SECONDS = 20;

/** Bring any number into the allowed idle-lock range (whole minutes). */
export function clampIdleLockMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return IDLE_LOCK_DEFAULT_MINUTES;
  return Math.min(IDLE_LOCK_MAX_MINUTES, Math.max(IDLE_LOCK_MIN_MINUTES, Math.round(minutes)));
}
