// Headless Chromium "tablets" for the benchmark, and the few UI steps every metric needs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ROOT } from './server.mjs';
import { reloadUnlocked } from './unlock.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The language the benchmark drives the UI in (the app starts in Albanian; the picker switches it). */
export const UI = {
  today: 'Today',
  newSession: 'New session',
  services: 'E-services',
  serviceResults: 'E-services to choose from',
  save: 'Save',
  saved: 'Saved',
};

/**
 * One tablet: a persistent Chromium profile in a temporary folder. Persistent (not an incognito context)
 * so IndexedDB lives on disk as on a real device: strict durability then really waits for the flush,
 * and navigator.storage.estimate() measures files.
 * `serviceWorkers: 'block'` gives a tablet whose every load comes from the network.
 */
export async function launchDevice({ executablePath, baseURL, serviceWorkers = 'allow' }) {
  const profileDir = mkdtempSync(join(tmpdir(), 'ura-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: ARGS,
    baseURL,
    serviceWorkers,
    viewport: { width: 1280, height: 800 }, // a common 10" tablet in landscape
    // app.mjs stops everything itself on Ctrl-C (server included); Playwright's own handlers would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  context.setDefaultTimeout(30_000);
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  };
  return { context, close, profileDir };
}

/** The first page of a persistent context (it opens with one), or a new one. */
export async function firstPage(context) {
  return context.pages()[0] ?? (await context.newPage());
}

/**
 * tablet-page.mjs (the app's write path, the enrolment, the signed-in actor, the demo generator) bundled
 * into one expression that defines window.UraBench. Evaluated through the DevTools protocol (not a
 * <script>, so the CSP does not apply).
 */
export async function bundleTabletPage() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'scripts/bench/tablet-page.mjs'), formats: ['iife'], name: 'UraBench' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output[0];
  return `(() => { ${output.code}\n; globalThis.UraBench = UraBench; return true; })()`;
}

/**
 * Evaluates bundleTabletPage()'s `script` in `page` (an unlocked page of the app) and waits until the bundle
 * holds the data key, which its createSession() needs to seal the groups it writes.
 */
export async function loadTabletPage(page, script) {
  await page.evaluate(script);
  await page.evaluate(() => window.UraBench.awaitDataKey());
}

/**
 * Resolves once the service worker is installed (the app shell is cached) and controls the page.
 * (A waitForFunction with an async predicate would not do: the returned promise itself is truthy.)
 */
export async function waitForOfflineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const isControlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (await isControlled()) return;
  // The worker activates on the first visit but controls only the next load (prompt mode: no clients.claim).
  // The reload drops the data key from memory: the signed-in volunteer enters the PIN again.
  await reloadUnlocked(page);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 30_000 });
}

/** CPU throttling through the DevTools protocol (rate 1 = none); returns the CDP session for reuse. */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** "HeadlessChrome/156.0.…" as the browser reports itself. */
export async function browserVersion(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Whether `promise` settles within `ms` (the timer is cleared either way). */
export async function within(promise, ms) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Exposes `window[name]()` to the page, for the page to tell the harness that something happened without
 * the harness polling it (its messages would run on the page's thread). `next()` resolves at the page's
 * next call after it.
 */
export async function exposeSignal(page, name) {
  let resolveNext = () => {};
  await page.exposeBinding(name, () => resolveNext());
  return { next: () => new Promise((resolve) => (resolveNext = resolve)) };
}
