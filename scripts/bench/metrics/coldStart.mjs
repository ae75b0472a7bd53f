// Cold start offline of a signed-in tablet: a new page of /sessions/new with no network, served by the service
// worker. The data key lives in memory only, so a restarted tablet first asks the volunteer's PIN. Two parts,
// timed apart: (a) navigation start → the PIN prompt can be used (what a volunteer waits for before acting),
// (b) the tap on Unlock → the New session form can be used (PBKDF2 opens the data key, then the form loads).
import { UI, exposeSignal, throttleCpu, within } from '../browser.mjs';
import { PIN } from '../network.mjs';
import { PIN_FIELD } from '../unlock.mjs';
import { median } from '../stats.mjs';

// The page tells the bench through these bindings (page.exposeBinding) once the PIN prompt, then the form,
// has painted. Waiting with page.waitForFunction instead puts Playwright's injected script (about 60 ms of
// compiling and running at 4× throttling, measured in a trace) on the page's thread while the app starts.
const SIGNALS = { pinPainted: '__uraBenchPinPainted', painted: '__uraBenchFormPainted' };

/**
 * Runs in the new page before any of its scripts: notes performance.now() (0 = navigation start) when the
 * first heading shows (`shell`), when the PIN field and its submit button are enabled (`pinReady`), the tap
 * on that button (`tap`, with the browser's own event time), and when the New session heading is shown and
 * the service search input is enabled (`ready`); `…Painted` after the next frame, then calls its signal.
 */
function installReadyProbe({ heading, searchLabel, pinField, signals }) {
  const visible = (el) => Boolean(el?.checkVisibility());
  const isPinReady = () => {
    const input = document.querySelector(pinField);
    const submit = input?.form?.querySelector('button[type="submit"]');
    return visible(input) && !input.disabled && visible(submit) && !submit.disabled;
  };
  const isFormReady = () => {
    const h1 = [...document.querySelectorAll('h1')].find((h) => h.textContent.trim() === heading);
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === searchLabel);
    const input = label?.control;
    return Boolean(visible(h1) && input && !input.disabled && visible(input));
  };
  const afterFrame = (field) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe[field] = performance.now();
        window[signals[field]]();
      }),
    );
  const probe = (window.__uraBenchReady = {
    shell: null,
    pinReady: null,
    pinPainted: null,
    tap: null,
    tapEventTimeStamp: null,
    ready: null,
    painted: null,
  });
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[type="submit"]') : null;
      if (probe.tap !== null || !button?.form?.querySelector(pinField)) return;
      probe.tap = performance.now();
      probe.tapEventTimeStamp = event.timeStamp;
    },
    true,
  );
  const observer = new MutationObserver(() => {
    // The first screen is up (the lock screen's title): i18n, the database and React have started.
    if (probe.shell === null && document.querySelector('h1')) probe.shell = performance.now();
    if (probe.pinReady === null) {
      if (!isPinReady()) return;
      probe.pinReady = performance.now();
      afterFrame('pinPainted');
    }
    if (probe.tap === null || probe.ready !== null || !isFormReady()) return;
    probe.ready = performance.now();
    observer.disconnect();
    afterFrame('painted');
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/**
 * Runs in the page: PBKDF2-SHA-256 alone with the iteration count stored in the signed-in person's PIN record
 * (meta rows `person:<id>`), i.e. the part of an unlock that only a faster device or fewer iterations shortens.
 */
async function measurePbkdf2() {
  const records = await new Promise((resolve, reject) => {
    const open = indexedDB.open('ura');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('meta').objectStore('meta').getAll();
      request.onsuccess = () => (db.close(), resolve(request.result));
      request.onerror = () => reject(request.error);
    };
  });
  const iterations = records.find((r) => String(r.key).startsWith('person:') && r.value?.pin)?.value.pin.iterations;
  if (!iterations) return null;
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('000000'), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const started = performance.now();
  await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return { iterations, ms: performance.now() - started };
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
 * `context`: a set-up tablet whose service worker controls the app, a volunteer signed in with a PIN. Closes
 * every page of the app (so no open tab hands the data key over), sets it offline, then `runs` times: a new
 * page, `cpuRate`× throttling, navigate, wait for the PIN prompt, type the PIN (not timed), tap Unlock, wait
 * for the form. The context is put back online after; the tablet is left with no page of the app open.
 */
export async function measureColdStart(context, { runs, cpuRate }) {
  const keepAlive = await context.newPage(); // a blank page keeps the browser up between runs
  for (const page of context.pages()) if (page !== keepAlive) await page.close();
  await context.setOffline(true);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const pinShown = (await exposeSignal(page, SIGNALS.pinPainted)).next();
      const formShown = (await exposeSignal(page, SIGNALS.painted)).next();
      await page.addInitScript(installReadyProbe, {
        heading: UI.newSession,
        searchLabel: UI.services,
        pinField: PIN_FIELD,
        signals: SIGNALS,
      });
      const cdp = await throttleCpu(page, cpuRate);
      const workerStopped = await stopServiceWorkers(cdp);
      await page.goto('/sessions/new', { waitUntil: 'commit' });
      if (!(await within(pinShown, 30_000))) throw new Error('cold start: no PIN prompt within 30 s');
      const field = page.locator(PIN_FIELD);
      await field.fill(PIN);
      await page.locator('form', { has: field }).locator('button[type="submit"]').click();
      if (!(await within(formShown, 30_000)))
        throw new Error('cold start: no New session form within 30 s of the unlock');
      // Cross-check with Playwright's own view, then read the page's clocks.
      await page.getByRole('heading', { name: UI.newSession }).waitFor();
      const run = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          ...window.__uraBenchReady,
          documentFromServiceWorker: nav.workerStart > 0,
          responseEnd: nav.responseEnd,
          domContentLoaded: nav.domContentLoadedEventEnd,
        };
      });
      const pbkdf2 = await page.evaluate(measurePbkdf2);
      results.push({
        ...run,
        pbkdf2,
        workerStopped,
        controlled: await page.evaluate(() => Boolean(navigator.serviceWorker.controller)),
      });
      await page.close();
    }
  } finally {
    await context.setOffline(false);
    await keepAlive.close();
  }
  const round = (x) => (x === null || x === undefined ? null : Math.round(x));
  const medianOf = (f) => round(median(results.map(f)));
  return {
    // (a) navigation start → the PIN prompt is usable: the cold start a volunteer waits through.
    endsAt: 'PIN prompt (signed-in tablet after a restart)',
    medianMs: medianOf((r) => r.pinReady),
    medianPaintedMs: medianOf((r) => r.pinPainted),
    // (b) tap on Unlock → the New session form is usable.
    unlock: {
      medianMs: medianOf((r) => r.ready - r.tap),
      medianPaintedMs: medianOf((r) => r.painted - r.tap),
      medianFromInputMs: medianOf((r) => r.ready - r.tapEventTimeStamp),
      pbkdf2Iterations: results.find((r) => r.pbkdf2)?.pbkdf2.iterations ?? null,
      pbkdf2MedianMs: results.every((r) => r.pbkdf2) ? medianOf((r) => r.pbkdf2.ms) : null,
    },
    runs: results.map((r) => ({
      shellMs: round(r.shell),
      pinReadyMs: round(r.pinReady),
      pinPaintedMs: round(r.pinPainted),
      tapMs: round(r.tap),
      unlockMs: round(r.ready - r.tap),
      unlockPaintedMs: round(r.painted - r.tap),
      pbkdf2Ms: round(r.pbkdf2?.ms),
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
