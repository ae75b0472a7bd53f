import { refreshTokens } from '../../api/auth';
import { ApiError } from '../../api/http';
import type { LocalPerson } from '../../db/people';

type Checked = Partial<Pick<LocalPerson, 'needsSignIn' | 'pinResetAt' | 'accessToken' | 'accessExpiresAt' | 'refreshToken' | 'refreshExpiresAt'>>;

/**
 * When the tablet is online, a PIN unlock renews the person's tokens: the answer carries the server's
 * pinResetAt, and a 401 means the server ended the sign-in (PIN reset, person disabled, tablet revoked,
 * refresh token expired), so only a new online sign-in unlocks. Offline or a server problem changes nothing.
 * One tab at a time (Web Locks): a refresh token sent twice ends the whole sign-in on the server.
 */
export async function checkWithServer(person: LocalPerson): Promise<Checked> {
  const token = person.refreshToken;
  if (!token || !navigator.onLine) return {};
  const run = async (): Promise<Checked> => {
    try {
      const tokens = await refreshTokens(token);
      return {
        pinResetAt: tokens.user.pinResetAt,
        accessToken: tokens.accessToken,
        accessExpiresAt: tokens.accessExpiresAt,
        refreshToken: tokens.refreshToken,
        refreshExpiresAt: tokens.refreshExpiresAt,
      };
    } catch (error) {
      return error instanceof ApiError && error.status === 401 ? { needsSignIn: true } : {};
    }
  };
  return 'locks' in navigator ? navigator.locks.request(`ura-refresh:${person.id}`, run) : run();
}
