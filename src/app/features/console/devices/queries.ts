import type { DeviceView } from '../../../../shared/auth/api';
import { listDevices } from '../../../api/admin';
import { useApiQuery, type ApiQuery } from '../useApiQuery';

/** Every tablet in scope, newest enrolment first; the screen shows one centre's. */
export function useDevices(): ApiQuery<DeviceView[]> {
  return useApiQuery('devices', async () => (await listDevices()).sort((a, b) => b.enrolledAt.localeCompare(a.enrolledAt)));
}
