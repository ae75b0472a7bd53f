// Save latency: from the tap on Save to the "Saved" status, measured inside the page, under CPU throttling.
import { writeFileSync } from 'node:fs';
import { UI, exposeSignal, within } from '../browser.mjs';
import { summary } from '../stats.mjs';
import { gotoUnlocked } from '../unlock.mjs';

const PAUSE_BEFORE_SAVE_MS = 100; // a volunteer's finger moves to Save; the last draft write settles meanwhile
const COMMIT_PROBE_RUNS = 30;

// Realistic, varied input (English labels, Albanian catalogue). Rotated by the save's index.
const SERVICES = [
  ['birth', /birth certificate/i],
  ['income', /income declaration/i],
  ['pension', /pension application/i],
  ['account', /e-Albania account/i],
  ['prescription', /prescription/i],
  ['property', /property ownership/i],
  ['jobseeker', /jobseeker/i],
  ['family', /family certificate/i],
];
const MINUTES = ['5 min', '10 min', '15 min', '20 min', '30 min'];
const GENDERS = ['Woman', 'Man', 'Woman', 'Not stated'];
const AGES = ['25–34', '45–54', '65 and over', '18–24', '55–64'];
const FIRST_VISIT = ['Yes', 'No'];

/**
 * Runs in the page before the app: notes when each readwrite transaction over sessions+outbox (a save)
 * starts and completes, to split the latency into before / inside / after the IndexedDB transaction.
 */
function installTransactionProbe() {
  const log = (window.__uraBenchTx = []);
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = original.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('sessions') && names.includes('outbox')) {
      const entry = { start: performance.now(), end: null, durability: tx.durability };
      log.push(entry);
      tx.addEventListener('complete', () => (entry.end = performance.now()));
    }
    return tx;
  };
}

/**
 * Runs in the page once the form is shown: a capture-phase click listener on Save starts the clock,
 * a MutationObserver stops it when a role=status element with the saved text appears (one that was
 * not already there at the tap). `painted` is taken after the next animation frame; then the page calls
 * the exposed `signal` binding, so the harness learns of the save without talking to the page meanwhile.
 */
function installSaveProbe({ saveLabel, savedText, signal }) {
  const saves = (window.__uraBenchSaves = []);
  let pending = null;
  let stale = new WeakSet();
  const savedStatuses = () =>
    [...document.querySelectorAll('[role="status"]')].filter((el) => el.textContent.includes(savedText));
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[type="submit"]') : null;
      if (!button || button.textContent.trim() !== saveLabel) return;
      stale = new WeakSet(savedStatuses());
      pending = { click: performance.now(), eventTimeStamp: event.timeStamp, saved: null, painted: null };
      saves.push(pending);
    },
    true,
  );
  new MutationObserver(() => {
    if (!pending || !savedStatuses().some((el) => !stale.has(el))) return;
    const save = pending;
    pending = null;
    save.saved = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        save.painted = performance.now();
        void window[signal](saves.length);
      }),
    );
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * Runs in the page: opens a scratch database (deleted by closeCommitProbe) for timing one small readwrite
 * transaction at a time, and puts a small probe button on the page whose tap starts one ('strict') and,
 * once it has completed, calls the `signal` binding. Tap-started against timer-started (measureCommitCost)
 * shows what a tap alone costs a transaction here: the browser's input handling and the frame it draws.
 */
async function openCommitProbe({ signal }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ura-bench-commit-probe', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const commit = (durability) => {
    const started = performance.now();
    const tx = db.transaction('rows', 'readwrite', { durability });
    tx.objectStore('rows').put({ text: 'x'.repeat(800) }, started);
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve(performance.now() - started);
      tx.onerror = () => reject(tx.error);
    });
  };
  const tapped = [];
  const button = document.createElement('button');
  button.textContent = 'probe';
  button.setAttribute('aria-hidden', 'true');
  button.style.cssText = 'position:fixed;left:0;top:0;width:88px;height:44px;z-index:1000';
  button.addEventListener('click', () => void commit('strict').then((ms) => (tapped.push(ms), window[signal]())));
  document.body.append(button);
  window.__uraCommitProbe = { db, commit, tapped, button };
}

/** Runs in the page: `runs` transactions one after another per durability, each started as the last completed. */
async function measureCommitCost(runs) {
  const { commit, tapped } = window.__uraCommitProbe;
  const result = { tapStrict: tapped };
  for (const durability of ['strict', 'relaxed']) {
    result[durability] = [];
    for (let i = 0; i < runs; i++) result[durability].push(await commit(durability));
  }
  return result;
}

async function closeCommitProbe() {
  const { db, button } = window.__uraCommitProbe;
  button.remove();
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('ura-bench-commit-probe');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
}

/** Fills the form for save number `i` through Playwright, as a volunteer would. */
async function fillForm(page, i) {
  const count = i % 5 === 4 ? 2 : 1; // every fifth citizen was helped with two e-services
  for (let k = 0; k < count; k++) {
    const [search, name] = SERVICES[(i + k * 3) % SERVICES.length];
    await page.getByLabel(UI.services, { exact: true }).fill(search);
    await page.getByRole('list', { name: UI.serviceResults }).getByRole('button', { name }).first().click();
  }
  if (i % 7 === 6) {
    const row = page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem').first();
    await row.getByRole('radio', { name: 'Not completed', exact: true }).check();
    await row.getByRole('radio', { name: 'Missing documents', exact: true }).check();
  }
  const group = (name) => page.getByRole('group', { name, exact: true });
  await group('Duration')
    .getByRole('radio', { name: MINUTES[i % MINUTES.length], exact: true })
    .check();
  await group('Gender')
    .getByRole('radio', { name: GENDERS[i % GENDERS.length], exact: true })
    .check();
  await group('Age')
    .getByRole('radio', { name: AGES[i % AGES.length], exact: true })
    .check();
  if (i % 3 === 0) await group('Groups (optional)').getByRole('checkbox', { name: 'Lives in a rural area' }).check();
  await group('First visit to the centre?')
    .getByRole('radio', { name: FIRST_VISIT[i % 2], exact: true })
    .check();
}

/**
 * `context`: a set-up tablet (a volunteer signed in with a PIN). Opens the New session form and saves `count` sessions. The form is filled
 * at full speed (it is not measured); CPU throttling (`cpuRate`×) is switched on for the pause before
 * each tap and the save itself, so everything measured runs throttled.
 */
export async function measureSaveLatency(context, { count, cpuRate, onProgress = () => {} }) {
  const page = await context.newPage();
  await page.addInitScript(installTransactionProbe);
  const signal = '__uraBenchSaved';
  const signalled = await exposeSignal(page, signal);
  await gotoUnlocked(page, '/sessions/new'); // a full load: the PIN again (not timed)
  await page.getByRole('heading', { name: UI.newSession }).waitFor();
  await page.evaluate(installSaveProbe, { saveLabel: UI.save, savedText: UI.saved, signal });
  const cdp = await page.context().newCDPSession(page);
  const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const saveButton = page.getByRole('button', { name: UI.save, exact: true });

  // BENCH_SAVE_CPU_PROFILE=<file>: a CPU profile of the page over all the saves (chrome://inspect or DevTools opens
  // it), for where the time goes in total. Its clock is not the page's performance.now(): to split it by phase of
  // a save, record a trace with the disabled-by-default-v8.cpu_profiler category instead (samples on the trace clock).
  const profileFile = process.env.BENCH_SAVE_CPU_PROFILE;
  if (profileFile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    await fillForm(page, i);
    // The volunteer scrolls to Save before tapping it; that scroll is not part of the save.
    await saveButton.scrollIntoViewIfNeeded();
    const box = await saveButton.boundingBox();
    if (!box) throw new Error(`save ${i + 1}: the Save button is not on screen`);
    await throttle(cpuRate);
    await page.waitForTimeout(PAUSE_BEFORE_SAVE_MS);
    // From the tap to the page's signal the harness sends the page nothing but the tap itself (no
    // actionability checks, no polling): its own messages would run on the page's thread in the timed span.
    // Tapped near the button's left end: the previous "Saved" toast (fixed, top centre, shown 4 s) can
    // cover the middle of the full-width button when the page is scrolled so that it sits there.
    const shown = signalled.next();
    await page.mouse.click(box.x + 24, box.y + Math.min(20, box.height / 2));
    if (!(await within(shown, 15_000))) {
      const alert = await page.getByRole('alert').allTextContents();
      throw new Error(
        `save ${i + 1} showed no "${UI.saved}" within 15 s${alert.length ? ` (alert: ${alert.join(' / ')})` : ''}`,
      );
    }
    await throttle(1);
    onProgress(i + 1, count);
  }
  const wallSeconds = Math.round((Date.now() - started) / 1000);
  if (profileFile) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  const { saves, transactions } = await page.evaluate(() => ({
    saves: window.__uraBenchSaves,
    transactions: window.__uraBenchTx,
  }));
  await page.evaluate(openCommitProbe, { signal });
  await throttle(cpuRate);
  for (let i = 0; i < COMMIT_PROBE_RUNS; i++) {
    await page.waitForTimeout(PAUSE_BEFORE_SAVE_MS);
    const done = signalled.next();
    await page.mouse.click(20, 20);
    if (!(await within(done, 15_000))) throw new Error('the commit probe: a tapped transaction did not complete');
  }
  const commit = await page.evaluate(measureCommitCost, COMMIT_PROBE_RUNS);
  await throttle(1);
  await page.evaluate(closeCommitProbe);
  await page.close();
  return {
    ...analyse(saves, transactions),
    commitCost: {
      tapStrict: summary(commit.tapStrict),
      strict: summary(commit.strict),
      relaxed: summary(commit.relaxed),
    },
    wallSeconds,
  };
}

/** Latency per save, and where it went: before, inside and after the save transaction. */
function analyse(saves, transactions) {
  const parts = { beforeTx: [], inTx: [], afterTx: [] };
  const durabilities = new Set();
  for (const s of saves) {
    const tx = transactions.find((t) => t.start >= s.click && t.end !== null && t.end <= s.saved);
    if (!tx) continue;
    durabilities.add(tx.durability);
    parts.beforeTx.push(tx.start - s.click);
    parts.inTx.push(tx.end - tx.start);
    parts.afterTx.push(s.saved - tx.end);
  }
  return {
    toSaved: summary(saves.map((s) => s.saved - s.click)),
    toPainted: summary(saves.map((s) => s.painted - s.click)),
    // The browser's own timestamp of the click, so the wait for a busy main thread counts too.
    fromInputToSaved: summary(saves.map((s) => s.saved - s.eventTimeStamp)),
    breakdown: { beforeTx: summary(parts.beforeTx), inTx: summary(parts.inTx), afterTx: summary(parts.afterTx) },
    durability: [...durabilities].join(','),
  };
}
