/**
 * Idle auto-lock: after `minutes` without keyboard, pointer or touch activity the screen locks, with a
 * warning (and a chance to stay) `IDLE_WARNING_SECONDS` before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { IDLE_WARNING_SECONDS } from '../../../shared/domain/idle-lock';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Seconds left before the lock while the warning shows, or null when no warning is due. */
export function useIdleLock({
  minutes,
  isActive,
  onLock,
}: {
  readonly minutes: number;
  readonly isActive: boolean;
  readonly onLock: () => void;
}): { readonly secondsLeft: number | null; readonly stayActive: () => void } {
  const lastActivity = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);

  const stayActive = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!isActive) return undefined;
    lastActivity.current = Date.now();
    const idleMs = minutes * 60_000;
    const warnMs = idleMs - IDLE_WARNING_SECONDS * 1000;
    const markActivity = () => {
      // While the warning shows, only an explicit "stay" counts: a stray mouse move should not hide it.
      if (Date.now() - lastActivity.current < warnMs) lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, markActivity, { passive: true, capture: true });
    const timer = setInterval(() => {
      const idleFor = Date.now() - lastActivity.current;
      if (idleFor >= idleMs) {
        setSecondsLeft(null);
        onLockRef.current();
      } else if (idleFor >= warnMs) {
        setSecondsLeft(Math.ceil((idleMs - idleFor) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 500);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, markActivity, { capture: true });
    };
  }, [minutes, isActive]);

  return { secondsLeft, stayActive };
}
