import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  selfMs: number;
  share: number;
}

/** Samples the page's main thread with V8's CPU profiler (CDP `Profiler`), to find what a slow phase spends time on. */
export class CpuProfiler {
  private constructor(private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<CpuProfiler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    return new CpuProfiler(session);
  }

  start(): Promise<void> {
    return this.session.send('Profiler.start').then(() => undefined);
  }

  /** Stops sampling and returns the functions with the most self time. */
  async stop(top = 12): Promise<HotFunction[]> {
    const { profile } = (await this.session.send('Profiler.stop')) as unknown as { profile: Profile };
    return hottest(profile, top);
  }
}

/** Self time per function (grouped by name and source position), from the sample timeline. */
function hottest(profile: Profile, top: number): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; attribute the gap after a sample to it.
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs, share: selfMs / total }));
}
