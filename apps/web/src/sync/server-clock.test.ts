import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServerClock, resyncOnReconnect, type ServerClock } from './server-clock';

/**
 * A relay whose clock is `skew` ms ahead of the device's, reached over a network whose round trips are given in turn
 * (each split into `up` and `down`). The device clock is the fake timers' clock.
 */
function relayBehind(skew: number | (() => number), trips: Array<[up: number, down: number]>) {
  let call = 0;
  return async () => {
    const [up, down] = trips[call++ % trips.length]!;
    await sleep(up);
    const serverNow = Date.now() + (typeof skew === 'number' ? skew : skew());
    await sleep(down);
    return serverNow;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a sync to its end on the fake clock. */
async function synced(clock: ServerClock): Promise<void> {
  const done = clock.sync();
  await vi.advanceTimersByTimeAsync(10_000);
  await done;
}

let clock: ServerClock | undefined;
afterEach(() => {
  clock?.stop();
  vi.useRealTimers();
});

describe('the server clock', () => {
  it('corrects a device clock 90 s slow, from the sample with the shortest round trip', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    clock = createServerClock({
      fetchServerTime: relayBehind(90_000, [
        [400, 20],
        [15, 15],
        [30, 200],
      ]),
      samplesPerSync: 3,
    });
    const offsets: number[] = [];
    clock.subscribe((offset) => offsets.push(offset));
    await synced(clock);
    expect(clock.offset()).toBe(90_000);
    expect(offsets).toEqual([90_000]);
    expect(clock.now() - Date.now()).toBe(90_000);
  });

  it('corrects a device clock 90 s fast, within half the shortest round trip when the delays are lopsided', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    clock = createServerClock({ fetchServerTime: relayBehind(-90_000, [[60, 0]]) });
    await synced(clock);
    expect(Math.abs(clock.offset()! - -90_000)).toBeLessThanOrEqual(30);
  });

  it('keeps the device clock until the relay answers, and tries again soon after a failed sync', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    let online = false;
    const relay = relayBehind(5_000, [[10, 10]]);
    clock = createServerClock({
      fetchServerTime: () => (online ? relay() : Promise.reject(new Error('offline'))),
      retryMs: 1_000,
      resyncMs: 60_000,
    });
    expect(clock.now()).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(clock.offset()).toBeNull();
    online = true;
    await vi.advanceTimersByTimeAsync(1_000 + 200);
    expect(clock.offset()).toBe(5_000);
  });

  it('re-syncs periodically and notices a device clock that was changed', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    let skew = 90_000;
    clock = createServerClock({ fetchServerTime: relayBehind(() => skew, [[10, 10]]), resyncMs: 60_000 });
    const offsets: number[] = [];
    clock.subscribe((offset) => offsets.push(offset));
    await vi.advanceTimersByTimeAsync(200);
    expect(clock.offset()).toBe(90_000);
    // The person sets their phone's clock right.
    skew = 0;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clock.offset()).toBe(0);
    expect(offsets).toEqual([90_000, 0]);
  });

  it('re-syncs when the board connection comes back, not on every change while connected', () => {
    const listeners = new Set<() => void>();
    const connection = {
      connectionStatus: { kind: 'connected' },
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const resyncs: number[] = [];
    const stop = resyncOnReconnect(connection, () => resyncs.push(1));
    const become = (kind: string) => {
      connection.connectionStatus = { kind };
      for (const listener of listeners) listener();
    };
    become('connected');
    expect(resyncs).toHaveLength(0);
    become('reconnecting');
    become('connected');
    expect(resyncs).toHaveLength(1);
    become('offline');
    become('offline');
    become('connected');
    expect(resyncs).toHaveLength(2);
    stop();
    expect(listeners.size).toBe(0);
  });
});
