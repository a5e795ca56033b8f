import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BoardTarget, Framing, Target } from './plan';
import { ServerGroup, ServerProcess, type RunningServer } from './server-process';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchRoot = path.join(here, '..');
const repoRoot = path.join(here, '../..');
const HOST = '127.0.0.1';

/** How a server is started for one scenario. */
export interface StartOptions {
  /** notevote with its default connection limits instead of NOTEVOTE_BENCH_LIMITS (the others have none). */
  defaultLimits: boolean;
}

/** One of the servers compared, started fresh by the suite and reached the way its own clients reach it. */
export interface ServerUnderTest {
  name: string;
  /**
   * notevote (one instance or scaled out), one of the peers it is compared with, or the floor: the null relay, which
   * shows what the harness itself costs on this machine and is compared with nobody.
   */
  kind: 'notevote' | 'peer' | 'floor';
  /** Whether it keeps documents on disk. The goals compare notevote with the in-memory peers: the strictest. */
  persistent: boolean;
  framing: Framing;
  start(options: StartOptions): Promise<RunningServer>;
  /** Creates `count` boards (documents) and says how clients reach each. */
  boards(server: RunningServer, count: number): Promise<Target>;
}

/**
 * Limits raised for the benchmark, each because the load legitimately needs it (the report lists them): every
 * client comes from 127.0.0.1 (and creates every board from there), and the ramp's writers may send more than 100
 * moves per second each.
 */
export const NOTEVOTE_BENCH_LIMITS: Record<string, string> = {
  MAX_CONNECTIONS_PER_ADDRESS: '100000',
  CREATE_BURST: '1000',
  MESSAGES_PER_SECOND: '1000',
  MESSAGE_BURST: '3000',
};

/** Lets the suite read notevote's metrics on its main port (its own share of each delivery: relay-self-time.ts). */
const NOTEVOTE_METRICS_TOKEN = 'notevote-bench-metrics-token';

/** Capability tokens sit in the link's fragment: `/b/<id>#k=<token>`. */
function tokenOf(link: string): string {
  const token = /#k=(.+)$/.exec(link)?.[1];
  if (!token) throw new Error(`no token in board link ${link}`);
  return token;
}

/**
 * One notevote relay process on a fresh port, with `env` added (a fresh SQLite DATA_DIR unless it says otherwise).
 * Limits the environment of the suite sets are dropped too, so defaults are really the defaults.
 */
function startNotevote(options: StartOptions, env: Record<string, string> = {}): Promise<ServerProcess> {
  const inherited = { ...process.env };
  for (const name of Object.keys(NOTEVOTE_BENCH_LIMITS)) delete inherited[name];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'notevote-bench-'));
  return ServerProcess.start({
    args: [
      ...(process.env['BENCH_RELAY_PROFILE']
        ? ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${process.env['BENCH_RELAY_PROFILE']}`]
        : []),
      '--import',
      'tsx',
      'src/server.ts',
    ],
    cwd: path.join(repoRoot, 'apps/relay'),
    env: {
      ...inherited,
      PORT: '0',
      HOST,
      DATA_DIR: dataDir,
      WEB_ROOT: '',
      LOG_LEVEL: 'warn',
      NOTEVOTE_SECRET: 'notevote-bench-secret-notevote-bench-secret-0123456789',
      METRICS_TOKEN: NOTEVOTE_METRICS_TOKEN,
      ...(options.defaultLimits ? {} : NOTEVOTE_BENCH_LIMITS),
      ...env,
    },
    readyPattern: /running on http:\/\/[^:]+:(\d+)\//,
    afterExit: () => rmSync(dataDir, { recursive: true, force: true }),
  });
}

/** Creates boards through the first instance; clients reach each board through every instance in turn. */
async function notevoteBoards(ports: readonly number[], count: number): Promise<Target> {
  const base = `http://${HOST}:${ports[0]}`;
  const boards: BoardTarget[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `bench ${i}` }),
    });
    if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}`);
    const { boardId, links } = (await response.json()) as {
      boardId: string;
      links: { participant: string; facilitator: string };
    };
    const urls = (port: number | undefined) => {
      const ws = `ws://${HOST}:${port}/ws/${boardId}?token=`;
      return {
        participantUrl: ws + encodeURIComponent(tokenOf(links.participant)),
        facilitatorUrl: ws + encodeURIComponent(tokenOf(links.facilitator)),
      };
    };
    boards.push({ docName: boardId, ...urls(ports[0]), mirrors: ports.slice(1).map(urls) });
  }
  // One instance's metrics tell its own share of every delivery; scaled out, a delivery crosses two instances.
  const metrics = ports.length === 1 ? { url: `${base}/metrics`, token: NOTEVOTE_METRICS_TOKEN } : undefined;
  return { framing: 'y-websocket', boards, appendDeviceKey: true, ...(metrics ? { metrics } : {}) };
}

const notevote: ServerUnderTest = {
  name: 'notevote',
  kind: 'notevote',
  persistent: true,
  framing: 'y-websocket',
  start: (options) => startNotevote(options),
  boards: (server, count) => notevoteBoards(server.ports, count),
};

/** The PostgreSQL and Redis of this machine (`.ci/run` starts them), unless the environment names others. */
const BENCH_DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Two notevote instances scaled out (REDIS_URL + DATABASE_URL), each board's clients split between them: half reach
 * the instance holding the board, half are forwarded to it through Redis. Each start gets a fresh PostgreSQL schema
 * and Redis prefix, removed when it stops.
 */
const notevoteScaledOut: ServerUnderTest = {
  name: 'notevote ×2 (Redis + PostgreSQL)',
  kind: 'notevote',
  persistent: true,
  framing: 'y-websocket',
  async start(options) {
    const suffix = randomBytes(4).toString('hex');
    const schema = `notevote_bench_${suffix}`;
    const prefix = `notevote-bench-${suffix}:`;
    const env = {
      DATABASE_URL: BENCH_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: BENCH_REDIS_URL,
      REDIS_PREFIX: prefix,
    };
    const cleanUp = () => {
      spawnSync('psql', [BENCH_DATABASE_URL, '-q', '-c', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`], {
        stdio: 'ignore',
      });
      spawnSync('redis-cli', ['-u', BENCH_REDIS_URL, 'DEL', `${prefix}control`], { stdio: 'ignore' });
    };
    // Both at once (their migrations take turns under an advisory lock): startup is most of a short scenario's time.
    const starts = await Promise.allSettled([startNotevote(options, env), startNotevote(options, env)]);
    const started = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
    const failed = starts.find((start) => start.status === 'rejected');
    if (failed) {
      await Promise.all(started.map((instance) => instance.stop()));
      cleanUp();
      throw failed.reason;
    }
    return new ServerGroup(started, cleanUp);
  },
  boards: (server, count) => notevoteBoards(server.ports, count),
};

/**
 * How a peer keeps documents on disk: the environment its script reads, given a fresh directory that is removed
 * when the process exits.
 */
type PeerStorage = (dir: string) => Record<string, string>;

/**
 * The peers (and the null relay) have no links or roles: a board is a document name, in the URL or in Hocuspocus'
 * frame prefix. Without `storage` they keep documents in memory only.
 */
function peer(
  name: string,
  kind: 'peer' | 'floor',
  framing: Framing,
  script: string,
  storage: PeerStorage | null = null,
): ServerUnderTest {
  let boardNumber = 0;
  return {
    name,
    kind,
    persistent: storage !== null,
    framing,
    start() {
      const dir = storage ? mkdtempSync(path.join(tmpdir(), 'notevote-bench-peer-')) : null;
      return ServerProcess.start({
        args: ['--import', 'tsx', path.join(here, script)],
        cwd: benchRoot,
        env: { ...process.env, PORT: '0', HOST, ...(storage && dir ? storage(dir) : {}) },
        readyPattern: /listening on (\d+)/,
        afterExit: () => {
          if (dir) rmSync(dir, { recursive: true, force: true });
        },
      });
    },
    async boards(server, count) {
      const boards = Array.from({ length: count }, () => {
        const docName = `board-${boardNumber++}`;
        const url =
          framing === 'hocuspocus' ? `ws://${HOST}:${server.ports[0]}/` : `ws://${HOST}:${server.ports[0]}/${docName}`;
        return { docName, participantUrl: url, facilitatorUrl: url };
      });
      return { framing, boards, appendDeviceKey: false };
    },
  };
}

/** y-websocket-server's own switch: with YPERSISTENCE set it stores every update in LevelDB (y-leveldb) there. */
const leveldb: PeerStorage = (dir) => ({ YPERSISTENCE: dir });
/** peer-hocuspocus.ts adds Hocuspocus' SQLite extension (better-sqlite3) on this database file. */
const sqlite: PeerStorage = (dir) => ({ HOCUSPOCUS_SQLITE: path.join(dir, 'documents.sqlite') });

/** null-relay.ts stores every frame in this file (one fdatasync per turn) before forwarding it. */
const nullRelayLog: PeerStorage = (dir) => ({ NULL_RELAY_LOG: path.join(dir, 'frames.log') });

/** In report order: notevote, the peers (in memory, then as deployed with persistence), the floor. */
export const SERVERS: readonly ServerUnderTest[] = [
  notevote,
  notevoteScaledOut,
  peer('@y/websocket-server 0.1.1', 'peer', 'y-websocket', 'peer-y-websocket.ts'),
  peer('@y/websocket-server 0.1.1 + LevelDB', 'peer', 'y-websocket', 'peer-y-websocket.ts', leveldb),
  peer('@hocuspocus/server 4.7.0', 'peer', 'hocuspocus', 'peer-hocuspocus.ts'),
  peer('@hocuspocus/server 4.7.0 + SQLite', 'peer', 'hocuspocus', 'peer-hocuspocus.ts', sqlite),
  peer('null relay (floor)', 'floor', 'y-websocket', 'null-relay.ts'),
  peer('durable null relay (floor)', 'floor', 'y-websocket', 'null-relay.ts', nullRelayLog),
];
