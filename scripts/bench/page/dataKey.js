// Bundled with the app's write path (appWrites.js). The bundle has its own copy of the app's modules, so its
// own (empty) data-key holder: writing a session through it while the key is not there throws LockedError.
// It gets the key as a second tab of the app does, from the unlocked app in the same page, over the tabs'
// BroadcastChannel (src/app/db/sealing/dataKey.ts): memory to memory, never from storage.
import { hasDataKey, joinDataKeyChannel, watchDataKey } from '../../../src/app/db/sealing/dataKey.ts';

/** Resolves once the bundle holds the data key; rejects after `timeoutMs` (the page's app is locked). */
export function awaitDataKey(timeoutMs = 10_000) {
  joinDataKeyChannel();
  if (hasDataKey()) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('no data key from the app in this page: is it unlocked?'));
    }, timeoutMs);
    const stop = watchDataKey(() => {
      if (!hasDataKey()) return;
      clearTimeout(timer);
      stop();
      resolve(true);
    });
  });
}
