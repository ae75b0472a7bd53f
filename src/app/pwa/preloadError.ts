// After a deploy, an old page may ask for a chunk that no longer exists. Reload once to get the new
// build, but never loop: at most one such reload per minute.
const KEY = 'ura.preloadReloadAt';
const MIN_INTERVAL_MS = 60_000;

export function handlePreloadErrors(storage: Storage = sessionStorage): void {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(storage.getItem(KEY) ?? 0);
    if (Date.now() - last < MIN_INTERVAL_MS) return; // let the error surface instead of looping
    event.preventDefault();
    storage.setItem(KEY, String(Date.now()));
    window.location.reload();
  });
}
