import { SyncState } from './state';

/** The one sync state of this tab, apart from the engine so the header can show it before sync loads. */
export const syncState = new SyncState();
