/**
 * notevote's own share of a delivery, read from its Prometheus metrics around a measurement: how long the relay held
 * each message (judging, applying, storing: `notevote_relay_hold_seconds`), how much of that was the store's commit
 * (`notevote_persistence_seconds`, appends), and how long handing it to every socket took (`notevote_fanout_seconds`).
 * The rest of an end-to-end latency is the network stack and the load generator, which every server shares.
 */

/** Where the suite reads a notevote instance's metrics (its main port, with the metrics token). */
export interface MetricsEndpoint {
  url: string;
  token: string;
}

/**
 * A histogram's observations per bucket (not cumulative): counts[i] fell in (bounds[i - 1], bounds[i]], and the last
 * count, one more than there are bounds, above the highest bound (+Inf, which JSON over IPC could not carry).
 */
export interface Buckets {
  /** Finite upper bounds in milliseconds, ascending. */
  bounds: number[];
  counts: number[];
}

export interface RelayTimings {
  hold: Buckets;
  store: Buckets;
  fanout: Buckets;
}

const HISTOGRAMS: Record<keyof RelayTimings, { name: string; labels: Record<string, string> }> = {
  hold: { name: 'notevote_relay_hold_seconds', labels: {} },
  store: { name: 'notevote_persistence_seconds', labels: { operation: 'append', outcome: 'ok' } },
  fanout: { name: 'notevote_fanout_seconds', labels: {} },
};

export async function scrapeRelayTimings(endpoint: MetricsEndpoint): Promise<RelayTimings> {
  const response = await fetch(endpoint.url, { headers: { authorization: `Bearer ${endpoint.token}` } });
  if (!response.ok) throw new Error(`GET ${endpoint.url} answered ${response.status}`);
  return parseRelayTimings(await response.text());
}

/** The three histograms from Prometheus' text exposition; one missing is an empty histogram (no append yet). */
export function parseRelayTimings(exposition: string): RelayTimings {
  const lines = exposition.split('\n');
  const read = ({ name, labels }: (typeof HISTOGRAMS)[keyof RelayTimings]): Buckets => {
    const cumulative: { bound: number; count: number }[] = [];
    for (const line of lines) {
      const match = /^([a-z_]+)_bucket\{(.*)\} (\S+)$/.exec(line);
      if (!match || match[1] !== name) continue;
      const present = new Map(
        [...match[2]!.matchAll(/([a-z_]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!] as const),
      );
      if (!Object.entries(labels).every(([key, value]) => present.get(key) === value)) continue;
      const le = present.get('le');
      if (le === undefined) continue;
      cumulative.push({ bound: le === '+Inf' ? Infinity : Number(le) * 1000, count: Number(match[3]) });
    }
    cumulative.sort((a, b) => a.bound - b.bound);
    return {
      bounds: cumulative.map((bucket) => bucket.bound).filter((bound) => bound !== Infinity),
      counts: cumulative.map((bucket, i) => bucket.count - (i === 0 ? 0 : cumulative[i - 1]!.count)),
    };
  };
  return { hold: read(HISTOGRAMS.hold), store: read(HISTOGRAMS.store), fanout: read(HISTOGRAMS.fanout) };
}

/** What was observed between two scrapes of one instance. */
export function timingsBetween(before: RelayTimings, after: RelayTimings): RelayTimings {
  return combine(after, before, -1);
}

/** Observations of several measurements (rounds) together. */
export function mergeTimings(all: readonly RelayTimings[]): RelayTimings | null {
  const [first, ...rest] = all;
  return first ? rest.reduce((sum, each) => combine(sum, each, 1), first) : null;
}

/**
 * `a` plus (or minus) `b`, histogram by histogram. One of `b` with other buckets is left out: before an append's first
 * observation its histogram is absent, so there is nothing to take away.
 */
function combine(a: RelayTimings, b: RelayTimings, sign: 1 | -1): RelayTimings {
  const add = (x: Buckets, y: Buckets): Buckets =>
    sameBounds(x, y) ? { bounds: x.bounds, counts: x.counts.map((count, i) => count + sign * y.counts[i]!) } : x;
  return { hold: add(a.hold, b.hold), store: add(a.store, b.store), fanout: add(a.fanout, b.fanout) };
}

function sameBounds(a: Buckets, b: Buckets): boolean {
  return (
    a.counts.length === b.counts.length &&
    a.bounds.length === b.bounds.length &&
    a.bounds.every((bound, i) => bound === b.bounds[i])
  );
}

export function observations(buckets: Buckets): number {
  return buckets.counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The q-quantile in milliseconds, interpolated linearly inside its bucket as Prometheus' `histogram_quantile` does:
 * exact to the bucket, an estimate within it. NaN with no observations; the highest bound when the quantile falls
 * above it (the value is then at least that).
 */
export function quantile(buckets: Buckets, q: number): number {
  const total = observations(buckets);
  if (total === 0) return Number.NaN;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < buckets.bounds.length; i++) {
    const count = buckets.counts[i]!;
    if (count > 0 && below + count >= rank) {
      const lower = i === 0 ? 0 : buckets.bounds[i - 1]!;
      return lower + (buckets.bounds[i]! - lower) * ((rank - below) / count);
    }
    below += count;
  }
  return buckets.bounds.at(-1) ?? Number.NaN;
}
