import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useProfile } from '../features/setup/ProfileContext';

export function SettingsPage() {
  return <SettingsScreen profile={useProfile()} />;
}
