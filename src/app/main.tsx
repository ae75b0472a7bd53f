import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { seedCatalogueIfEmpty } from './db/catalogue';
import { getDb } from './db/AppDb';
import { openDb } from './db/lifecycle';
import { hasDataKey, joinDataKeyChannel, watchDataKey } from './db/sealing/dataKey';
import { sealOlderRows } from './db/sealing/sealPass';
import { loadPagesHeldBack } from './features/auth/pageBehindGate';
import { DbBlockedScreen } from './features/diagnostics/DbBlockedScreen';
import { DbProblemScreen, type DbProblem } from './features/shell/DbProblemScreen';
import { afterFirstScreen } from './features/shell/firstScreen';
import { setUpI18n } from './i18n/setup';
import { askPersistenceWhenInstalled } from './pwa/persist';
import { handlePreloadErrors } from './pwa/preloadError';
import { startServiceWorker } from './pwa/swBridge';
import { router } from './routes/router';
import './ui/styles.css';

const SYNC_START_MAX_WAIT_MS = 2000;

async function boot(): Promise<void> {
  handlePreloadErrors();
  // A tab opened (or reloaded) while another one is unlocked gets the data key from it, memory to memory.
  joinDataKeyChannel();
  const root = createRoot(document.getElementById('root')!);
  const render = (problem: DbProblem | null) =>
    root.render(<StrictMode><Suspense fallback={null}>{problem ? <DbProblemScreen problem={problem} /> : <RouterProvider router={router} />}</Suspense></StrictMode>);

  // The texts and the database load side by side; every screen waits for the texts.
  const textsReady = setUpI18n();
  const withTexts = (show: () => void) => () => void textsReady.then(show);
  // Blocked: this tab's upgrade waits for tabs on the old version; it goes on by itself once they close.
  const status = await openDb(withTexts(() => render('versionchange')), withTexts(() => root.render(<Suspense fallback={null}><DbBlockedScreen /></Suspense>)));
  await textsReady;
  if (status !== 'open') return render(status);
  // The bundled starter catalogue is a first-run fallback only; load it only when needed.
  await seedCatalogueIfEmpty(async () => (await import('../shared/catalogue/starterCatalogue')).loadStarterCatalogue());
  render(null);
  // Groups stored in the clear by an older version are sealed at the first unlock.
  watchDataKey(() => {
    if (hasDataKey()) void sealOlderRows(getDb());
  });
  startServiceWorker();
  askPersistenceWhenInstalled();
  // The opened page's code (held back while locked), the sync engine and the local window (synced sessions
  // older than it leave the device, at start and after each sync) are not needed to show the first screen
  // (issue 2): they load once the browser is idle after that screen shows (without a screen that says so,
  // SYNC_START_MAX_WAIT_MS after the render), on every start, locked or not (the engine still sees a
  // revocation while locked). Offline, the precache serves their chunks.
  afterFirstScreen(
    () =>
      whenIdle(() => {
        loadPagesHeldBack();
        void import('./db/localWindowRunner').then(({ startLocalWindow }) => startLocalWindow());
        void import('./sync').then(({ startSync }) => startSync());
      }),
    SYNC_START_MAX_WAIT_MS,
  );
}

/** Runs `task` when the main thread is idle, and at the latest after SYNC_START_MAX_WAIT_MS. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: SYNC_START_MAX_WAIT_MS });
  else setTimeout(task, 0);
}

void boot();
