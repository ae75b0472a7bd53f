import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { consoleRoute } from './console';
import { countrySearch } from './consoleSearch';

/** /console/catalogue?country=AL|XK|MK|ME|RS (Albania without it). */
export const consoleCatalogueRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/catalogue',
  validateSearch: countrySearch,
  component: lazyRouteComponent(() => import('./consoleCatalogue.page'), 'ConsoleCataloguePage'),
});
