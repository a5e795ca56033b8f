import { describe, expect, it } from 'vitest';
import { FrameQueue } from './frame-queue';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Simulates a frame that takes a while to handle.
  }
};

describe('frame queue', () => {
  it('handles a frame on an idle queue at once', () => {
    const seen: number[] = [];
    const queue = new FrameQueue(
      (f) => seen.push(f[0]!),
      () => true,
    );
    queue.push(new Uint8Array([1]));
    expect(seen).toEqual([1]);
  });

  it('yields to the event loop during a long burst, then finishes it in order', async () => {
    const seen: number[] = [];
    const queue = new FrameQueue(
      (f) => {
        busy(2);
        seen.push(f[0]!);
      },
      () => true,
    );
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    for (let i = 0; i < 20; i++) queue.push(new Uint8Array([i]));
    // Only the first slice ran synchronously; other work gets a turn before the rest.
    expect(seen.length).toBeLessThan(20);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherWorkRan).toBe(true);
    expect(seen).toEqual([...Array(20).keys()]);
  });

  it('drops what is left once the connection closed', async () => {
    let open = true;
    const seen: number[] = [];
    const queue = new FrameQueue(
      (f) => {
        busy(3);
        seen.push(f[0]!);
        if (f[0] === 3) open = false;
      },
      () => open,
    );
    for (let i = 0; i < 10; i++) queue.push(new Uint8Array([i]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(queue.length).toBe(0);
  });
});
