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

/** One of the servers compared, started fresh by the suite and reached the way its own clients reach it. */
export interface ServerUnderTest {
  name: string;
  /** notevote (one instance or scaled out), or one of the peers it is compared with. */
  kind: 'notevote' | 'peer';
  framing: Framing;
  start(): Promise<RunningServer>;
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

/** Capability tokens sit in the link's fragment: `/b/<id>#k=<token>`. */
function tokenOf(link: string): string {
  const token = /#k=(.+)$/.exec(link)?.[1];
  if (!token) throw new Error(`no token in board link ${link}`);
  return token;
}

/** One notevote relay process on a fresh port, with `env` added (a fresh SQLite DATA_DIR unless it says otherwise). */
function startNotevote(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'notevote-bench-'));
  return ServerProcess.start({
    args: [
      ...(process.env['BENCH_RELAY_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_RELAY_PROFILE']}`]
        : []),
      '--import',
      'tsx',
      'src/server.ts',
    ],
    cwd: path.join(repoRoot, 'apps/relay'),
    env: {
      ...process.env,
      PORT: '0',
      HOST,
      DATA_DIR: dataDir,
      WEB_ROOT: '',
      LOG_LEVEL: 'warn',
      NOTEVOTE_SECRET: 'notevote-bench-secret-notevote-bench-secret-0123456789',
      ...NOTEVOTE_BENCH_LIMITS,
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
  return { framing: 'y-websocket', boards, appendDeviceKey: true };
}

const notevote: ServerUnderTest = {
  name: 'notevote',
  kind: 'notevote',
  framing: 'y-websocket',
  start: () => startNotevote(),
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
  framing: 'y-websocket',
  async start() {
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
    const first = await startNotevote(env);
    let second: ServerProcess;
    try {
      second = await startNotevote(env);
    } catch (error) {
      await first.stop();
      cleanUp();
      throw error;
    }
    return new ServerGroup([first, second], cleanUp);
  },
  boards: (server, count) => notevoteBoards(server.ports, count),
};

/** The peers have no links or roles: a board is a document name, in the URL or in Hocuspocus' frame prefix. */
function peer(name: string, framing: Framing, script: string): ServerUnderTest {
  let boardNumber = 0;
  return {
    name,
    kind: 'peer',
    framing,
    start: () =>
      ServerProcess.start({
        args: ['--import', 'tsx', path.join(here, script)],
        cwd: benchRoot,
        env: { ...process.env, PORT: '0', HOST },
        readyPattern: /listening on (\d+)/,
      }),
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

export const SERVERS: readonly ServerUnderTest[] = [
  notevote,
  notevoteScaledOut,
  peer('@y/websocket-server 0.1.1', 'y-websocket', 'peer-y-websocket.ts'),
  peer('@hocuspocus/server 4.7.0', 'hocuspocus', 'peer-hocuspocus.ts'),
];
