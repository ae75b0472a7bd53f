import { registerSW } from 'virtual:pwa-register';

// The service-worker bridge: register, hear about a waiting version, apply it when asked.
let applyWaiting: ((reload?: boolean) => Promise<void>) | null = null;
let hasWaiting = false;
const listeners = new Set<() => void>();

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyWaiting = registerSW({
    immediate: true,
    onNeedRefresh() {
      hasWaiting = true;
      listeners.forEach((fn) => fn());
    },
  });
}

export function isUpdateWaiting(): boolean {
  return hasWaiting;
}

export function subscribeUpdateWaiting(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Activates the waiting service worker; the page reloads when it takes control. */
export async function applyUpdate(): Promise<void> {
  await applyWaiting?.(true);
}
