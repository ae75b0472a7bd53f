import { useEffect, useState } from 'react';
import type { Centre } from '../../../shared/schemas/centre';
import { listServerCentres } from '../../api/centres';

/** The server's centres when online; an empty list offline (setup then makes a new centre). */
export function useServerCentres(): Centre[] {
  const [centres, setCentres] = useState<Centre[]>([]);
  useEffect(() => {
    let isCurrent = true;
    listServerCentres().then(
      (list) => isCurrent && setCentres(list),
      () => undefined, // offline or no server: setting up a new centre still works
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return centres;
}
