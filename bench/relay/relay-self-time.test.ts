import { describe, expect, it } from 'vitest';
import { mergeTimings, parseRelayTimings, quantile, timingsBetween, type Buckets } from './relay-self-time';

/** Prometheus text for the three histograms, cumulative as exposed, with bounds in seconds. */
function exposition(hold: number[], fanout: number[], append: number[]): string {
  const lines = (name: string, labels: string, cumulative: number[]) =>
    ['0.001', '0.002', '0.005', '+Inf'].map((le, i) => `${name}_bucket{${labels}le="${le}"} ${cumulative[i]}`);
  return [
    '# HELP notevote_relay_hold_seconds ...',
    ...lines('notevote_relay_hold_seconds', '', hold),
    `notevote_relay_hold_seconds_sum 0.1`,
    ...lines('notevote_fanout_seconds', '', fanout),
    // Another operation and a failed append must not be counted as appends.
    ...lines('notevote_persistence_seconds', 'operation="load",outcome="ok",', [9, 9, 9, 9]),
    ...lines('notevote_persistence_seconds', 'operation="append",outcome="error",', [7, 7, 7, 7]),
    ...lines('notevote_persistence_seconds', 'operation="append",outcome="ok",', append),
  ].join('\n');
}

describe("notevote's own time from its metrics", () => {
  it('reads per-bucket counts in milliseconds, for the append operation only', () => {
    const timings = parseRelayTimings(exposition([1, 3, 4, 4], [0, 0, 2, 5], [2, 2, 2, 3]));
    expect(timings.hold).toEqual({ bounds: [1, 2, 5], counts: [1, 2, 1, 0] });
    expect(timings.fanout).toEqual({ bounds: [1, 2, 5], counts: [0, 0, 2, 3] });
    expect(timings.store).toEqual({ bounds: [1, 2, 5], counts: [2, 0, 0, 1] });
  });

  it('keeps what a measurement added, and adds rounds together', () => {
    const before = parseRelayTimings(exposition([1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]));
    const after = parseRelayTimings(exposition([1, 5, 6, 6], [1, 1, 3, 4], [3, 3, 3, 3]));
    const window = timingsBetween(before, after);
    expect(window.hold.counts).toEqual([0, 4, 1, 0]);
    expect(window.fanout.counts).toEqual([0, 0, 2, 1]);
    expect(window.store.counts).toEqual([2, 0, 0, 0]);
    expect(mergeTimings([window, window])?.hold.counts).toEqual([0, 8, 2, 0]);
    expect(mergeTimings([])).toBeNull();
  });

  it('counts from zero when a histogram first appears in the second scrape', () => {
    const before = parseRelayTimings('');
    const after = parseRelayTimings(exposition([1, 1, 1, 1], [1, 1, 1, 1], [0, 2, 2, 2]));
    expect(timingsBetween(before, after).store.counts).toEqual([0, 2, 0, 0]);
  });

  it('interpolates a quantile inside its bucket, as histogram_quantile does', () => {
    const buckets: Buckets = { bounds: [1, 2, 5], counts: [50, 40, 10, 0] };
    expect(quantile(buckets, 0.5)).toBeCloseTo(1, 9);
    expect(quantile(buckets, 0.7)).toBeCloseTo(1.5, 9);
    expect(quantile(buckets, 0.99)).toBeCloseTo(2 + 3 * 0.9, 9);
    // Above the highest bound: at least that bound.
    expect(quantile({ bounds: [1, 2], counts: [1, 0, 9] }, 0.5)).toBe(2);
    expect(quantile({ bounds: [1, 2], counts: [0, 0, 0] }, 0.5)).toBeNaN();
  });
});
