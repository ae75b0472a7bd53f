import { useEffect } from 'react';
import { lockTablet, touchTabletAuth } from '../../db/peopleSession';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Locks the tablet after `idleMs` without a touch or a key. Activity is written to the auth row now
 * and then, so a reload (or another tab) after the idle time opens locked.
 */
export function useIdleLock(idleMs: number, lastActiveAt: number): void {
  useEffect(() => {
    let last = Math.max(Date.now(), lastActiveAt);
    let lastWritten = last;
    const writeEvery = Math.min(idleMs / 3, 30_000);
    const onActivity = () => {
      last = Date.now();
      if (last - lastWritten >= writeEvery) {
        lastWritten = last;
        void touchTabletAuth(last);
      }
    };
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= idleMs) void lockTablet();
    }, Math.max(250, Math.min(idleMs / 4, 10_000)));
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity, { capture: true });
    };
    // lastActiveAt is only the starting point; later writes come from this effect itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idleMs]);
}
