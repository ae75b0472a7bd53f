import type { AuthStatus } from '../../../../shared/auth/api';
import { getAuthStatus } from '../../../api/auth';
import { useApiQuery, type ApiQuery } from '../useApiQuery';

/** Whether the server still waits for its first admin. */
export function useAuthStatus(): ApiQuery<AuthStatus> {
  return useApiQuery('auth-status', getAuthStatus);
}
