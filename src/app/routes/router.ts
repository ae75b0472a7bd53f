import { createRouter } from '@tanstack/react-router';
import { consoleIndexRoute, consoleRoute } from './console';
import { consoleAuditRoute } from './consoleAudit';
import { consoleCatalogueRoute } from './consoleCatalogue';
import { consoleCentresRoute } from './consoleCentres';
import { consoleDevicesRoute } from './consoleDevices';
import { consoleHandoffRoute } from './consoleHandoff';
import { consolePeopleRoute } from './consolePeople';
import { consoleReportsRoute } from './consoleReports';
import { consoleSignInRoute } from './consoleSignIn';
import { enrolRoute } from './enrol';
import { handoffRoute } from './handoff';
import { diagnosticsRoute } from './diagnostics';
import { inviteRoute } from './invite';
import { localReportRoute } from './localReport';
import { rootRoute } from './root';
import { sessionEditRoute } from './sessionEdit';
import { sessionNewRoute } from './sessionNew';
import { settingsRoute } from './settings';
import { setupRoute } from './setup';
import { syncRoute } from './sync';
import { tabletRoute } from './tablet';
import { todayRoute } from './today';

const routeTree = rootRoute.addChildren([
  tabletRoute.addChildren([todayRoute, sessionNewRoute, sessionEditRoute, settingsRoute, diagnosticsRoute, syncRoute, localReportRoute, handoffRoute]),
  setupRoute,
  enrolRoute,
  inviteRoute,
  consoleSignInRoute,
  consoleRoute.addChildren([consoleIndexRoute, consoleCentresRoute, consolePeopleRoute, consoleDevicesRoute, consoleCatalogueRoute, consoleAuditRoute, consoleReportsRoute, consoleHandoffRoute]),
]);

export const router = createRouter({ routeTree });

declare module '@tanstack/react-router' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: typeof router;
  }
}
