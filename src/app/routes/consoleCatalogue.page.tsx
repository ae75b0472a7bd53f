import { useNavigate } from '@tanstack/react-router';
import { AdminOnly } from '../features/console/AdminOnly';
import { CatalogueScreen } from '../features/console/catalogue/CatalogueScreen';
import { consoleCatalogueRoute } from './consoleCatalogue';

export function ConsoleCataloguePage() {
  const { country = 'AL' } = consoleCatalogueRoute.useSearch();
  const navigate = useNavigate({ from: '/console/catalogue' });
  return (
    <AdminOnly>
      <CatalogueScreen country={country} onCountry={(next) => void navigate({ search: { country: next } })} />
    </AdminOnly>
  );
}
