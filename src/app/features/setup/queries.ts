import { useLiveQuery } from 'dexie-react-hooks';
import { getDeviceProfile, type DeviceProfile } from '../../db/device';

/** undefined while loading, null when this tablet has not been set up yet. */
export function useDeviceProfile(): DeviceProfile | null | undefined {
  return useLiveQuery(() => getDeviceProfile(), [], undefined);
}
