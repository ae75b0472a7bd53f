// Kept apart from session.ts (which builds zod schemas) so code that only needs the number,
// like a queued delete, does not pull the validator into the app's first screen.

/** Bump when the stored shape of a session changes, and teach upgradeSession the step. */
export const SESSION_SCHEMA_VERSION = 1;
