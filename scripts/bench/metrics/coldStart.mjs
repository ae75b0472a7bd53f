// Cold start offline: a new page of /sessions/new with no network, served by the service worker,
// timed from navigation start until the form can be used.
import { UI, throttleCpu } from '../browser.mjs';
import { median } from '../stats.mjs';

/**
 * Runs in the new page before any of its scripts: notes performance.now() (0 = navigation start) when the
 * New session heading is shown and the service search input is enabled; `painted` after the next frame.
 */
function installReadyProbe({ heading, searchLabel }) {
  const isReady = () => {
    const h1 = [...document.querySelectorAll('h1')].find((h) => h.textContent.trim() === heading);
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === searchLabel);
    const input = label?.control;
    return Boolean(h1?.checkVisibility() && input && !input.disabled && input.checkVisibility());
  };
  const probe = (window.__uraBenchReady = { shell: null, ready: null, painted: null });
  const observer = new MutationObserver(() => {
    // The app shell (header navigation) is up: i18n, the database and React have started.
    if (probe.shell === null && document.querySelector('header nav')) probe.shell = performance.now();
    if (probe.ready !== null || !isReady()) return;
    probe.ready = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.painted = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** Stops every service worker of the browser, so each start also boots the worker (as after a tablet sleeps). */
async function stopServiceWorkers(cdp) {
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return true;
  } catch {
    return false;
  }
}

/**
 * `context`: a set-up tablet whose service worker controls the app. Sets it offline, then `runs` times:
 * a new page, `cpuRate`× throttling, navigate, wait for the probe. The context is put back online after.
 */
export async function measureColdStart(context, { runs, cpuRate }) {
  const keepAlive = await context.newPage(); // a blank page keeps the browser up between runs
  for (const page of context.pages()) if (page !== keepAlive) await page.close();
  await context.setOffline(true);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.addInitScript(installReadyProbe, { heading: UI.newSession, searchLabel: UI.services });
      const cdp = await throttleCpu(page, cpuRate);
      const workerStopped = await stopServiceWorkers(cdp);
      await page.goto('/sessions/new');
      await page.waitForFunction(() => window.__uraBenchReady?.painted != null, undefined, { timeout: 30_000 });
      // Cross-check with Playwright's own view, then read the page's clocks.
      await page.getByRole('heading', { name: UI.newSession }).waitFor();
      const run = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          shell: window.__uraBenchReady.shell,
          ready: window.__uraBenchReady.ready,
          painted: window.__uraBenchReady.painted,
          documentFromServiceWorker: nav.workerStart > 0,
          responseEnd: nav.responseEnd,
          domContentLoaded: nav.domContentLoadedEventEnd,
        };
      });
      results.push({
        ...run,
        workerStopped,
        controlled: await page.evaluate(() => Boolean(navigator.serviceWorker.controller)),
      });
      await page.close();
    }
  } finally {
    await context.setOffline(false);
    await keepAlive.close();
  }
  const round = (x) => Math.round(x);
  return {
    medianMs: round(median(results.map((r) => r.ready))),
    medianPaintedMs: round(median(results.map((r) => r.painted))),
    runs: results.map((r) => ({
      shellMs: round(r.shell),
      readyMs: round(r.ready),
      paintedMs: round(r.painted),
      responseEndMs: round(r.responseEnd),
      domContentLoadedMs: round(r.domContentLoaded),
      fromServiceWorker: r.documentFromServiceWorker,
      controlled: r.controlled,
      workerStopped: r.workerStopped,
    })),
  };
}
