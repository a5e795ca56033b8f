import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_NAME_PATTERN } from './storage/postgres-migrations';

/** Everything the relay can be told through the environment. README § Configuration documents each one. */
export interface RelayConfig {
  host: string;
  port: number;
  /** Where board data lives (SQLite file `notevote.db`) when `databaseUrl` is null. */
  dataDir: string;
  /** PostgreSQL connection string (`postgres://…`): when set, boards, their directory and the secret live there. */
  databaseUrl: string | null;
  /** The PostgreSQL schema holding notevote's tables (several deployments may share one database). */
  databaseSchema: string;
  /** The built web app to serve, or null to serve no web app. */
  webRoot: string | null;
  logLevel: string;
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes: number;
  /** A connection whose unsent data exceeds this is closed as too slow. */
  maxBufferedBytes: number;
  unloadDelayMs: number;
  compactAfterEntries: number;
  /** A board due for compaction waits for this long without updates (see SyncedDocOptions); 0: at once. */
  compactWhenQuietMs: number;
  groupCommitMs: number;
  heartbeatMs: number;
  keepaliveMs: number;
  /** A board whose stored updates exceed this refuses further growth (4413). */
  maxDocBytes: number;
  /** Largest presence state of one client (JSON bytes); larger ones are dropped. */
  maxAwarenessBytes: number;
  /** Messages per second one connection may send on average; faster senders are slowed by TCP backpressure. */
  messagesPerSecond: number;
  /** How many messages a connection may send in a burst above that rate. */
  messageBurst: number;
  /** Presence messages per second one connection may send on average; the rest are dropped unread. */
  presencePerSecond: number;
  /** How many presence messages a connection may send in a burst above that rate. */
  presenceBurst: number;
  /** Connections one board may hold on this instance (its board and private-document sockets together). */
  maxConnectionsPerBoard: number;
  /** Connections one client address may hold (a venue behind one NAT is one address). */
  maxConnectionsPerAddress: number;
  /** Connections one device key may hold on one board, counted from the moment its upgrade is let through. */
  maxConnectionsPerDevice: number;
  /** New WebSocket connections one client address may open per second on average, and how many at once. */
  connectionsPerSecond: number;
  connectionBurst: number;
  /** New WebSocket connections one device key may open per minute on average, and how many at once. */
  deviceConnectionsPerMinute: number;
  deviceConnectionBurst: number;
  /** A connection that sends nothing for this long is closed (the stock client renews its presence every 15 s). */
  idleTimeoutMs: number;
  /** Extra browser origins allowed to open WebSockets, besides the relay's own. */
  allowedOrigins: string[];
  /** Boards created per client address per hour on average (POST /api/boards), and how many at once. */
  createPerHour: number;
  createBurst: number;
  /** When set, creating a board needs `Authorization: Bearer <createKey>` (public deployments). */
  createKey: string | null;
  /** Images (sketches) uploaded per client address per hour on average, and how many at once. */
  uploadsPerHour: number;
  uploadBurst: number;
  /** Boards unused for this many days are erased; null keeps boards forever. */
  boardRetentionDays: number | null;
  /**
   * Fastify's `trustProxy`: whether (true, a hop count, or the proxies' addresses) to take the client's address from
   * X-Forwarded-For. Off by default: without a proxy that sets it, anyone could claim any address.
   */
  trustProxy: boolean | number | string;
  /**
   * The origin people reach the relay at (`https://sprint.example.org`, `http://192.168.1.20:8787`), carried by links
   * and QR codes; null to work it out per request (see http/public-origin.ts).
   */
  publicUrl: string | null;
  /** Scaled-out mode: the Redis the instances meet through (`redis://…`), or null for one instance on its own. */
  redisUrl: string | null;
  /** Put before every Redis key, so deployments may share one Redis. */
  redisPrefix: string;
  /** How long an instance's hold on a board lasts unrenewed: how soon a dead instance's boards move elsewhere. */
  leaseMs: number;
  /** When set, GET /metrics and the detailed /healthz answer requests carrying `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** When set, a second listener on METRICS_HOST:METRICS_PORT serves /metrics, /healthz (detailed) and /readyz. */
  metricsPort: number | null;
  /** Where that listener binds; loopback by default, so only the machine itself can scrape it. */
  metricsHost: string;
  /** How long a SIGTERM/SIGINT shutdown may take to save boards and close connections before the relay just exits. */
  shutdownTimeoutMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** apps/web/dist, whether running from src (tsx) or dist (bundled): both sit two levels below apps/. */
const DEFAULT_WEB_ROOT = path.resolve(here, '../../web/dist');

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function optionalInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : integer(env, name, 0, min, max);
}

const MIN_CREATE_KEY_LENGTH = 12;

function createKey(env: NodeJS.ProcessEnv): string | null {
  const key = env['CREATE_KEY'];
  if (key === undefined || key === '') return null;
  if (key.length < MIN_CREATE_KEY_LENGTH || /\s/.test(key)) {
    throw new ConfigError(
      `CREATE_KEY must be at least ${MIN_CREATE_KEY_LENGTH} characters without spaces; ` +
        'generate one with: openssl rand -base64 24',
    );
  }
  return key;
}

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = (env['TRUST_PROXY'] ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 100);
  // Addresses or CIDR ranges of the proxies, comma-separated: Fastify checks them.
  if (/^[0-9a-fA-F.:/,\s]+$/.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be true, false, a number of proxy hops, or the proxies' addresses (e.g. 127.0.0.1,10.0.0.0/8), got "${raw}"`,
  );
}

const PUBLIC_URL_HELP =
  'PUBLIC_URL must be the address people open, an http:// or https:// origin with no path, query or fragment ' +
  '(e.g. https://sprint.example.org or http://192.168.1.20:8787)';

/** PUBLIC_URL as an origin (`scheme://host[:port]`, no trailing slash), or null when unset. */
function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = (env['PUBLIC_URL'] ?? '').trim();
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${PUBLIC_URL_HELP}, got "${raw}"`);
  }
  // A lone trailing slash is how people often write an origin; anything more would be a path links cannot carry.
  const onlyOrigin = url.pathname === '/' && !raw.includes('?') && !raw.includes('#');
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !onlyOrigin || url.username || url.password) {
    throw new ConfigError(`${PUBLIC_URL_HELP}, got "${raw}"`);
  }
  return url.origin;
}

function redisUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = (env['REDIS_URL'] ?? '').trim();
  if (raw === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw new ConfigError(
      'REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379), got something else',
    );
  }
  return raw;
}

const DATABASE_URL_EXAMPLE = 'postgres://notevote:password@db.example.org:5432/notevote';

/** DATABASE_URL, checked to be a PostgreSQL URL; null when unset. Never repeats the value: it may hold a password. */
function databaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = (env['DATABASE_URL'] ?? '').trim();
  if (raw === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    try {
      new URL(raw);
      return raw;
    } catch {
      // Reported below.
    }
  }
  const got = scheme === undefined ? 'something else' : `a ${scheme}:// address`;
  throw new ConfigError(
    'DATABASE_URL must be a PostgreSQL connection URL starting with postgres:// or postgresql:// ' +
      `(e.g. ${DATABASE_URL_EXAMPLE}), got ${got}. Unset it to keep boards in SQLite under DATA_DIR.`,
  );
}

function databaseSchema(env: NodeJS.ProcessEnv): string {
  const raw = (env['DATABASE_SCHEMA'] ?? '').trim();
  if (raw === '') return 'public';
  if (!SCHEMA_NAME_PATTERN.test(raw)) {
    throw new ConfigError(
      `DATABASE_SCHEMA must be lowercase letters, digits and underscores, starting with a letter or underscore ` +
        `(at most 63), got "${raw}"`,
    );
  }
  return raw;
}

function redisPrefix(env: NodeJS.ProcessEnv): string {
  const raw = env['REDIS_PREFIX'] ?? '';
  if (raw === '') return 'notevote:';
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(raw)) {
    throw new ConfigError(`REDIS_PREFIX may hold letters, digits and : _ . - (at most 64), got "${raw}"`);
  }
  return raw;
}

const MIN_METRICS_TOKEN_LENGTH = 16;

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const token = env['METRICS_TOKEN'];
  if (token === undefined || token === '') return null;
  if (token.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces; ` +
        'generate one with: openssl rand -base64 24',
    );
  }
  return token;
}

/** METRICS_PORT and METRICS_HOST: a second listener for scrapers, never the port clients use. */
function metricsListener(env: NodeJS.ProcessEnv, port: number): { metricsPort: number | null; metricsHost: string } {
  const metricsPort = optionalInteger(env, 'METRICS_PORT', 1, 65_535);
  const rawHost = (env['METRICS_HOST'] ?? '').trim();
  if (metricsPort === null) {
    if (rawHost !== '') {
      throw new ConfigError('METRICS_HOST is set but METRICS_PORT is not: set METRICS_PORT too, or unset METRICS_HOST');
    }
    return { metricsPort, metricsHost: '127.0.0.1' };
  }
  if (metricsPort === port) {
    throw new ConfigError(
      `METRICS_PORT must differ from PORT (both are ${port}): metrics get a listener of their own so they are not public`,
    );
  }
  if (/[\s/]/.test(rawHost)) {
    throw new ConfigError(
      `METRICS_HOST must be an address to listen on (e.g. 127.0.0.1 or 10.0.0.5), got "${rawHost}"`,
    );
  }
  return { metricsPort, metricsHost: rawHost || '127.0.0.1' };
}

/**
 * The connection limits. The defaults admit the plenary the relay is built for without tuning: 2,000 people on one
 * board behind one venue NAT (one client address), each with a board socket and a private-document socket, some with
 * a second tab, plus projectors. An idle connection costs the relay about 16 KiB (README § Configuration), so a full
 * board at the default cap is about 160 MiB.
 */
function connectionLimits(env: NodeJS.ProcessEnv) {
  return {
    // 2,000 people × 2 sockets, doubled: for second tabs and projectors, and because after a venue's Wi-Fi drops the
    // dead sockets still count until heartbeats find them (two HEARTBEAT_MS) while every phone reconnects.
    maxConnectionsPerBoard: integer(env, 'MAX_CONNECTIONS_PER_BOARD', 10_000, 1, 1_000_000),
    // As many as one board: a whole venue (often its whole plenary) shares one public address.
    maxConnectionsPerAddress: integer(env, 'MAX_CONNECTIONS_PER_ADDRESS', 10_000, 1, 1_000_000),
    // The web app opens two per tab (the board and the person's private document); a few tabs, and sockets a lost
    // network left behind, stay well under it. At least 2, or the app could not open its private document.
    maxConnectionsPerDevice: integer(env, 'MAX_CONNECTIONS_PER_DEVICE', 16, 2, 1_000_000),
    // The burst lets a whole plenary's phones back in at once after its Wi-Fi drops (2,000 × 2 sockets and some
    // second tabs); the rate refills it in under two minutes and bounds what one address can make the relay do:
    // every admitted connection is a board join (sync and everyone's presence).
    connectionsPerSecond: integer(env, 'CONNECTIONS_PER_SECOND', 50, 1, 1_000_000),
    connectionBurst: integer(env, 'CONNECTION_BURST', 5_000, 1, 10_000_000),
    // One device reconnecting its few sockets, even several times in a row, stays within the burst; a script reusing
    // one device key gets one connection a second, and its refused attempts cost nobody else at its address.
    deviceConnectionsPerMinute: integer(env, 'DEVICE_CONNECTIONS_PER_MINUTE', 60, 1, 1_000_000),
    deviceConnectionBurst: integer(env, 'DEVICE_CONNECTION_BURST', 20, 2, 1_000_000),
  };
}

/** Reads the relay configuration from environment variables, with defaults for everything. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const webRoot = env['WEB_ROOT'];
  if (redisUrl(env) !== null && databaseUrl(env) === null) {
    throw new ConfigError(
      'REDIS_URL is set but DATABASE_URL is not: instances that share boards must share their storage. ' +
        'Set DATABASE_URL to the PostgreSQL they all use (see docs/DEPLOY.md), or unset REDIS_URL to run one instance.',
    );
  }
  const port = integer(env, 'PORT', 8787, 0, 65_535);
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    dataDir: path.resolve(env['DATA_DIR'] || 'data'),
    databaseUrl: databaseUrl(env),
    databaseSchema: databaseSchema(env),
    webRoot: webRoot === '' ? null : path.resolve(webRoot ?? DEFAULT_WEB_ROOT),
    logLevel: env['LOG_LEVEL'] || 'info',
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    maxBufferedBytes: integer(env, 'MAX_BUFFERED_BYTES', 8 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024),
    unloadDelayMs: integer(env, 'UNLOAD_DELAY_MS', 10_000, 0, 3_600_000),
    compactAfterEntries: integer(env, 'COMPACT_AFTER_UPDATES', 500, 2, 1_000_000),
    compactWhenQuietMs: integer(env, 'COMPACT_WHEN_QUIET_MS', 1_000, 0, 600_000),
    groupCommitMs: integer(env, 'GROUP_COMMIT_MS', 0, 0, 1_000),
    heartbeatMs: integer(env, 'HEARTBEAT_MS', 10_000, 100, 60_000),
    keepaliveMs: integer(env, 'KEEPALIVE_MS', 15_000, 100, 25_000),
    maxDocBytes: integer(env, 'MAX_DOC_BYTES', 32 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxAwarenessBytes: integer(env, 'MAX_AWARENESS_BYTES', 4 * 1024, 64, 1024 * 1024),
    messagesPerSecond: integer(env, 'MESSAGES_PER_SECOND', 100, 1, 100_000),
    messageBurst: integer(env, 'MESSAGE_BURST', 300, 1, 1_000_000),
    presencePerSecond: integer(env, 'PRESENCE_PER_SECOND', 60, 1, 100_000),
    presenceBurst: integer(env, 'PRESENCE_BURST', 120, 1, 1_000_000),
    ...connectionLimits(env),
    idleTimeoutMs: integer(env, 'IDLE_TIMEOUT_MS', 120_000, 1_000, 86_400_000),
    allowedOrigins: (env['ALLOWED_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    // Generous: a whole venue often shares one public address, and a sprint day may start a board per group.
    createPerHour: integer(env, 'CREATE_PER_HOUR', 60, 1, 1_000_000),
    createBurst: integer(env, 'CREATE_BURST', 10, 1, 1_000_000),
    createKey: createKey(env),
    // Generous for a venue sharing one address (groups photographing their flip charts at once), while bounding the
    // disk one address can fill: at most 10 MB an image.
    uploadsPerHour: integer(env, 'UPLOADS_PER_HOUR', 300, 1, 1_000_000),
    uploadBurst: integer(env, 'UPLOAD_BURST', 60, 1, 1_000_000),
    boardRetentionDays: optionalInteger(env, 'BOARD_RETENTION_DAYS', 1, 36_500),
    trustProxy: trustProxy(env),
    publicUrl: publicUrl(env),
    redisUrl: redisUrl(env),
    redisPrefix: redisPrefix(env),
    leaseMs: integer(env, 'LEASE_MS', 6_000, 300, 600_000),
    metricsToken: metricsToken(env),
    ...metricsListener(env, port),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
  };
}
