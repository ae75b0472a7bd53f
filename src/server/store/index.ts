import type { DatabaseConfig } from '../config';
import { openDatabase } from './database';
import { createKyselyStore } from './kyselyStore';
import type { Store } from './types';

export type { Store } from './types';

/** Opens the database, runs the migrations and returns the store. */
export async function openStore(config: DatabaseConfig, options: { schema?: string; poolSize?: number } = {}): Promise<Store> {
  return createKyselyStore(await openDatabase(config, options));
}
