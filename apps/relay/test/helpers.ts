import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { credentialSubprotocols } from '@notevote/board';
import { buildApp, type AppOptions } from '../src/app';
import { loadConfig, type RelayConfig } from '../src/config';
import type { DocStore } from '../src/storage/types';
import { encodeUpdate } from '../src/sync/protocol';
import { createMemoryStore } from '../src/storage/memory-store';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach } from 'vitest';
import {
  CURRENT_USER_ID_SCHEME,
  deriveBoardIdentity,
  deriveUserId,
  privateDocName,
  type BoardIdentity,
} from '@notevote/board';
import { issueToken, type Role } from '../src/auth/capabilities';
import { createMemoryDirectory, epochOf, type BoardDirectory } from '../src/storage/board-directory';
import { openSqliteDirectory } from '../src/storage/sqlite-directory';

/** The user id the relay derives from a device key on a board created now (per-board ids, scheme 2). */
export function userIdOn(boardId: string, key: string): string {
  return deriveUserId(key, boardId, CURRENT_USER_ID_SCHEME);
}

/** Query parameters a client needs to reach a board in a role (see auth/admission). */
export type Access = Record<string, string>;

/** Issues capability links for boards, registering a board the first time it is named. */
export type AccessIssuer = (boardId: string, role?: Role, deviceKey?: string) => Promise<Access>;

/** A fresh random device key, as the web app keeps on a device. */
export function deviceKey(): string {
  return randomBytes(32).toString('base64url');
}

function accessIssuer(directory: BoardDirectory, secret: Uint8Array): AccessIssuer {
  return async (boardId, role = 'participant', key = deviceKey()) => {
    const record = (await directory.get(boardId)) ?? (await directory.create(boardId));
    const token = issueToken(secret, boardId, role, epochOf(record, role));
    return role === 'projector' ? { token } : { token, key };
  };
}

/** A WebSocket URL for a board with its access parameters. */
/** The capability token in a board link (`/b/<id>#k=<token>`), as a client reads it from the fragment. */
export function tokenOf(link: string): string {
  return decodeURIComponent(/#k=(.+)$/.exec(link)?.[1] ?? '');
}

/** Each role's token from the links a new board was created with (`POST /api/boards` answers them). */
export function boardTokens(links: Record<string, string>): {
  facilitator: string;
  participant: string;
  projector: string;
} {
  return {
    facilitator: tokenOf(links['facilitator'] ?? ''),
    participant: tokenOf(links['participant'] ?? ''),
    projector: tokenOf(links['projector'] ?? ''),
  };
}

export function boardUrl(wsUrl: string, boardId: string, access: Access): string {
  return `${wsUrl}/${boardId}?${new URLSearchParams(access).toString()}`;
}

const relayRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'notevote-relay-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestRelay {
  app: FastifyInstance;
  port: number;
  wsUrl: string;
  httpUrl: string;
  directory: BoardDirectory;
  secret: Uint8Array;
  access: AccessIssuer;
  close: () => Promise<void>;
}

/** Starts the real relay in-process on an ephemeral loopback port (with its own directory and secret unless given). */
export async function startRelay(
  store: DocStore,
  overrides: Partial<RelayConfig> = {},
  extra: Pick<AppOptions, 'readinessChecks' | 'events'> & { directory?: BoardDirectory; secret?: Uint8Array } = {},
): Promise<TestRelay> {
  const config: RelayConfig = { ...loadConfig({ WEB_ROOT: '' }), port: 0, ...overrides };
  const { directory = createMemoryDirectory(), secret = randomBytes(48), ...options } = extra;
  // TEST_RELAY_LOG=warn (or info, debug) prints the relays' logs, for finding out why a test failed.
  const logLevel = process.env['TEST_RELAY_LOG'];
  const logger = logLevel ? { level: logLevel } : false;
  const app = await buildApp({ config, store, directory, secret, logger, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('relay did not report its address');
  const port = address.port;
  return {
    app,
    port,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    httpUrl: `http://127.0.0.1:${port}`,
    directory,
    secret,
    access: accessIssuer(directory, secret),
    close: () => app.close(),
  };
}

const usersOfProviders = new WeakMap<WebsocketProvider, string>();

/** The `Sec-WebSocket-Protocol` list that presents `access` (the recommended form; see credentialSubprotocols). */
export function protocolsFor(access: Access): string[] {
  return credentialSubprotocols({ token: access['token'] ?? null, key: access['key'] ?? null });
}

/**
 * Connects the stock y-websocket client, as a third-party integrator would: access goes in `params` (the query
 * string), or with `via: 'header'` in `protocols` (the Sec-WebSocket-Protocol header, as the web app sends it).
 */
export function connectClient(
  wsUrl: string,
  boardId: string,
  access: Access = {},
  doc = new Y.Doc(),
  via: 'query' | 'header' = 'query',
): WebsocketProvider {
  // disableBc: two providers in one process would otherwise sync through BroadcastChannel, bypassing the relay.
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    ...(via === 'header' ? { protocols: protocolsFor(access) } : { params: access }),
  });
  const key = access['key'];
  if (key) usersOfProviders.set(provider, userIdOn(boardId.split('/')[0]!, key));
  return provider;
}

/** The user id the relay gives a client connected with `connectClient` (its notes' author on a named board). */
export function userOf(provider: WebsocketProvider): string {
  const userId = usersOfProviders.get(provider);
  if (!userId) throw new Error('this client connected without a device key (a projector has no user id)');
  return userId;
}

/** Resolves once the provider has completed its first sync with the relay. */
export function synced(provider: WebsocketProvider, timeoutMs = 5_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`provider did not sync within ${timeoutMs} ms`)), timeoutMs);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `check` until it returns true, failing with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Opens a raw WebSocket (no Yjs client), for sending frames an honest client never would. */
export function rawSocket(url: string, protocols: string[] = []): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with the close code and reason when the socket closes. */
export function closed(socket: WebSocket, timeoutMs = 5_000): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket was not closed')), timeoutMs);
    socket.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
  });
}

export interface RelayProcess {
  child: ChildProcess;
  port: number;
  wsUrl: string;
  httpUrl: string;
  stopped: Promise<number | null>;
  /** Everything the relay printed so far (stdout and stderr). */
  output: () => string;
  access: AccessIssuer;
  /** Releases the test's own connection to the relay's database. */
  closeDirectory: () => Promise<void>;
}

/** The signing secret given to relay child processes, so tests can issue links for them. */
const CHILD_SECRET = 'test-secret-for-relay-child-processes-0123456789';

/**
 * Runs the relay as a child process (the real server entry point), for crash and restart tests. `env` adds to or
 * overrides the test defaults (an empty value unsets a variable for the relay, e.g. NOTEVOTE_SECRET: '').
 */
export function spawnRelay(dataDir: string, port = 0, env: Record<string, string> = {}): Promise<RelayProcess> {
  // Node itself runs the server (tsx only as a loader), so signals hit the server process, not a wrapper that
  // would leave it running after a SIGKILL.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: relayRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_ROOT: '',
      LOG_LEVEL: 'warn',
      NOTEVOTE_SECRET: CHILD_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`relay child did not start within 20 s; output:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running.*http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const actualPort = Number(match[1]);
        // The test registers boards in the relay's own database (a second SQLite connection, as the relay uses).
        const directory = openSqliteDirectory({ path: path.join(dataDir, 'notevote.db') });
        resolve({
          child,
          port: actualPort,
          wsUrl: `ws://127.0.0.1:${actualPort}/ws`,
          httpUrl: `http://127.0.0.1:${actualPort}`,
          stopped,
          output: () => output,
          access: accessIssuer(directory, Buffer.from(CHILD_SECRET, 'utf8')),
          closeDirectory: () => directory.close(),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay child exited with ${code} before listening; output:\n${output}`));
    });
  });
}

/**
 * Collects cleanups (closing relays, clients, sockets) and runs them, newest first, after each test of the calling
 * file (or once after all of them with `when: 'all'`). Call at the top level of a test file; push to what it returns.
 */
export function deferCleanups(when: 'each' | 'all' = 'each'): Array<() => unknown> {
  const cleanups: Array<() => unknown> = [];
  (when === 'each' ? afterEach : afterAll)(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}

/** Starts a relay (on a fresh memory store unless given one) that `cleanups` closes after the test. */
export async function startRelayClosedAfter(
  cleanups: Array<() => unknown>,
  overrides: Partial<RelayConfig> = {},
  store: DocStore = createMemoryStore(),
): Promise<TestRelay> {
  const started = await startRelay(store, overrides);
  cleanups.push(() => started.close());
  return started;
}

/** Someone on a board as the web app connects them: a stock client of the board and one of their private document. */
export interface BoardPerson {
  userId: string;
  identity: BoardIdentity;
  access: Access;
  board: WebsocketProvider;
  own: WebsocketProvider;
}

/**
 * Connects a person with `access` (a link token and their device key) to the board and to their private document,
 * both synced; `cleanups` destroys both.
 */
export async function joinWithPrivateDoc(
  wsUrl: string,
  boardId: string,
  access: Access,
  cleanups: Array<() => unknown>,
): Promise<BoardPerson> {
  const key = access['key'];
  if (!key) throw new Error('a person needs a device key in their access (a projector has no private document)');
  const identity = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
  const board = connectClient(wsUrl, boardId, access);
  const own = connectClient(wsUrl, privateDocName(boardId, identity.userId), access);
  cleanups.push(
    () => board.destroy(),
    () => own.destroy(),
  );
  await Promise.all([synced(board), synced(own)]);
  return { userId: identity.userId, identity, access, board, own };
}

/**
 * Sends one change the honest client would not, from a raw connection with `access` to `name` (a board or a private
 * document) whose replica starts as `replicaOf`; resolves with how the relay closed the connection.
 */
export async function attemptChange(
  wsUrl: string,
  name: string,
  access: Access,
  replicaOf: Y.Doc,
  change: (doc: Y.Doc) => void,
  cleanups: Array<() => unknown>,
): Promise<{ code: number; reason: string }> {
  const socket = await rawSocket(boardUrl(wsUrl, name, access));
  cleanups.push(() => socket.terminate());
  const closing = closed(socket);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replicaOf));
  const before = Y.encodeStateVector(doc);
  change(doc);
  socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc, before)));
  return closing;
}
