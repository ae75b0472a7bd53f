import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 8080 with a 512 KB body limit', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, database: { kind: 'sqlite', path: './data/ura.sqlite' }, bodyLimit: 512 * 1024 });
  });

  it('switches to PostgreSQL with DATABASE_URL and reads the other variables', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/ura', PORT: '9000', LOG_LEVEL: 'warn', TRUST_PROXY: 'true' });
    expect(config).toMatchObject({ port: 9000, database: { kind: 'postgres', url: 'postgres://u@db/ura' }, logLevel: 'warn', trustProxy: true });
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      expect(String(err)).toMatch(/PORT/);
      expect(String(err)).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    }
  });
});
