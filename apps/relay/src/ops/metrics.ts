import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RelayTiming } from '../rooms/synced-doc';

/** Seconds, for the relay's per-message timings: 0.1 ms to 2.5 s. */
const RELAY_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1,
  0.25, 0.5, 1, 2.5,
];

/** Which way a message or byte went, seen from the relay. */
export type Direction = 'in' | 'out';

/** What the relay asks the storage to do (see storage/types.ts), timed by the instrumented store. */
export type StoreOperation = 'load' | 'append' | 'compact' | 'list' | 'erase' | 'flush';

/** Figures read when Prometheus scrapes rather than counted as they happen. */
export interface MetricSources {
  /** Boards held in memory by this instance. */
  boardsLoaded(): number;
  /** Updates refused since start, by refusal code (see REFUSALS in @notevote/board). */
  refusals(): ReadonlyMap<string, number>;
  /** Boards this instance stopped serving because another instance held them by then (clustered mode). */
  boardsSteppedDown(): number;
}

/** Counts kept as plain numbers, by direction. */
type Tally = Record<Direction, number>;

/**
 * A counter by direction that catches up with a plain tally whenever Prometheus scrapes. The tallies are bumped on
 * the hot path (every frame to every client: hundreds of thousands a second on a busy board), where a prom-client
 * label lookup per frame costs more than the relaying itself.
 */
function directionCounter(registry: Registry, name: string, help: string, tally: () => Tally): Counter<'direction'> {
  const mirrored: Tally = { in: 0, out: 0 };
  const counter = new Counter({
    name,
    help,
    labelNames: ['direction'] as const,
    registers: [registry],
    collect(this: Counter<'direction'>) {
      const now = tally();
      for (const direction of ['in', 'out'] as const) {
        const added = now[direction] - mirrored[direction];
        if (added > 0) this.inc({ direction }, added);
        mirrored[direction] = now[direction];
      }
    },
  });
  // Both series exist from the start, at 0.
  for (const direction of ['in', 'out'] as const) counter.inc({ direction }, 0);
  return counter;
}

/** What the WebSocket route reports as clients come, go and exchange messages. */
export interface TrafficMeter {
  connectionOpened(): void;
  connectionClosed(): void;
  /** One client WebSocket message of `bytes` bytes. */
  message(direction: Direction, bytes: number): void;
}

/**
 * The relay's Prometheus metrics, on a registry of their own (several relays in one test process never share one).
 * Exported so other parts of the relay can report into them: the cluster code sets `redisLagSeconds` and counts
 * `busMessages`; they stay 0 on a single instance.
 */
export class RelayMetrics implements TrafficMeter {
  readonly registry = new Registry();

  /** Client WebSockets admitted to a board and still open. */
  readonly connectionsOpen = new Gauge({
    name: 'notevote_connections_open',
    help: 'Client WebSocket connections admitted to a board and still open on this instance.',
    registers: [this.registry],
  });

  private readonly tallies = {
    messages: { in: 0, out: 0 } as Tally,
    bytes: { in: 0, out: 0 } as Tally,
    bus: { in: 0, out: 0 } as Tally,
  };

  readonly messages = directionCounter(
    this.registry,
    'notevote_messages_total',
    'WebSocket messages received from (in) and sent to (out) clients.',
    () => this.tallies.messages,
  );

  readonly bytes = directionCounter(
    this.registry,
    'notevote_bytes_total',
    'WebSocket message payload bytes received from (in) and sent to (out) clients.',
    () => this.tallies.bytes,
  );

  /** From under a millisecond (a group commit riding an earlier fsync) to seconds (a slow disk or database). */
  readonly persistenceSeconds = new Histogram({
    name: 'notevote_persistence_seconds',
    help: 'Time the storage took per operation (append resolves once the update is durable).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /**
   * The relay's own share of an update's delivery time (see RelayTiming): fine buckets below a few milliseconds,
   * where a healthy relay's hold is (one fsync, about 0.2-1 ms on a local SSD), up to the seconds of a stalled disk.
   */
  readonly relayHoldSeconds = new Histogram({
    name: 'notevote_relay_hold_seconds',
    help: "Time from reading a client's update to starting to send it on, per relayed message: judging, applying and storing it (updates are stored before they are relayed). A slow disk or database shows here.",
    buckets: RELAY_BUCKETS,
    registers: [this.registry],
  });

  readonly fanoutSeconds = new Histogram({
    name: 'notevote_fanout_seconds',
    help: 'Time to hand one relayed message to every connection of its board (one socket write each): grows with the number of people on a board.',
    buckets: RELAY_BUCKETS,
    registers: [this.registry],
  });

  /** Writes started and not yet durable: what a shutdown still waits for. */
  readonly persistencePending = new Gauge({
    name: 'notevote_persistence_pending',
    help: 'Storage writes (appends, compactions, erasures) started and not yet finished.',
    registers: [this.registry],
  });

  /** How far this instance's view of the other instances' messages lags behind (clustered mode; 0 otherwise). */
  readonly redisLagSeconds = new Gauge({
    name: 'notevote_redis_lag_seconds',
    help: 'Age of the newest message read from the other instances through Redis when it was read (0 on a single instance).',
    registers: [this.registry],
  });

  readonly busMessages = directionCounter(
    this.registry,
    'notevote_bus_messages_total',
    'Messages exchanged with the other instances through Redis, read (in) and written (out).',
    () => this.tallies.bus,
  );

  private sources: MetricSources | null = null;
  private open = 0;

  constructor() {
    // Memory, CPU, event-loop delay and garbage collection: what a sysadmin looks at first when a relay struggles.
    collectDefaultMetrics({ register: this.registry });
    const sources = () => this.sources;
    this.registry.registerMetric(
      new Gauge({
        name: 'notevote_boards_loaded',
        help: 'Boards held in memory by this instance.',
        registers: [],
        collect(this: Gauge) {
          this.set(sources()?.boardsLoaded() ?? 0);
        },
      }),
    );
    let steppedDown = 0;
    this.registry.registerMetric(
      new Counter({
        name: 'notevote_boards_stepped_down_total',
        help: 'Boards this instance stopped serving because another instance held them by then: two rooms ran for one board for a moment (a pause longer than LEASE_MS, or Redis unreachable). 0 on a single instance.',
        registers: [],
        collect(this: Counter) {
          const now = sources()?.boardsSteppedDown() ?? 0;
          if (now > steppedDown) this.inc(now - steppedDown);
          steppedDown = now;
        },
      }),
    );
    // The rooms count refusals in a plain map; the counter catches up with it whenever Prometheus scrapes.
    const mirrored = new Map<string, number>();
    this.registry.registerMetric(
      new Counter({
        name: 'notevote_refused_updates_total',
        help: 'Client updates refused, by the rule that refused them (see REFUSALS in @notevote/board).',
        labelNames: ['rule'] as const,
        registers: [],
        collect(this: Counter<'rule'>) {
          for (const [rule, total] of sources()?.refusals() ?? []) {
            const added = total - (mirrored.get(rule) ?? 0);
            if (added > 0) this.inc({ rule }, added);
            mirrored.set(rule, total);
          }
        },
      }),
    );
  }

  /** Where the scrape-time figures come from (the app's rooms); set once the app has built them. */
  readFrom(sources: MetricSources): void {
    this.sources = sources;
  }

  connectionOpened(): void {
    this.open++;
    this.connectionsOpen.set(this.open);
  }

  connectionClosed(): void {
    this.open--;
    this.connectionsOpen.set(this.open);
  }

  /** Client WebSockets admitted to a board and still open. */
  get openConnections(): number {
    return this.open;
  }

  /** Counts one client WebSocket message of `bytes` bytes. */
  message(direction: Direction, bytes: number): void {
    this.tallies.messages[direction]++;
    this.tallies.bytes[direction] += bytes;
  }

  /** Records the relay's own share of one relayed message's delivery time. */
  relayed(timing: RelayTiming): void {
    this.relayHoldSeconds.observe(timing.heldMs / 1000);
    this.fanoutSeconds.observe(timing.sendMs / 1000);
  }

  /** Counts `count` messages through Redis (for the cluster code). */
  bus(direction: Direction, count = 1): void {
    this.tallies.bus[direction] += count;
  }

  /** The exposition text and its content type, for GET /metrics. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
