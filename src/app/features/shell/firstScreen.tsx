import { useEffect } from 'react';

// The entry defers work the first screen does not need (the sync engine's code, issue 2) until that screen is
// on display; the screen says so once it has committed. A page that never says so (the console, setup) gets
// the deferred work after `maxWaitMs` all the same.

let shown = false;
const waiting = new Set<() => void>();

/** Called once a screen has committed (the lock screen, the enrolment screen, or the unlocked app). */
function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const run of waiting) run();
  waiting.clear();
}

/** Runs `task` once the first screen has shown, or after `maxWaitMs` if none says so. */
export function afterFirstScreen(task: () => void, maxWaitMs: number): void {
  let done = false;
  const runOnce = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    waiting.delete(runOnce);
    task();
  };
  const timer = setTimeout(runOnce, maxWaitMs);
  if (shown) runOnce();
  else waiting.add(runOnce);
}

/**
 * Rendered next to a screen, inside the same Suspense boundary: its effect runs only once the screen itself
 * has committed (not its fallback while its texts or code still load).
 */
export function FirstScreenShown() {
  useEffect(markFirstScreenShown, []);
  return null;
}
