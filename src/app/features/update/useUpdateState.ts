import { useSyncExternalStore } from 'react';
import { isUpdateWaiting, subscribeUpdateWaiting } from '../../pwa/swBridge';
import { isUpdateHeld, subscribeUpdateHolds } from '../../pwa/updateGate';

export function useUpdateState() {
  const isWaiting = useSyncExternalStore(subscribeUpdateWaiting, isUpdateWaiting);
  const isHeld = useSyncExternalStore(subscribeUpdateHolds, isUpdateHeld);
  return { isWaiting, isHeld };
}
