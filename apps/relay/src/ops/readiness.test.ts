import { describe, expect, it } from 'vitest';
import { Readiness } from './readiness';

const passing = (name: string) => ({ name, check: () => Promise.resolve() });
const failing = (name: string, why: string) => ({ name, check: () => Promise.reject(new Error(why)) });
const hanging = (name: string) => ({ name, check: () => new Promise<void>(() => {}) });

describe('readiness', () => {
  it('is ready when every check passes, and with no checks at all', async () => {
    expect(await new Readiness([passing('sqlite'), passing('redis')]).report()).toEqual({ ready: true });
    expect(await new Readiness([]).report()).toEqual({ ready: true });
  });

  it('names each failed check with why it failed', async () => {
    const report = await new Readiness([passing('sqlite'), failing('redis', 'connection refused')]).report();
    expect(report).toEqual({
      ready: false,
      draining: false,
      failed: [{ name: 'redis', reason: 'connection refused' }],
    });
  });

  it('counts a check that does not answer in time as failed', async () => {
    const report = await new Readiness([hanging('postgresql'), passing('redis')], 20).report();
    expect(report).toEqual({
      ready: false,
      draining: false,
      failed: [{ name: 'postgresql', reason: 'no answer within 20 ms' }],
    });
  });

  it('is not ready once draining, whatever the checks say', async () => {
    const readiness = new Readiness([passing('sqlite')]);
    readiness.startDraining();
    expect(readiness.draining).toBe(true);
    expect(await readiness.report()).toEqual({ ready: false, draining: true, failed: [] });
  });
});
