import * as Y from 'yjs';
import { LatencyHistogram } from './latency-histogram';
import type { FanoutResult } from './plan';
import { structKey } from './writer-doc';

/** Counts for one measured stretch of load (one scenario, or one ramp step). */
export class Measurement {
  readonly latency = new LatencyHistogram();
  sent = 0;
  expected = 0;
  delivered = 0;
  within100ms = 0;
  fullyDelivered = 0;

  result(seconds: number, generatorCpuLoad: number, closes: Record<string, number>): FanoutResult {
    const { sent, expected, delivered, within100ms, fullyDelivered } = this;
    return {
      kind: 'fanout',
      sent,
      expected,
      delivered,
      within100ms,
      fullyDelivered,
      latency: this.latency.summary(),
      seconds,
      generatorCpuLoad,
      closes: { ...closes },
    };
  }
}

interface Pending {
  sentAt: number;
  remaining: number;
  measurement: Measurement;
}

const CLIENT_OF_KEY = 4_194_304;
const MAX_CACHED_UPDATES = 4_096;

/**
 * Matches every received update to the writes it contains and when they were sent. Servers send the same bytes to
 * every receiver, so each distinct update is decoded once and the rest of its deliveries are one map lookup.
 */
export class DeliveryTracker {
  private readonly pending = new Map<number, Pending>();
  private readonly keysByUpdate = new Map<string, number[]>();

  sent(key: number, receivers: number, measurement: Measurement, sentAt: number): void {
    measurement.sent++;
    measurement.expected += receivers;
    this.pending.set(key, { sentAt, remaining: receivers, measurement });
  }

  received(receiverClientId: number, update: Uint8Array, now: number): void {
    for (const key of this.keysOf(update)) {
      const pending = this.pending.get(key);
      // Echoes to the writer itself (the stock server sends every update to everyone) are not deliveries.
      if (!pending || Math.floor(key / CLIENT_OF_KEY) === receiverClientId) continue;
      const latency = now - pending.sentAt;
      const { measurement } = pending;
      measurement.delivered++;
      if (latency <= 100) measurement.within100ms++;
      measurement.latency.record(latency);
      if (--pending.remaining === 0) {
        measurement.fullyDelivered++;
        this.pending.delete(key);
      }
    }
  }

  /** Whether some write of `measurement` still waits for receivers. */
  waiting(measurement: Measurement): boolean {
    for (const pending of this.pending.values()) if (pending.measurement === measurement) return true;
    return false;
  }

  /** Forgets writes that will never be delivered, so they do not count against the next measurement. */
  clear(): void {
    this.pending.clear();
    this.keysByUpdate.clear();
  }

  private keysOf(update: Uint8Array): number[] {
    const id = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
    const cached = this.keysByUpdate.get(id);
    if (cached) return cached;
    const keys: number[] = [];
    for (const struct of Y.decodeUpdate(update).structs) {
      for (let offset = 0; offset < struct.length; offset++)
        keys.push(structKey(struct.id.client, struct.id.clock + offset));
    }
    if (this.keysByUpdate.size >= MAX_CACHED_UPDATES) this.keysByUpdate.clear();
    this.keysByUpdate.set(id, keys);
    return keys;
  }
}
