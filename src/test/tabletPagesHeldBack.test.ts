// Across layers: the router's tablet routes (routes) and the data key (db), without a page rendered.
import { describe, expect, it, vi } from 'vitest';
import { dropDataKey } from '../app/db/sealing/dataKey';
import { router } from '../app/routes/router';
import { tabletRoute } from '../app/routes/tablet';

vi.mock('virtual:pwa-register', () => ({ registerSW: () => () => Promise.resolve() }));

describe('the tablet routes', () => {
  // A locked restart opened at a page's URL shows the PIN prompt without waiting for that page's code (issue 2).
  it('each hold their lazily loaded page back while the tablet is locked (no data key)', () => {
    dropDataKey();
    const pages = Object.values(router.routesById).filter((route) => route.parentRoute === tabletRoute);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const lazy = pages.filter((route) => typeof route.options.component?.preload === 'function');
    expect(lazy.map((route) => route.id)).toContain('/_tablet/sessions/new');
    expect(lazy.length).toBe(pages.length - 1); // all but Today, which ships in the entry
    for (const route of lazy) expect([route.id, route.options.component?.preload?.()]).toEqual([route.id, undefined]);
  });
});
