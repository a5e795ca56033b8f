import { randomBytes } from 'node:crypto';
import type { RelayConfig } from '../src/config';
import { createMemoryDirectory, type BoardDirectory } from '../src/storage/board-directory';
import { createMemoryStore } from '../src/storage/memory-store';
import type { DocStore } from '../src/storage/types';
import type { WebsocketProvider } from 'y-websocket';
import { createNoteIn, CURRENT_USER_ID_SCHEME, deriveBoardIdentity, readNotes } from '@notevote/board';
import { connectClient, deviceKey, startRelay, synced, type Access, type TestRelay } from './helpers';

/** The shared Redis of this machine (tests that restart Redis start their own: see redis-server.ts). */
export const SHARED_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own for one test's cluster, so tests sharing the machine's Redis never hear each other. */
export function testRedisPrefix(): string {
  return `notevote-test-${randomBytes(4).toString('hex')}:`;
}

export interface TestCluster {
  relays: TestRelay[];
  store: DocStore;
  directory: BoardDirectory;
  /** Closes every instance still open. */
  close: () => Promise<void>;
}

/**
 * Starts `count` relay instances in this process, scaled out as in production: each with its own registry and
 * WebSocket server, meeting through the real Redis, sharing one store, one board directory and one signing secret
 * (as instances share PostgreSQL). `cleanups` closes them after the test.
 */
export async function startCluster(
  cleanups: Array<() => unknown>,
  count = 2,
  overrides: Partial<RelayConfig> = {},
  store: DocStore = createMemoryStore(),
): Promise<TestCluster> {
  const directory = createMemoryDirectory();
  const secret = randomBytes(48);
  const config: Partial<RelayConfig> = {
    redisUrl: SHARED_REDIS_URL,
    redisPrefix: testRedisPrefix(),
    leaseMs: 1_500,
    unloadDelayMs: 200,
    ...overrides,
  };
  const relays: TestRelay[] = [];
  for (let i = 0; i < count; i++) relays.push(await startRelay(store, config, { directory, secret }));
  const closeAll = async () => {
    // A test may have stopped one already (a drain): closing it again is harmless.
    for (const relay of relays.splice(0)) await relay.close().catch(() => undefined);
  };
  cleanups.push(closeAll);
  return { relays, store, directory, close: closeAll };
}

/** A stock client writing notes as a person of its own on a board (the cluster tests' load). */
export interface NoteWriter {
  provider: WebsocketProvider;
  /** Adds a note with this text on the shared board. */
  write(text: string): void;
  /** The note texts on the board as this client holds it, sorted. */
  texts(): string[];
}

/**
 * Connects a note writer with a fresh device key; `accessFor` gives its access for that key (a test relay's
 * issuer, or a participant token). Resolves once synced unless `synced` is false; `cleanups` destroys it.
 */
export async function noteWriter(
  wsUrl: string,
  boardId: string,
  accessFor: (key: string) => Access | Promise<Access>,
  cleanups: Array<() => unknown>,
  { waitSynced = true }: { waitSynced?: boolean } = {},
): Promise<NoteWriter> {
  const key = deviceKey();
  const provider = connectClient(wsUrl, boardId, await accessFor(key));
  cleanups.push(() => provider.destroy());
  if (waitSynced) await synced(provider, 15_000);
  const author = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
  return {
    provider,
    write: (text) => void createNoteIn({ board: provider.doc, own: null }, { x: 0, y: 0, text }, { author }),
    texts: () =>
      readNotes(provider.doc)
        .map((note) => note.text)
        .sort(),
  };
}
