import type { FanoutResult } from './plan';
import { scrapeRelayTimings, timingsBetween, type MetricsEndpoint } from './relay-self-time';
import { startWakeProbe } from './wake-probe';

/** What a measured window adds to a fan-out result where the server tells its own timings (notevote, one instance). */
export type SelfTime = Required<Pick<FanoutResult, 'relaySelf' | 'wakeUps'>>;

export interface SelfTimeWindow {
  /** Ends the window: notevote's timings over it, and how late the machine's sleeping thread woke meanwhile. */
  close(): Promise<SelfTime>;
}

/**
 * Opens a window over notevote's own share of the deliveries: its metrics now (the window's share is what they add
 * until `close`), and beside them the machine's, a thread that sleeps and wakes throughout (wake-probe.ts).
 */
export async function openSelfTimeWindow(metrics: MetricsEndpoint): Promise<SelfTimeWindow> {
  const before = await scrapeRelayTimings(metrics);
  const probe = startWakeProbe();
  return {
    async close() {
      const wakeUps = await probe.stop();
      const relaySelf = timingsBetween(before, await scrapeRelayTimings(metrics));
      // Microseconds are plenty, and keep the result small on its way back from the generator process.
      return { relaySelf, wakeUps: wakeUps.map((late) => Math.round(late * 1000) / 1000) };
    },
  };
}
