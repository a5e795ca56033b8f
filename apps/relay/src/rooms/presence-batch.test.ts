import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomMember } from './member';
import { PresenceBatch } from './presence-batch';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const alice = { id: 'alice' } as unknown as RoomMember;
const bob = { id: 'bob' } as unknown as RoomMember;

/** A batch with `intervalMs` between messages (0: one per turn) on a clock the test moves (`clock.ms`). */
function batchRecorder(intervalMs = 0) {
  const relayed: Array<{ clients: number[]; senders: RoomMember[] }> = [];
  const clock = { ms: 1_000 };
  const batch = new PresenceBatch(
    (clients, senders) => relayed.push({ clients, senders: [...senders] }),
    intervalMs,
    () => clock.ms,
  );
  return { batch, relayed, clock };
}

describe('PresenceBatch', () => {
  it('relays the changes of one turn once, each client id once, naming who sent them', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    batch.add([1, 2], alice);
    expect(relayed).toEqual([]);
    await turn();
    expect(relayed).toEqual([{ clients: [1, 2], senders: [alice] }]);
  });

  it('names every connection that changed presence in the turn, and none for the relay’s own changes', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    batch.add([2], bob);
    await turn();
    expect(relayed).toEqual([{ clients: [1, 2], senders: [alice, bob] }]);
    batch.add([3], null);
    await turn();
    expect(relayed[1]).toEqual({ clients: [3], senders: [] });
  });

  it('starts afresh each turn and drops what is queued when cancelled', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    await turn();
    batch.add([2], bob);
    await turn();
    expect(relayed).toEqual([
      { clients: [1], senders: [alice] },
      { clients: [2], senders: [bob] },
    ]);
    batch.add([3], alice);
    batch.cancel();
    await turn();
    expect(relayed).toHaveLength(2);
  });

  describe('while presence keeps changing', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('sends at most one message per interval, with every change made meanwhile; a quiet board waits for nothing', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
      const { batch, relayed, clock } = batchRecorder(50);
      // The first change after a quiet spell: at the end of its turn.
      batch.add([1], alice);
      await vi.advanceTimersToNextTimerAsync();
      expect(relayed).toEqual([{ clients: [1], senders: [alice] }]);

      // Within the interval (10 ms after that message): held until the interval is over, 40 ms on, then sent together.
      clock.ms += 10;
      batch.add([2], bob);
      batch.add([1, 3], alice);
      await vi.advanceTimersByTimeAsync(39);
      expect(relayed).toHaveLength(1);
      clock.ms += 40;
      await vi.advanceTimersByTimeAsync(1);
      expect(relayed[1]).toEqual({ clients: [2, 1, 3], senders: [bob, alice] });

      // After a quiet interval, at the end of the turn again.
      clock.ms += 50;
      batch.add([4], bob);
      await vi.advanceTimersToNextTimerAsync();
      expect(relayed[2]).toEqual({ clients: [4], senders: [bob] });
    });

    it('drops a held message when cancelled', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
      const { batch, relayed } = batchRecorder(50);
      batch.add([1], alice);
      await vi.advanceTimersToNextTimerAsync();
      batch.add([2], alice);
      batch.cancel();
      await vi.advanceTimersByTimeAsync(100);
      expect(relayed).toHaveLength(1);
    });
  });
});
