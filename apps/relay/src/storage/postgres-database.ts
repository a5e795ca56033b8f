import pg from 'pg';
import { migratePostgres, quoteSchema } from './postgres-migrations';

/**
 * One connection pool to the PostgreSQL database named by DATABASE_URL, shared by the document store, the board
 * directory and the server secret, and the migrations that must have run before any of them is used.
 */
export interface PostgresDatabase {
  readonly pool: pg.Pool;
  readonly schema: string;
  /** `host:port/database` for messages and logs: never the user or password. */
  readonly where: string;
  /** Settles once the server answered and the schema is migrated; rejects with what to check. */
  readonly ready: Promise<void>;
  /** One of our tables, schema-qualified and quoted for SQL. */
  table(
    name: 'updates' | 'boards' | 'server_secret' | 'migrations' | 'images' | 'board_images' | 'events' | 'event_boards',
  ): string;
  /** An Error saying what failed, where, and what to check; never includes document bytes. */
  failure(what: string, consequence: string, cause: unknown): Error;
  /** Closes the pool; idempotent. Close the store and directory first. */
  close(): Promise<void>;
}

export interface PostgresDatabaseOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** The PostgreSQL schema holding notevote's tables (default `public`); created if missing. */
  schema?: string;
  /** Most connections this relay opens (default 10). */
  poolSize?: number;
}

/** Error codes meaning the server could not be reached or would not let us in, rather than a failed statement. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  '28P01', // invalid password
  '28000', // no pg_hba.conf entry / role does not exist
  '3D000', // database does not exist
  '57P03', // the server is starting up
]);

/** Opens the pool and starts the migrations; use `ready` before trusting the database. */
export function openPostgresDatabase(options: PostgresDatabaseOptions): PostgresDatabase {
  const schema = options.schema ?? 'public';
  const quoted = quoteSchema(schema);
  const where = describeLocation(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // An unreachable host otherwise hangs for the operating system's TCP timeout (minutes) before anyone hears of it.
    connectionTimeoutMillis: 10_000,
    application_name: 'notevote-relay',
  });
  // An idle connection the server drops (restart, failover) emits 'error' on the pool, which would crash the process
  // unheard; the next query opens a fresh connection or fails with a message of its own.
  pool.on('error', () => undefined);

  const failure = (what: string, consequence: string, cause: unknown): Error => {
    const reason = reasonOf(cause);
    const hint = isConnectionFailure(cause)
      ? `could not reach PostgreSQL at ${where}: ${reason}. Check DATABASE_URL (host, port, database, user and ` +
        'password) and that the server is running and accepts connections from this machine'
      : `PostgreSQL at ${where} answered: ${reason}`;
    return new Error(`Could not ${what}: ${hint}. ${consequence}.`, { cause });
  };

  const ready = migratePostgres(pool, schema).then(
    () => undefined,
    (error: unknown) => {
      throw failure(
        `prepare the notevote tables in schema "${schema}"`,
        'The relay cannot store boards until this is fixed',
        error,
      );
    },
  );
  // Callers that never wait for `ready` learn of its failure from their first query instead.
  ready.catch(() => undefined);

  let closing: Promise<void> | null = null;
  return {
    pool,
    schema,
    where,
    ready,
    table: (name) => `${quoted}.notevote_${name}`,
    failure,
    close() {
      closing ??= ready.catch(() => undefined).then(() => pool.end());
      return closing;
    },
  };
}

/** `host:port/database` of a connection string, for messages (never its credentials). */
export function describeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || 'localhost';
    return `${host}:${parsed.port || '5432'}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return 'the address in DATABASE_URL';
  }
}

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  // pg's own timeout and "connection terminated" errors carry no code.
  return error instanceof Error && /timeout|terminated|Connection terminated/i.test(error.message);
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
