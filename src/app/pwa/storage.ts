// Kept for existing imports; the persistence requests live in persist.ts.
export { requestPersistentStorage } from './persist';
