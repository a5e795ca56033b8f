import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeAwareness, encodeAwarenessEntry, joinAwarenessEntries } from './awareness-codec';

/** An awareness with a few states set, changed and removed, as a room's would hold them. */
function someAwareness(): { awareness: awarenessProtocol.Awareness; ids: number[] } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const remote = new awarenessProtocol.Awareness(new Y.Doc());
  const ids: number[] = [];
  for (let i = 0; i < 4; i++) {
    remote.clientID = 1_000 + i;
    // Twice: a receiver ignores a client's first clock (0) unless it already knows the client.
    remote.setLocalState({ name: `Ada ${i}`, cursor: { x: 0, y: 0 } });
    remote.setLocalState({ name: `Ada ${i} 🦉`, cursor: { x: i * 10.5, y: -i } });
    awarenessProtocol.applyAwarenessUpdate(
      awareness,
      awarenessProtocol.encodeAwarenessUpdate(remote, [remote.clientID]),
      'test',
    );
    ids.push(remote.clientID);
  }
  awarenessProtocol.removeAwarenessStates(awareness, [1_002], 'test');
  return { awareness, ids };
}

describe('awareness entries', () => {
  it('join into exactly the update y-protocols would encode, removed states included (as null)', () => {
    const { awareness, ids } = someAwareness();
    const entries = ids.map((id) =>
      encodeAwarenessEntry(id, awareness.meta.get(id)?.clock ?? 0, awareness.states.get(id) ?? null),
    );
    expect(joinAwarenessEntries(entries)).toEqual(awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
    // And any subset, as each sender's copy leaves its own states out.
    const some = [ids[0]!, ids[2]!];
    expect(joinAwarenessEntries([entries[0]!, entries[2]!])).toEqual(
      awarenessProtocol.encodeAwarenessUpdate(awareness, some),
    );
    expect(awareness.states.size).toBe(3);
    expect(decodeAwareness(joinAwarenessEntries([]))).toEqual([]);
  });
});
