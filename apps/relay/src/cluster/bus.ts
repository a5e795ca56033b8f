import type { BusMessage } from './messages';

/**
 * How relay instances reach each other. Messages from one instance to another arrive in the order they were sent;
 * broadcasts reach every other instance. When the bus may have lost messages (Redis restarted, say), it says so
 * (`onGap`): everything in flight between instances is then resent by the clients themselves, who reconnect and
 * resync (see ClusterHost).
 */
export interface ClusterBus {
  readonly instanceId: string;
  send(to: string, message: BusMessage): void;
  broadcast(message: BusMessage): void;
  onMessage(handler: (message: BusMessage, from: string) => void): void;
  onGap(handler: () => void): void;
  /** Deletes what is waiting for an instance that is gone (its clients' frames must not linger in Redis). */
  dropInbox(instance: string): Promise<void>;
  /** Resolves when the bus answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Which instance holds a board: one at a time, while it keeps renewing its lease. */
export interface BoardLeases {
  /** Takes the board if nobody holds it (or this instance already does); otherwise says who does. */
  acquire(board: string): Promise<{ held: true } | { held: false; holder: string }>;
  /** Keeps these boards (taking any nobody holds); returns those another instance holds now, with who holds each. */
  renew(boards: readonly string[]): Promise<Array<{ board: string; holder: string }>>;
  /** Who holds each board now (null: nobody). */
  holders(boards: readonly string[]): Promise<Array<string | null>>;
  /** Lets the board go, if this instance holds it. */
  release(board: string): Promise<void>;
  /** Says this instance is alive for the next lease period (its clients' seats in rooms elsewhere depend on it). */
  announce(): Promise<void>;
  /** Whether each of these instances announced itself within the last lease period. */
  alive(instances: readonly string[]): Promise<boolean[]>;
  close(): Promise<void>;
}
