import { estimateOffset, keepBetter, type ClockEstimate, type ClockSample } from './clock-offset';

/*
 * The relay's clock, as seen from this device: what a timer counts down against, so that every device shows the same
 * remaining time even when its own clock is minutes wrong. The offset is estimated from GET /api/time with round-trip
 * correction (clock-offset.ts), at start, every few minutes, when the device comes back online or to the foreground
 * (a phone's clock may have been set meanwhile), and when the board's connection comes back.
 */

/** Requests per sync: the shortest round trip of them is kept. */
const SAMPLES_PER_SYNC = 5;
/** Between regular syncs: clocks drift by well under a second in this time. */
const RESYNC_MS = 5 * 60_000;
/** After a sync that got no answer (offline, the relay restarting): try again sooner. */
const RETRY_MS = 15_000;

export interface ServerClockOptions {
  /** One reading of the relay's clock (ms since the epoch). */
  fetchServerTime?: () => Promise<number>;
  /** This device's clock. */
  localNow?: () => number;
  samplesPerSync?: number;
  resyncMs?: number;
  retryMs?: number;
}

export interface ServerClock {
  /** The relay's time now (ms since the epoch): this device's clock corrected by the estimated offset. */
  now(): number;
  /** The estimated offset (ms to add to this device's clock), or null before the first successful sync. */
  offset(): number | null;
  /** Called with the new offset whenever it changes. Subscribing starts the clock's syncing. */
  subscribe(listener: (offset: number) => void): () => void;
  /** Measures again now (coalesced with a sync already under way). */
  sync(): Promise<void>;
  /** Starts syncing (idempotent); `now()` and `subscribe` call it. */
  start(): void;
  /** Stops the timers and listeners (tests). */
  stop(): void;
}

async function fetchRelayTime(): Promise<number> {
  const response = await fetch('/api/time', { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /api/time answered ${response.status}`);
  const body = (await response.json()) as { now?: unknown };
  if (typeof body.now !== 'number' || !Number.isFinite(body.now)) throw new Error('GET /api/time sent no time');
  return body.now;
}

export function createServerClock(options: ServerClockOptions = {}): ServerClock {
  const fetchServerTime = options.fetchServerTime ?? fetchRelayTime;
  const localNow = options.localNow ?? (() => Date.now());
  const samplesPerSync = options.samplesPerSync ?? SAMPLES_PER_SYNC;
  const listeners = new Set<(offset: number) => void>();
  let estimate: ClockEstimate | null = null;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let started = false;

  const schedule = (ms: number) => {
    if (!started) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void sync(), ms);
  };

  async function measure(): Promise<ClockEstimate | null> {
    const samples: ClockSample[] = [];
    // One after another: requests sent at once would queue behind each other and every round trip would look long.
    for (let i = 0; i < samplesPerSync; i++) {
      const sentAt = localNow();
      try {
        const serverNow = await fetchServerTime();
        samples.push({ sentAt, receivedAt: localNow(), serverNow });
      } catch {
        // Offline or the relay restarting: what was measured so far still counts.
        break;
      }
    }
    return estimateOffset(samples);
  }

  function sync(): Promise<void> {
    running ??= measure()
      .then((fresh) => {
        const before = estimate?.offset ?? null;
        estimate = keepBetter(estimate, fresh);
        schedule(fresh ? (options.resyncMs ?? RESYNC_MS) : (options.retryMs ?? RETRY_MS));
        if (estimate && estimate.offset !== before) for (const listener of [...listeners]) listener(estimate.offset);
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const onWake = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'visible') void sync();
  };

  const clock: ServerClock = {
    now: () => {
      clock.start();
      return localNow() + (estimate?.offset ?? 0);
    },
    offset: () => estimate?.offset ?? null,
    subscribe(listener) {
      clock.start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sync,
    start() {
      if (started) return;
      started = true;
      if (typeof window !== 'undefined') window.addEventListener('online', onWake);
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onWake);
      void sync();
    },
    stop() {
      started = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (typeof window !== 'undefined') window.removeEventListener('online', onWake);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onWake);
    },
  };
  return clock;
}

/** The app's one clock of the relay. */
const relayClock = createServerClock();

/** The relay's time now (ms since the epoch), as this device best knows it; its own clock until the first sync. */
export function serverNow(): number {
  return relayClock.now();
}

/** Calls `listener` with the new offset (ms to add to this device's clock) whenever the estimate changes. */
export function subscribeServerClock(listener: (offset: number) => void): () => void {
  return relayClock.subscribe(listener);
}

/** The current offset estimate, or null before the first answer from the relay. */
export function serverClockOffset(): number | null {
  return relayClock.offset();
}

/** Measures again now, e.g. when the board's connection comes back after the relay restarted. */
export function resyncServerClock(): void {
  void relayClock.sync();
}

/**
 * Re-syncs whenever `connection` (a BoardConnection) becomes connected again after being anything else. Returns the
 * unsubscribe.
 */
export function resyncOnReconnect(
  connection: { subscribe(listener: () => void): () => void; readonly connectionStatus: { kind: string } },
  resync: () => void = resyncServerClock,
): () => void {
  let was = connection.connectionStatus.kind;
  return connection.subscribe(() => {
    const kind = connection.connectionStatus.kind;
    if (kind === 'connected' && was !== 'connected') resync();
    was = kind;
  });
}
