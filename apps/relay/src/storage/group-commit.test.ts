import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit';

describe('group commit', () => {
  it('batches items added in the same window and resolves them after the write', async () => {
    const written: number[][] = [];
    const gc = createGroupCommit<number>({ delayMs: 1, write: (b) => void written.push([...b]) });
    const all = Promise.all([gc.add(1), gc.add(2), gc.add(3)]);
    expect(gc.pending()).toEqual([1, 2, 3]);
    await all;
    expect(written).toEqual([[1, 2, 3]]);
    expect(gc.pending()).toEqual([]);
  });

  it('with delayMs 0 writes on the next event-loop turn', async () => {
    const written: number[][] = [];
    const gc = createGroupCommit<number>({ delayMs: 0, write: (b) => void written.push([...b]) });
    await Promise.all([gc.add(1), gc.add(2)]);
    await gc.add(3);
    expect(written).toEqual([[1, 2], [3]]);
  });

  it('writes after a quiet spell at the end of the turn, and while busy at most once per delay', async () => {
    const written: number[][] = [];
    const gc = createGroupCommit<number>({ delayMs: 60_000, write: (b) => void written.push([...b]) });
    // Quiet so far: written at the end of this turn, with everything added in it.
    await Promise.all([gc.add(1), gc.add(2)]);
    expect(written).toEqual([[1, 2]]);
    // Busy: the next write waits out the delay (60 s here) and takes everything added meanwhile.
    const later = Promise.all([gc.add(3), gc.add(4)]);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(gc.pending()).toEqual([3, 4]);
    gc.flushNow();
    await later;
    expect(written).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects the whole failed batch, rethrows from flushNow, and starts afresh', async () => {
    let fail = true;
    const written: number[][] = [];
    const gc = createGroupCommit<number>({
      delayMs: 60_000,
      write: (b) => {
        if (fail) throw new Error('boom');
        written.push([...b]);
      },
    });
    const a = gc.add(1);
    const b = gc.add(2);
    expect(() => gc.flushNow()).toThrow('boom');
    await expect(a).rejects.toThrow('boom');
    await expect(b).rejects.toThrow('boom');

    fail = false;
    const c = gc.add(3);
    gc.flushNow();
    await c;
    expect(written).toEqual([[3]]);
  });

  it('does not surface timer-driven failures as uncaught errors', async () => {
    const gc = createGroupCommit<number>({
      delayMs: 0,
      write: () => {
        throw new Error('disk gone');
      },
    });
    await expect(gc.add(1)).rejects.toThrow('disk gone');
  });
});
