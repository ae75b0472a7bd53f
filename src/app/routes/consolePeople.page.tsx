import { PeopleScreen } from '../features/console/people/PeopleScreen';

export function ConsolePeoplePage() {
  return <PeopleScreen />;
}
