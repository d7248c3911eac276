import path from 'node:path';
import { z } from 'zod';

/**
 * All server settings, read from the environment in one place and validated.
 * Nothing else in the server reads process.env: pass a ServerConfig down instead,
 * so two servers with different settings can run in one test process.
 */
export interface ServerConfig {
  /** Port for the API, the relay and the web app; 0 picks a free port. */
  port: number;
  host: string;
  /** Folder for the SQLite database and anything else the server writes. */
  dataDir: string;
  /** Origins allowed to open WebSockets and send cookie-authenticated writes. Empty: same origin as the request's Host. */
  allowedOrigins: string[];
  /** Behind a TLS-terminating proxy: trust X-Forwarded-For/-Proto for the client address and scheme. */
  trustProxy: boolean;
  /** Mark session cookies Secure (always true when the public URL is https). */
  secureCookies: boolean;
  /** Seed a demo practice on first start with an empty database. */
  seedDemo: boolean;
  /** The origin users reach (PUBLIC_URL), used for links we hand out; null: the request's own origin. */
  publicUrl: string | null;
  /** Folder holding the built web app (apps/web/dist); null serves no web app. */
  webDistDir: string | null;
  /** SQLite synchronous mode: FULL survives power loss, NORMAL survives a process crash (WAL). */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /**
   * REDIS_URL: several relay instances share rooms, close requests and sign-in limits through this Redis
   * (docs/deployment.md). Null: one instance, nothing shared.
   */
  redisUrl: string | null;
  /**
   * DATABASE_URL: documents, accounts and everything else in this Postgres database, which several instances
   * may share (docs/deployment.md). Null: the embedded SQLite database in `dataDir`.
   */
  databaseUrl: string | null;
  relay: RelayLimits;
}

export interface RelayLimits {
  /** Largest incoming WebSocket frame; larger frames close with 1009. Must exceed any legitimate sync. */
  maxMessageBytes: number;
  /** A connection whose unsent output passes this is closed with 1013 instead of buffering without bound. */
  maxBufferedBytes: number;
  /** How long a room stays in memory after its last connection leaves. */
  roomUnloadDelayMs: number;
  /** Ping interval; a socket that has not answered the previous ping is terminated. */
  heartbeatIntervalMs: number;
  /** Stored updates per document before the log is folded into one state. */
  compactionThreshold: number;
}

const MB = 1024 * 1024;

export const defaultRelayLimits: RelayLimits = {
  maxMessageBytes: 64 * MB,
  maxBufferedBytes: 128 * MB,
  roomUnloadDelayMs: 30_000,
  heartbeatIntervalMs: 30_000,
  compactionThreshold: 500,
};

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  ALLOWED_ORIGINS: z.string().default(''),
  TRUST_PROXY: booleanFlag.default(false),
  SECURE_COOKIES: booleanFlag.optional(),
  PUBLIC_URL: z.url().optional(),
  SEED_DEMO: booleanFlag.default(true),
  WEB_DIST_DIR: z.string().optional(),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAX_MESSAGE_BYTES: positiveInt.default(defaultRelayLimits.maxMessageBytes),
  MAX_BUFFERED_BYTES: positiveInt.default(defaultRelayLimits.maxBufferedBytes),
  ROOM_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(defaultRelayLimits.roomUnloadDelayMs),
  HEARTBEAT_INTERVAL_MS: positiveInt.default(defaultRelayLimits.heartbeatIntervalMs),
  COMPACTION_THRESHOLD: positiveInt.default(defaultRelayLimits.compactionThreshold),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * An entry of ALLOWED_ORIGINS as browsers send it in Origin (scheme, host, port): `https://a.example/` and
 * `https://a.example` are the same origin, and an entry that is not a URL is a mistake worth stopping for.
 */
function originOf(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new ConfigError(
      `Invalid server settings:\n  ALLOWED_ORIGINS: "${entry}" is not an origin like https://app.example.org`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      `Invalid server settings:\n  ALLOWED_ORIGINS: "${entry}" must start with http:// or https://`,
    );
  }
  return url.origin;
}

/** Reads and validates the settings; `defaultWebDistDir` is where the built web app lives in this checkout. */
export function loadConfig(
  env: Record<string, string | undefined>,
  defaultWebDistDir: string | null,
): ServerConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid server settings:\n  ${problems.join('\n  ')}`);
  }
  const settings = parsed.data;
  const publicOrigin = settings.PUBLIC_URL ? new URL(settings.PUBLIC_URL).origin : null;
  const allowedOrigins = settings.ALLOWED_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map(originOf);
  if (publicOrigin && !allowedOrigins.includes(publicOrigin)) allowedOrigins.push(publicOrigin);
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir: path.resolve(settings.DATA_DIR),
    allowedOrigins,
    trustProxy: settings.TRUST_PROXY,
    secureCookies: settings.SECURE_COOKIES ?? publicOrigin?.startsWith('https:') ?? false,
    seedDemo: settings.SEED_DEMO,
    publicUrl: publicOrigin,
    webDistDir: settings.WEB_DIST_DIR ? path.resolve(settings.WEB_DIST_DIR) : defaultWebDistDir,
    sqliteSynchronous: settings.SQLITE_SYNCHRONOUS,
    redisUrl: settings.REDIS_URL ?? null,
    databaseUrl: settings.DATABASE_URL ?? null,
    relay: {
      maxMessageBytes: settings.MAX_MESSAGE_BYTES,
      maxBufferedBytes: settings.MAX_BUFFERED_BYTES,
      roomUnloadDelayMs: settings.ROOM_UNLOAD_DELAY_MS,
      heartbeatIntervalMs: settings.HEARTBEAT_INTERVAL_MS,
      compactionThreshold: settings.COMPACTION_THRESHOLD,
    },
  };
}

/** Settings for tests: a temporary data dir, a free port, no demo seed. */
export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    allowedOrigins: [],
    trustProxy: false,
    secureCookies: false,
    seedDemo: false,
    publicUrl: null,
    webDistDir: null,
    sqliteSynchronous: 'NORMAL',
    redisUrl: null,
    databaseUrl: null,
    relay: { ...defaultRelayLimits },
    ...overrides,
  };
}
