// Imported first by appWrites.js, so it runs before any schema is built.
//
// Under the server's CSP (no 'unsafe-eval') the app's zod finds it cannot compile validators and
// interprets them. The bench bundle is evaluated through the DevTools protocol, where zod's probe
// would wrongly succeed and a later compile would then throw; say it outright, so the same
// (interpreted) path runs as in the app.
import { config } from 'zod';

config({ jitless: true });
