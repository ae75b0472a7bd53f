import { hasDataKey } from '../../db/sealing/dataKey';

// The router loads a route's code before it renders anything on the matched path, the AuthGate included. A
// restarted tablet opened at /sessions/new would wait for the form's code (and evaluate it) before it could
// show its PIN prompt, although the form cannot show until the PIN is in (issue 2's cold start). So a page
// behind the gate lets the router go on while no data key is held (the gate then shows the lock, enrolment or
// revoked screen, never the page); its code loads once that screen is up (`loadPagesHeldBack`), or when the
// page first renders, whichever comes first. With the key held it loads as any route's code does: before the
// page shows, so moving between pages never flashes an empty one.

const heldBack = new Set<() => Promise<void> | undefined>();

type RouteCode = { preload?: () => Promise<void> | undefined };

/** A tablet page's `lazyRouteComponent`, its code held back while no data key is held. */
export function behindGate<Page extends RouteCode>(page: Page): Page {
  const load = page.preload;
  if (!load) return page;
  page.preload = () => {
    if (hasDataKey()) return load();
    heldBack.add(load);
    return undefined;
  };
  return page;
}

/** Loads the code of the pages the router matched while the tablet was locked: called once the gate's screen shows. */
export function loadPagesHeldBack(): void {
  for (const load of heldBack) void load();
  heldBack.clear();
}
