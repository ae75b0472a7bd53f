import { describe, expect, it, vi } from 'vitest';
import type { SessionTokens, UserView } from '../../shared/auth/api';
import { createConsoleSession } from './consoleSession';
import { ApiError, OFFLINE } from './http';

const user: UserView = { id: 'u1', displayName: 'Arta', login: 'arta', role: 'admin', centreIds: [], isDisabled: false, pinResetAt: null };
const tokens = (n: number): SessionTokens => ({ user, accessToken: `access-${n}`, accessExpiresAt: '', refreshToken: `refresh-${n}`, refreshExpiresAt: '' });
const expired = () => new ApiError('TOKEN_EXPIRED', 401, 'The access token expired; refresh it');

function memory() {
  const map = new Map<string, string>();
  return { map, storage: { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } };
}

/** A server whose refresh answers after `release()`, rotating the pair each time. */
function setUp(storage = memory()) {
  let n = 1;
  let release: () => void = () => undefined;
  const refresh = vi.fn((_token: string) => new Promise<SessionTokens>((resolve) => (release = () => resolve(tokens(++n)))));
  const signOut = vi.fn((_token: string) => Promise.resolve());
  const session = createConsoleSession({ storage: storage.storage, refresh, signOut });
  return { session, refresh, signOut, storage, release: () => release() };
}

/** A protected call that accepts only `valid` and says the rest expired. */
const callWith = (valid: () => string) => vi.fn((token: string) => (token === valid() ? Promise.resolve(`ok with ${token}`) : Promise.reject(expired())));

describe('consoleSession', () => {
  it('keeps the refresh token in tab storage and the access token in memory only', () => {
    const { session, storage } = setUp();
    session.begin(tokens(1));
    expect([...storage.map.values()]).toEqual(['refresh-1']);
    expect(session.getSnapshot()).toEqual({ status: 'signedIn', user });
  });

  it('refreshes once for two concurrent expired calls, then retries each once with the new token', async () => {
    const { session, refresh, release } = setUp();
    session.begin(tokens(1));
    const call = callWith(() => 'access-2');
    const both = Promise.all([session.authed(call), session.authed(call)]);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    release();
    expect(await both).toEqual(['ok with access-2', 'ok with access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('refresh-1');
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('does not refresh again for a call whose 401 arrives after another call already refreshed', async () => {
    const { session, refresh, release } = setUp();
    session.begin(tokens(1));
    let answerLate: (v: unknown) => void = () => undefined;
    const late = vi.fn((token: string) => (token === 'access-1' ? new Promise((_, reject) => (answerLate = () => reject(expired()))) : Promise.resolve(token)));
    const slow = session.authed(late);
    const fast = session.authed(callWith(() => 'access-2'));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    release();
    await fast;
    answerLate(undefined);
    expect(await slow).toBe('access-2');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries only once: a second expiry is the caller’s error', async () => {
    const { session, refresh, release } = setUp();
    session.begin(tokens(1));
    const result = session.authed(() => Promise.reject(expired()));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    release();
    await expect(result).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('signs out when the refresh is refused, and says the session expired', async () => {
    const storage = memory();
    const session = createConsoleSession({
      storage: storage.storage,
      refresh: () => Promise.reject(new ApiError('UNAUTHENTICATED', 401, 'Sign in again')),
      signOut: () => Promise.resolve(),
    });
    session.begin(tokens(1));
    await expect(session.authed(() => Promise.reject(expired()))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', hasExpired: true });
    expect(storage.map.size).toBe(0);
  });

  it('signs out on a revoked session (401 that is not an expiry) without refreshing', async () => {
    const { session, refresh } = setUp();
    session.begin(tokens(1));
    await expect(session.authed(() => Promise.reject(new ApiError('UNAUTHENTICATED', 401, 'x')))).rejects.toBeInstanceOf(ApiError);
    expect(refresh).not.toHaveBeenCalled();
    expect(session.getSnapshot()).toMatchObject({ status: 'signedOut', hasExpired: true });
  });

  it('after sign-out: clears both tokens, a refresh still in flight signs nobody back in, and a new sign-in is used afresh', async () => {
    const { session, refresh, signOut, storage, release } = setUp();
    session.begin(tokens(1));
    const pending = session.authed(() => Promise.reject(expired()));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    await session.signOut();
    expect(signOut).toHaveBeenCalledWith('access-1');
    expect(storage.map.size).toBe(0);
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', hasExpired: false });
    release();
    await expect(pending).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.getSnapshot().status).toBe('signedOut');
    expect(storage.map.size).toBe(0);

    session.begin(tokens(10));
    const call = callWith(() => 'access-10');
    expect(await session.authed(call)).toBe('ok with access-10');
    const next = session.authed(callWith(() => 'access-11'));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(2));
    expect(refresh).toHaveBeenLastCalledWith('refresh-10');
    release();
    await next.catch(() => undefined);
  });

  it('restores after a reload from the stored refresh token, and says so when the server is unreachable', async () => {
    const storage = memory();
    storage.storage.setItem('ura.console.refresh', 'refresh-1');
    const refresh = vi.fn().mockRejectedValueOnce(new ApiError(OFFLINE, 0, 'x')).mockResolvedValueOnce(tokens(2));
    const session = createConsoleSession({ storage: storage.storage, refresh, signOut: () => Promise.resolve() });
    expect(session.getSnapshot()).toEqual({ status: 'restoring' });
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'unreachable' });
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'signedIn', user });
    expect(storage.map.get('ura.console.refresh')).toBe('refresh-2');
  });

  it('signing out with an expired access token still ends the session on the server', async () => {
    const storage = memory();
    const signOut = vi.fn((token: string) => (token === 'access-1' ? Promise.reject(expired()) : Promise.resolve()));
    const session = createConsoleSession({ storage: storage.storage, refresh: () => Promise.resolve(tokens(2)), signOut });
    session.begin(tokens(1));
    await session.signOut();
    expect(signOut).toHaveBeenLastCalledWith('access-2');
    expect(session.getSnapshot().status).toBe('signedOut');
    expect(storage.map.size).toBe(0);
  });
});
