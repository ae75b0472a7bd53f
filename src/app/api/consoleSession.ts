import type { SessionTokens, UserView } from '../../shared/auth/api';
import { refreshTokens, signOut } from './auth';
import { ApiError, OFFLINE } from './http';

/*
 * The console's sign-in: the access token lives in memory only, the refresh token in sessionStorage
 * (this tab only, gone when the tab closes), never in localStorage or a URL, never logged. Refresh
 * tokens rotate and a spent one revokes the whole session on the server, so refreshing is single-flight.
 */

export type ConsoleSnapshot =
  | { status: 'restoring' }
  | { status: 'unreachable' }
  | { status: 'signedOut'; hasExpired: boolean }
  | { status: 'signedIn'; user: UserView };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Deps = {
  storage: Storage;
  refresh: (refreshToken: string) => Promise<SessionTokens>;
  signOut: (accessToken: string) => Promise<void>;
};

export type ConsoleSession = ReturnType<typeof createConsoleSession>;

const REFRESH_KEY = 'ura.console.refresh';
const isUnauthenticated = (e: unknown): e is ApiError => e instanceof ApiError && e.status === 401;

export function createConsoleSession({ storage, refresh: callRefresh, signOut: callSignOut }: Deps) {
  let accessToken: string | null = null;
  let snapshot: ConsoleSnapshot = storage.getItem(REFRESH_KEY) ? { status: 'restoring' } : { status: 'signedOut', hasExpired: false };
  let refreshing: Promise<string> | null = null;
  // Bumped at every sign-out: an answer to a request made before it must not sign anyone back in.
  let generation = 0;
  const listeners = new Set<() => void>();

  function publish(next: ConsoleSnapshot): void {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function begin(tokens: SessionTokens): UserView {
    accessToken = tokens.accessToken;
    storage.setItem(REFRESH_KEY, tokens.refreshToken);
    publish({ status: 'signedIn', user: tokens.user });
    return tokens.user;
  }

  function end(hasExpired: boolean): void {
    const wasSignedIn = snapshot.status !== 'signedOut';
    generation += 1;
    accessToken = null;
    refreshing = null;
    storage.removeItem(REFRESH_KEY);
    publish({ status: 'signedOut', hasExpired: hasExpired && wasSignedIn });
  }

  function refresh(): Promise<string> {
    if (refreshing) return refreshing;
    const started = generation;
    const stored = storage.getItem(REFRESH_KEY);
    const attempt = (async () => {
      if (!stored) throw new ApiError('UNAUTHENTICATED', 401, 'Not signed in');
      try {
        const tokens = await callRefresh(stored);
        if (started !== generation) throw new ApiError('UNAUTHENTICATED', 401, 'Signed out meanwhile');
        begin(tokens);
        return tokens.accessToken;
      } catch (error) {
        if (started === generation) {
          if (isUnauthenticated(error)) end(true);
          else if (snapshot.status === 'restoring' && error instanceof ApiError && error.code === OFFLINE) publish({ status: 'unreachable' });
        }
        throw error;
      }
    })();
    refreshing = attempt;
    const settle = () => {
      if (refreshing === attempt) refreshing = null;
    };
    attempt.then(settle, settle);
    return attempt;
  }

  /** Runs a call with the access token; on TOKEN_EXPIRED refreshes once (shared by concurrent calls) and retries once. */
  async function authed<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    const token = accessToken ?? (await refresh());
    try {
      return await call(token);
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      if (error.code !== 'TOKEN_EXPIRED') {
        if (accessToken === token) end(true);
        throw error;
      }
    }
    // Another call may have refreshed already while this one was waiting.
    const fresh = accessToken !== null && accessToken !== token ? accessToken : await refresh();
    try {
      return await call(fresh);
    } catch (error) {
      if (isUnauthenticated(error) && accessToken === fresh) end(true);
      throw error;
    }
  }

  return {
    getSnapshot: (): ConsoleSnapshot => snapshot,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Keeps the tokens of a sign-in, setup or accepted invite. */
    begin,
    authed,
    /** After a reload: the stored refresh token gives a new pair and the person. */
    async restore(): Promise<void> {
      if (snapshot.status !== 'restoring' && snapshot.status !== 'unreachable') return;
      if (snapshot.status === 'unreachable') publish({ status: 'restoring' });
      await refresh().catch(() => undefined);
    },
    /** Ends the session in this tab at once, then on the server when it can be reached. */
    async signOut(): Promise<void> {
      const token = accessToken;
      const stored = storage.getItem(REFRESH_KEY);
      end(false);
      try {
        if (token) return await callSignOut(token);
      } catch (error) {
        if (!(isUnauthenticated(error) && error.code === 'TOKEN_EXPIRED')) return;
      }
      // The access token had expired (or a reload lost it): the stored refresh token still names the session.
      if (stored) await callRefresh(stored).then((tokens) => callSignOut(tokens.accessToken)).catch(() => undefined);
    },
  };
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

function tabStorage(): Storage {
  try {
    return globalThis.sessionStorage ?? memoryStorage();
  } catch {
    // Storage disabled by the browser: the sign-in then lasts until the page reloads.
    return memoryStorage();
  }
}

export const consoleSession = createConsoleSession({ storage: tabStorage(), refresh: refreshTokens, signOut });
