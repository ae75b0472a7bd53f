import { AppDb } from '../app/db/AppDb';
import { useDb } from '../app/db/AppDb';
import type { DbVersion } from '../app/db/schema';

let counter = 0;

/** A new, empty device database for one test (fake-indexeddb). */
export function freshDb(versions?: readonly DbVersion[]): AppDb {
  counter += 1;
  const db = new AppDb(`ura-test-${counter}-${Math.random()}`, versions);
  useDb(db);
  return db;
}
