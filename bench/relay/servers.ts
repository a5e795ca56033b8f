import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BoardTarget, Framing, Target } from './plan';
import { ServerProcess } from './server-process';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchRoot = path.join(here, '..');
const repoRoot = path.join(here, '../..');
const HOST = '127.0.0.1';

/** One of the servers compared, started fresh by the suite and reached the way its own clients reach it. */
export interface ServerUnderTest {
  name: string;
  framing: Framing;
  start(): Promise<ServerProcess>;
  /** Creates `count` boards (documents) and says how clients reach each. */
  boards(server: ServerProcess, count: number): Promise<Target>;
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

const notevote: ServerUnderTest = {
  name: 'notevote',
  framing: 'y-websocket',
  start() {
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
      },
      readyPattern: /running on http:\/\/[^:]+:(\d+)\//,
      afterExit: () => rmSync(dataDir, { recursive: true, force: true }),
    });
  },
  async boards(server, count) {
    const base = `http://${HOST}:${server.port}`;
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
      const ws = `ws://${HOST}:${server.port}/ws/${boardId}?token=`;
      boards.push({
        docName: boardId,
        participantUrl: ws + encodeURIComponent(tokenOf(links.participant)),
        facilitatorUrl: ws + encodeURIComponent(tokenOf(links.facilitator)),
      });
    }
    return { framing: 'y-websocket', boards, appendDeviceKey: true };
  },
};

/** The peers have no links or roles: a board is a document name, in the URL or in Hocuspocus' frame prefix. */
function peer(name: string, framing: Framing, script: string): ServerUnderTest {
  let boardNumber = 0;
  return {
    name,
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
          framing === 'hocuspocus' ? `ws://${HOST}:${server.port}/` : `ws://${HOST}:${server.port}/${docName}`;
        return { docName, participantUrl: url, facilitatorUrl: url };
      });
      return { framing, boards, appendDeviceKey: false };
    },
  };
}

export const SERVERS: readonly ServerUnderTest[] = [
  notevote,
  peer('@y/websocket-server 0.1.1', 'y-websocket', 'peer-y-websocket.ts'),
  peer('@hocuspocus/server 4.7.0', 'hocuspocus', 'peer-hocuspocus.ts'),
];
