import type { AcceptInviteRequest, AuthStatus, SessionTokens, SetupRequest, SignInRequest, UserView } from '../../shared/auth/api';
import { requestJson } from './http';

/** /api/auth: the bare calls. The console keeps the tokens they return in consoleSession. */

export function getAuthStatus(): Promise<AuthStatus> {
  return requestJson<AuthStatus>('GET', '/api/auth/status');
}

/** The first admin, with the one-time code the server printed at its first start. */
export function setUpFirstAdmin(body: SetupRequest): Promise<SessionTokens> {
  return requestJson<SessionTokens>('POST', '/api/auth/setup', { body });
}

export function signIn(body: SignInRequest): Promise<SessionTokens> {
  return requestJson<SessionTokens>('POST', '/api/auth/sign-in', { body });
}

export function acceptInvite(body: AcceptInviteRequest): Promise<SessionTokens> {
  return requestJson<SessionTokens>('POST', '/api/auth/accept-invite', { body });
}

/** Rotates the pair: the refresh token sent works once, never send it twice. */
export function refreshTokens(refreshToken: string): Promise<SessionTokens> {
  return requestJson<SessionTokens>('POST', '/api/auth/refresh', { body: { refreshToken } });
}

export async function signOut(accessToken: string): Promise<void> {
  await requestJson<null>('POST', '/api/auth/sign-out', { token: accessToken });
}

export function getMe(accessToken: string): Promise<UserView> {
  return requestJson<UserView>('GET', '/api/auth/me', { token: accessToken });
}
