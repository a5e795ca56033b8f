/**
 * What the suite asks the load generator to do, and what it reports back. Plain data, because it crosses the IPC
 * channel between the suite and the generator process.
 */

import type { MetricsEndpoint, RelayTimings } from './relay-self-time';

/** How frames are wrapped on the wire: plain y-websocket, or Hocuspocus' document-name prefix before each frame. */
export type Framing = 'y-websocket' | 'hocuspocus';

/** One shared document on the server under test, and the URLs clients open to reach it. */
export interface BoardTarget {
  /** The document name (Hocuspocus frames carry it; the others have it in the URL). */
  docName: string;
  participantUrl: string;
  facilitatorUrl: string;
  /** The same board reached through other instances of a scaled-out server; clients take the entries in turn. */
  mirrors?: Array<{ participantUrl: string; facilitatorUrl: string }>;
}

export interface Target {
  framing: Framing;
  boards: BoardTarget[];
  /** notevote proves who a client is with a device key (`&key=`); the peers have no such thing. */
  appendDeviceKey: boolean;
  /** notevote on one instance: where its metrics tell its own share of each delivery (see relay-self-time.ts). */
  metrics?: MetricsEndpoint;
}

/** A steady load: every board gets the same clients, writers and presence. */
export interface FanoutLoad {
  clientsPerBoard: number;
  /** How many of each board's clients write; the rest only listen. */
  writersPerBoard: number;
  /** Writers use the facilitator link (the plenary's facilitator) or the participant link. */
  writerRole: 'participant' | 'facilitator';
  /** Document updates per second across all writers of all boards. */
  updatesPerSecond: number;
  /** Presence (cursor) messages per second sent by every client; 0 for none. */
  cursorHz: number; /** Yjs client ids each board's history holds before anyone connects (see `seedHistory`); none when absent. */
  historyClientIds?: number;
}

export interface FanoutPlan {
  kind: 'fanout';
  target: Target;
  load: FanoutLoad;
  durationMs: number;
}

/** Steps the update rate up with the same clients until fewer than `requiredRatio` deliveries beat `thresholdMs`. */
export interface RampPlan {
  kind: 'ramp';
  target: Target;
  load: Omit<FanoutLoad, 'updatesPerSecond'>;
  startRate: number;
  factor: number;
  stepMs: number;
  maxSteps: number;
  /**
   * After the first failing step, this many steps between the last passing rate and it (evenly spaced on a log scale),
   * so two servers that failed at the same coarse step are told apart: the finer steps raise the passing rate where
   * they pass and stop at the first that fails.
   */
  finerSteps: number;
  /** Pause before the finer steps, so a server that fell behind in the failing step has caught up. */
  settleMs: number;
  thresholdMs: number;
  requiredRatio: number;
}

/** Loads a large board, then opens many sockets at once and times each until its sync step 2 has arrived. */
export interface ReconnectPlan {
  kind: 'reconnect';
  target: Target;
  clients: number;
  boardBytes: number;
  timeoutMs: number;
}

/**
 * A plenary of people behind one address, each with the sockets the web app opens: the board, then (once the board
 * has synced) their private document with the same credentials. One facilitator writes at `updatesPerSecond`.
 */
export interface PeoplePlan {
  kind: 'people';
  target: Target;
  people: number;
  updatesPerSecond: number;
  durationMs: number;
  /** How many people start joining at once; the next batch starts when this one is in, or after `batchMs`. */
  batchSize: number;
  batchMs: number;
  /** How long refused sockets keep retrying (as the stock client does) once every batch has started. */
  graceMs: number;
}

/** Opens `connections` synced sockets that then do nothing, and reads the server's resident memory around them. */
export interface IdleMemoryPlan {
  kind: 'idle-memory';
  target: Target;
  connections: number;
  /** Process ids whose resident memory is summed (each instance of a scaled-out server). */
  serverPids: number[];
  /** Quiet time before each reading, so the reading is not taken mid-handshake. */
  settleMs: number;
}

export type LoadPlan = FanoutPlan | RampPlan | ReconnectPlan | PeoplePlan | IdleMemoryPlan;

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Connections the server closed, by close code (e.g. 1013: too slow to keep up) or refused upgrade (`HTTP 429`). */
export type Closes = Record<string, number>;

export interface FanoutResult {
  kind: 'fanout';
  /** Updates sent while measuring. */
  sent: number;
  /** (update, receiver) pairs that should have arrived. */
  expected: number;
  delivered: number;
  /** Deliveries that arrived within 100 ms. */
  within100ms: number;
  /** Updates that reached every one of their receivers. */
  fullyDelivered: number;
  latency: LatencySummary;
  seconds: number;
  /** CPU the generator itself used, per second of measuring: near 1 means the generator, not the server, limited. */
  generatorCpuLoad: number;
  closes: Closes;
  /** The server's own share of the deliveries, from its metrics, where it has them (notevote on one instance). */
  relaySelf?: RelayTimings;
  /** How late a sleeping thread of the generator woke, in ms, over the same window (wake-probe.ts); beside relaySelf. */
  wakeUps?: number[];
}

export interface RampStep {
  rate: number;
  result: FanoutResult;
  passed: boolean;
  /** One of the finer steps taken after the first failure. */
  finer: boolean;
}

export interface RampResult {
  kind: 'ramp';
  steps: RampStep[];
  /** The highest offered rate that passed, or 0 when even the first step failed. */
  lastPassingRate: number;
  /** The lowest offered rate that failed, or null when every step passed (the ramp ended). */
  firstFailingRate: number | null;
}

export interface ReconnectResult {
  kind: 'reconnect';
  clients: number;
  /** Size of the sync step 2 frame each client waited for. */
  stateBytes: number;
  synced: number;
  /** Time from the storm's start until each client had its full state. */
  syncMs: LatencySummary;
  /** When the last client was synced, or null when some never were within the timeout. */
  allSyncedMs: number | null;
  closes: Closes;
}

export interface PeopleResult {
  kind: 'people';
  people: number;
  /** People whose board and private sockets both synced before the load started. */
  admitted: number;
  boardSynced: number;
  privateSynced: number;
  /** Refused or dropped connection attempts while joining, by close code (retried ones included). */
  refusals: Closes;
  /** How long until everyone was in, or null when some never were. */
  allJoinedMs: number | null;
  /** The facilitator's updates to every other person's board socket (refused people count as missed). */
  load: FanoutResult;
}

export interface IdleMemoryResult {
  kind: 'idle-memory';
  connections: number;
  synced: number;
  rssBeforeKib: number;
  rssAfterKib: number;
  closes: Closes;
}

export type LoadResult = FanoutResult | RampResult | ReconnectResult | PeopleResult | IdleMemoryResult;

/** Messages from the generator process to the suite. */
export type GeneratorMessage =
  { type: 'result'; result: LoadResult } | { type: 'error'; message: string } | { type: 'progress'; line: string };
