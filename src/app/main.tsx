import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { seedCatalogueIfEmpty } from './db/catalogue';
import { openDb } from './db/lifecycle';
import { DbProblemScreen, type DbProblem } from './features/shell/DbProblemScreen';
import { setUpI18n } from './i18n/setup';
import { handlePreloadErrors } from './pwa/preloadError';
import { startServiceWorker } from './pwa/swBridge';
import { router } from './routes/router';
import './ui/styles.css';

async function boot(): Promise<void> {
  handlePreloadErrors();
  const root = createRoot(document.getElementById('root')!);
  const render = (problem: DbProblem | null) =>
    root.render(<StrictMode><Suspense fallback={null}>{problem ? <DbProblemScreen problem={problem} /> : <RouterProvider router={router} />}</Suspense></StrictMode>);

  await setUpI18n();
  const status = await openDb(() => render('versionchange'));
  if (status !== 'open') return render(status);
  // The bundled starter catalogue is a first-run fallback only; load it only when needed.
  await seedCatalogueIfEmpty(async () => (await import('../shared/catalogue/starterCatalogue')).loadStarterCatalogue());
  render(null);
  startServiceWorker();
  // The sync engine (and zod) load after the first paint, never on the critical path.
  void import('./sync').then(({ startSync }) => startSync());
}

void boot();
