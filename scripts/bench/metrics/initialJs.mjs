// Initial-route JavaScript: what a set-up tablet downloads to show the Today screen, gzipped (level 9). The data
// key lives in memory only, so a (re)started tablet first shows the PIN prompt: the total counts what is loaded
// up to it and what the unlock and Today load after it, each file marked with its part. Scripts first requested
// after the PIN prompt was on screen and before the unlock (the app's idle-time work, e.g. the sync engine) are
// not needed to show either screen: they are listed and totalled apart ('loaded when idle'), not in the total.
import { gzipSync } from 'node:zlib';
import { UI } from '../browser.mjs';
import { PIN_FIELD, unlockAfterLoad } from '../unlock.mjs';

const QUIET_MS = 500; // "network idle": no request in flight for this long
const PIN_SHOWN_AT = '__uraBenchPinShownAt';
const NOT_APP_CODE = [/\/sw\.js(\?|$)/, /\/workbox-[^/]*\.js(\?|$)/]; // the service worker and its runtime

function isJavaScript(response) {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || type.includes('javascript');
}

/** In the page before any app code: notes when the PIN field is first in the document (performance.now()). */
function notePinShown({ selector, key }) {
  const seen = () => {
    if (window[key] !== undefined || !document.querySelector(selector)) return;
    window[key] = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Script URLs whose request started after the PIN field was in the document (resource timing). */
async function scriptsAfterPinShown(page) {
  return page.evaluate((key) => {
    const shownAt = window[key];
    if (shownAt === undefined) return [];
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.initiatorType === 'link' || entry.initiatorType === 'other')
      .filter((entry) => entry.startTime > shownAt)
      .map((entry) => entry.name);
  }, PIN_SHOWN_AT);
}

/** Waits until no request has been in flight for QUIET_MS. */
function networkQuiet(page) {
  let inFlight = 0;
  let lastActivity = Date.now();
  const start = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const end = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    async wait() {
      while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
    },
    stop() {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}

/**
 * `context` must belong to a tablet that is already set up (a volunteer signed in with a PIN), with no
 * unlocked page of the app open, and whose service workers are blocked, so every script comes from the
 * server. The HTTP cache is switched off for the load.
 */
export async function measureInitialJs(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  const bodies = [];
  page.on('response', (response) => {
    if (!isJavaScript(response) || NOT_APP_CODE.some((re) => re.test(response.url()))) return;
    bodies.push(response.body().then((body) => ({ url: response.url(), body })));
  });
  await page.addInitScript(notePinShown, { selector: PIN_FIELD, key: PIN_SHOWN_AT });
  const quiet = networkQuiet(page);
  await page.goto('/');
  await page.locator(PIN_FIELD).waitFor();
  await quiet.wait();
  const toPrompt = bodies.length; // responses up to the quiet PIN prompt
  const whenIdle = new Set(await scriptsAfterPinShown(page));
  await unlockAfterLoad(page);
  await page.getByRole('heading', { name: UI.today }).waitFor();
  await quiet.wait();
  quiet.stop();

  const chunks = (await Promise.all(bodies)).map(({ url, body }, i) => ({
    file: new URL(url).pathname,
    part: i >= toPrompt ? 'after unlock' : whenIdle.has(url) ? 'loaded when idle' : 'to PIN prompt',
    bytes: body.length,
    gzipBytes: gzipSync(body, { level: 9 }).length,
  }));
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  await page.close();
  const total = (list) => ({
    gzipBytes: list.reduce((sum, c) => sum + c.gzipBytes, 0),
    bytes: list.reduce((sum, c) => sum + c.bytes, 0),
  });
  return {
    ...total(chunks.filter((c) => c.part !== 'loaded when idle')),
    path: 'restart: PIN prompt, unlock, Today',
    loadedWhenIdle: total(chunks.filter((c) => c.part === 'loaded when idle')),
    toPinPrompt: total(chunks.filter((c) => c.part === 'to PIN prompt')),
    afterUnlock: total(chunks.filter((c) => c.part === 'after unlock')),
    chunks,
  };
}
