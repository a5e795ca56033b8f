import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CURRENT_USER_ID_SCHEME, deriveUserId } from '@notevote/board';
import { type ClientEvents, LeanClient } from './lean-client';
import { DeliveryTracker, type Measurement } from './delivery-tracker';
import type { BoardTarget, Closes, FanoutLoad, Target } from './plan';
import { Rejoiner } from './rejoin';
import { SyncType, syncFrame } from './wire';
import { WriterDoc, structKey } from './writer-doc';

/** Yjs client ids of one crowd start here and count up; a fresh base per crowd keeps ids unique on a long-lived server. */
let nextClientIdBase = 1_000;

/** The first of `count` client ids nobody else in this generator has used. */
export function reserveClientIds(count: number): number {
  const base = nextClientIdBase;
  nextClientIdBase += count + 1_000;
  return base;
}

/**
 * A device key as the web app makes one, and the user id notevote derives from it on `boardId` (for the note's
 * author; the other servers ignore both).
 */
export function newDevice(boardId: string): { key: string; userId: string } {
  const key = randomBytes(18).toString('base64url');
  return { key, userId: deriveUserId(key, boardId, CURRENT_USER_ID_SCHEME) };
}

/** The URL client number `index` of `board` opens: with mirrors (several instances), each takes the next in turn. */
export function clientUrl(
  target: Target,
  board: BoardTarget,
  role: 'participant' | 'facilitator',
  key: string,
  index = 0,
) {
  const entries = [board, ...(board.mirrors ?? [])];
  const entry = entries[index % entries.length]!;
  const url = role === 'facilitator' ? entry.facilitatorUrl : entry.participantUrl;
  if (!target.appendDeviceKey) return url;
  return `${url}${url.includes('?') ? '&' : '?'}key=${key}`;
}

export interface BoardCrowd {
  clients: LeanClient[];
  writers: LeanClient[];
}

/**
 * Every client of a load, on every board, wired to one delivery tracker: each update a client hears is matched to
 * the write it carries and timed.
 */
export class Crowd {
  readonly tracker = new DeliveryTracker();
  readonly boards: BoardCrowd[] = [];
  readonly closes: Closes = {};
  private readonly rejoiner = new Rejoiner();

  constructor(target: Target, load: Omit<FanoutLoad, 'updatesPerSecond'>) {
    const base = reserveClientIds(target.boards.length * load.clientsPerBoard);
    const events: ClientEvents = {
      onSynced: () => undefined,
      onUpdate: (client, update) => this.tracker.received(client.clientId, update, performance.now()),
      onClosed: (client, code) => {
        this.closes[code] = (this.closes[code] ?? 0) + 1;
        // Still joining: it comes back as the stock client would (the close stays counted).
        if (!client.synced) this.rejoiner.retry(client, code);
      },
    };
    target.boards.forEach((board, b) => {
      const crowd: BoardCrowd = { clients: [], writers: [] };
      for (let i = 0; i < load.clientsPerBoard; i++) {
        const clientId = base + b * load.clientsPerBoard + i;
        const writes = i < load.writersPerBoard;
        const role = writes ? load.writerRole : 'participant';
        const device = newDevice(board.docName);
        const writer = writes ? new WriterDoc(clientId, `n${clientId}`, device.userId) : null;
        const client = new LeanClient(
          clientId,
          clientUrl(target, board, role, device.key, i),
          target.framing,
          board.docName,
          events,
          writer,
        );
        crowd.clients.push(client);
        if (writes) crowd.writers.push(client);
      }
      this.boards.push(crowd);
    });
  }

  get clients(): LeanClient[] {
    return this.boards.flatMap((board) => board.clients);
  }

  get writers(): LeanClient[] {
    return this.boards.flatMap((board) => board.writers);
  }

  /**
   * Connects in batches (a listen backlog of 511 drops SYNs beyond it), each batch synced before the next. A client
   * the server closes before it has synced reconnects as the stock client does; after this, none does.
   */
  async connect(batchSize = 100, timeoutMs = 20_000): Promise<void> {
    try {
      await this.connectInBatches(batchSize, timeoutMs);
    } finally {
      this.rejoiner.joining = false;
    }
  }

  private async connectInBatches(batchSize: number, timeoutMs: number): Promise<void> {
    const clients = this.clients;
    for (let start = 0; start < clients.length; start += batchSize) {
      const batch = clients.slice(start, start + batchSize);
      for (const client of batch) client.connect();
      const deadline = performance.now() + timeoutMs;
      while (batch.some((client) => !client.synced)) {
        if (performance.now() > deadline) {
          const missing = batch.filter((client) => !client.synced).length;
          throw new Error(
            `${missing} clients did not sync within ${timeoutMs} ms (closes: ${JSON.stringify(this.closes)})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }

  /**
   * Each writer creates its note: the setup every later write refers to, tracked in `setup` (not in any measured
   * result) so the caller can wait until every board has relayed all of it before measuring.
   */
  createNotes(setup: Measurement): void {
    const now = performance.now();
    for (const board of this.boards) {
      for (const client of board.writers) {
        if (!client.writer) continue;
        // A fresh writer's first struct has clock 0: the key the tracker finds in whatever update relays it.
        this.tracker.sent(structKey(client.clientId, 0), board.clients.length - 1, setup, now);
        client.send(syncFrame(SyncType.update, client.writer.createNote(`note of ${client.clientId}`)));
      }
    }
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}
