import { useNavigate } from '@tanstack/react-router';
import { DevicesScreen } from '../features/console/devices/DevicesScreen';
import { consoleDevicesRoute } from './consoleDevices';

export function ConsoleDevicesPage() {
  const { centre } = consoleDevicesRoute.useSearch();
  const navigate = useNavigate({ from: '/console/devices' });
  return <DevicesScreen centreId={centre} onCentre={(id) => void navigate({ search: { centre: id } })} />;
}
