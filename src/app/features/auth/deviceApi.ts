import type { EnrolDeviceResponse, SessionTokens } from '../../../shared/auth/api';
import { DEVICE_HEADER } from '../../../shared/auth/roles';
import { ApiError, apiErrorOf, OFFLINE } from '../../api/http';

/** The tablet's own calls: enrolment with a code, and a person's sign-in with the device token in X-Ura-Device. */

async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(OFFLINE, 0, 'No answer from the server');
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    parsed = null;
  }
  if (!response.ok) throw apiErrorOf(response.status, parsed, response.headers.get('retry-after'));
  return parsed as T;
}

export function enrolDevice(enrolmentCode: string, label: string): Promise<EnrolDeviceResponse> {
  return post<EnrolDeviceResponse>('/api/devices/enrol', { enrolmentCode, label });
}

export function signInOnTablet(login: string, password: string, deviceToken: string): Promise<SessionTokens> {
  return post<SessionTokens>('/api/auth/sign-in', { login, password }, { [DEVICE_HEADER]: deviceToken });
}
