import { describe, expect, it } from 'vitest';
import type { RoomMember } from './member';
import { PresenceBatch } from './presence-batch';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const alice = { id: 'alice' } as unknown as RoomMember;
const bob = { id: 'bob' } as unknown as RoomMember;

function batchRecorder() {
  const relayed: Array<{ clients: number[]; senders: RoomMember[] }> = [];
  const batch = new PresenceBatch((clients, senders) => relayed.push({ clients, senders: [...senders] }));
  return { batch, relayed };
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
});
