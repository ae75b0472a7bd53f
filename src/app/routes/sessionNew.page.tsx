import { NewSessionScreen } from '../features/sessionForm/NewSessionScreen';
import { useProfile } from '../features/setup/ProfileContext';

export function NewSessionPage() {
  return <NewSessionScreen profile={useProfile()} />;
}
