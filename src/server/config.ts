import { z } from 'zod';
import { MAX_BATCH_BYTES } from '../shared/sync/protocol';

/** Where the server keeps its data: SQLite by default, PostgreSQL when DATABASE_URL says so. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type ServerConfig = {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Largest accepted request body in bytes (after decompression); bigger ones get 413. */
  bodyLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built PWA; served when it exists. */
  distDir: string;
  /** Requests per minute per client address. */
  rateLimitPerMinute: number;
  /** Device enrolments per minute per client address (open until sign-in exists). */
  registerRateLimitPerMinute: number;
  /**
   * The legacy open device registration (POST /api/sync/v1/register-device and an open centre list),
   * kept only for the sync simulator, the benchmarks and old tests that set it explicitly. Off by default:
   * the app enrols tablets with codes. While on, devices registered that way push without actorId; off,
   * the route is gone and every device's mutations need a signed-in actor.
   */
  openDeviceRegistration: boolean;
  /** Behind a load balancer: trust X-Forwarded-For for the client address (rate limit). */
  trustProxy: boolean;
  /** Also write the one-time setup code to this file (mode 0600), for automation such as the e2e tests. */
  setupCodeFile?: string | undefined;
  /** The network's hand-off key file (src/server/handoff/networkKey.ts); `:memory:` keeps a per-process key. */
  handoffKeyFile?: string | undefined;
};

const emptyToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);
const intFromEnv = (min: number, max: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max));

const envSchema = z.object({
  PORT: intFromEnv(0, 65535).default(8080),
  HOST: z.preprocess(emptyToUndefined, z.string().min(1)).default('0.0.0.0'),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql:// (leave it unset for SQLite)' })
      .optional(),
  ),
  SQLITE_PATH: z.preprocess(emptyToUndefined, z.string().min(1)).default('./data/ura.sqlite'),
  BODY_LIMIT: intFromEnv(1024, 64 * 1024 * 1024).default(MAX_BATCH_BYTES),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  DIST_DIR: z.preprocess(emptyToUndefined, z.string().min(1)).default('./dist'),
  RATE_LIMIT_PER_MINUTE: intFromEnv(1, 1_000_000).default(600),
  REGISTER_RATE_LIMIT_PER_MINUTE: intFromEnv(1, 1_000_000).default(30),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0'])).default('false'),
  OPEN_DEVICE_REGISTRATION: z.preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0'])).default('false'),
  SETUP_CODE_FILE: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  HANDOFF_KEY_FILE: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once at start; a bad value stops the server with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.SQLITE_PATH },
    bodyLimit: e.BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    distDir: e.DIST_DIR,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    registerRateLimitPerMinute: e.REGISTER_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    openDeviceRegistration: e.OPEN_DEVICE_REGISTRATION === 'true' || e.OPEN_DEVICE_REGISTRATION === '1',
    setupCodeFile: e.SETUP_CODE_FILE,
    handoffKeyFile: e.HANDOFF_KEY_FILE,
    ...overrides,
  };
}
