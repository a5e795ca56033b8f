import { describe, expect, it } from 'vitest';
import { startWakeProbe } from './wake-probe';

describe('the wake-up probe', () => {
  it('records how late each wake-up of its sleeping thread was, until stopped', async () => {
    const probe = startWakeProbe(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lateness = await probe.stop();
    // About 60 periods of 5 ms in 300 ms; a loaded machine wakes later and fits fewer.
    expect(lateness.length).toBeGreaterThan(10);
    expect(lateness.length).toBeLessThanOrEqual(61);
    // A futex wait never ends before its timeout (performance.now() is monotonic); allow for clock rounding.
    for (const late of lateness) {
      expect(Number.isFinite(late)).toBe(true);
      expect(late).toBeGreaterThan(-0.5);
    }
  });

  it('stops recording once stopped', async () => {
    const probe = startWakeProbe(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = await probe.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await probe.stop()).toHaveLength(first.length);
  });
});
