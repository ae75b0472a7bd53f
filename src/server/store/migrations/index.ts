import type { Migration } from 'kysely';
import type { DialectName } from '../dialect';
import { initial } from './0001_initial';
import { people } from './0002_people';
import { reports } from './0003_reports';
import { deviceKeys } from './0004_device_keys';

/** Every migration, in order; the key is the name Kysely records. Add new ones at the end. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_people': people(dialect),
    '0003_reports': reports(dialect),
    '0004_device_keys': deviceKeys(),
  };
}
