import { describe, expect, it } from 'vitest';
import type { Connection } from './connection';
import { PresenceBatch } from './presence-batch';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const alice = { id: 'alice' } as unknown as Connection;
const bob = { id: 'bob' } as unknown as Connection;

function batchRecorder() {
  const relayed: Array<{ clients: number[]; except: Connection | null }> = [];
  const batch = new PresenceBatch((clients, except) => relayed.push({ clients, except }));
  return { batch, relayed };
}

describe('PresenceBatch', () => {
  it('relays the changes of one turn once, each client id once, to all but a lone sender', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    batch.add([1, 2], alice);
    expect(relayed).toEqual([]);
    await turn();
    expect(relayed).toEqual([{ clients: [1, 2], except: alice }]);
  });

  it('sends to everyone when several connections changed presence in the turn', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    batch.add([2], bob);
    await turn();
    expect(relayed).toEqual([{ clients: [1, 2], except: null }]);
    batch.add([3], null);
    await turn();
    expect(relayed[1]).toEqual({ clients: [3], except: null });
  });

  it('starts afresh each turn and drops what is queued when cancelled', async () => {
    const { batch, relayed } = batchRecorder();
    batch.add([1], alice);
    await turn();
    batch.add([2], bob);
    await turn();
    expect(relayed).toEqual([
      { clients: [1], except: alice },
      { clients: [2], except: bob },
    ]);
    batch.add([3], alice);
    batch.cancel();
    await turn();
    expect(relayed).toHaveLength(2);
  });
});
