import { CentresScreen } from '../features/console/centres/CentresScreen';

export function ConsoleCentresPage() {
  return <CentresScreen />;
}
