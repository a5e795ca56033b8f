import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AwarenessMessages, decodeAwareness, encodeAwarenessEntry } from './awareness-codec';
import { decodeClientMessage, encodeAwareness } from './protocol';

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

describe('awareness messages of one batch of entries', () => {
  const encodedBy = (awareness: awarenessProtocol.Awareness, ids: number[]) =>
    encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, ids));

  it('are exactly the messages of the update y-protocols would encode, removed states included (as null)', () => {
    const { awareness, ids } = someAwareness();
    const messages = new AwarenessMessages(
      ids.map((id) => encodeAwarenessEntry(id, awareness.meta.get(id)?.clock ?? 0, awareness.states.get(id) ?? null)),
    );
    expect(messages.all).toEqual(encodedBy(awareness, ids));
    // And without any entries, as each sender's copy leaves its own states out: first, middle, last, several.
    expect(messages.without([0])).toEqual(encodedBy(awareness, ids.slice(1)));
    expect(messages.without([1])).toEqual(encodedBy(awareness, [ids[0]!, ids[2]!, ids[3]!]));
    expect(messages.without([3])).toEqual(encodedBy(awareness, ids.slice(0, 3)));
    expect(messages.without([0, 2])).toEqual(encodedBy(awareness, [ids[1]!, ids[3]!]));
    expect(messages.without([0, 1, 2, 3])).toBeNull();
    expect(awareness.states.size).toBe(3);
  });

  it('count and measure past one byte as lib0 does: 200 entries, each over 127 bytes', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const remote = new awarenessProtocol.Awareness(new Y.Doc());
    const ids = Array.from({ length: 200 }, (_, i) => 100_000 + i * 1_000);
    for (const id of ids) {
      remote.clientID = id;
      remote.setLocalState({ name: `Person ${id}`, cursor: { x: id, y: 1 }, selection: ['n'.repeat(100)] });
      remote.setLocalState({ name: `Person ${id}`, cursor: { x: id, y: 2 }, selection: ['n'.repeat(100)] });
      awarenessProtocol.applyAwarenessUpdate(awareness, awarenessProtocol.encodeAwarenessUpdate(remote, [id]), 't');
    }
    const messages = new AwarenessMessages(
      ids.map((id) => encodeAwarenessEntry(id, awareness.meta.get(id)!.clock, awareness.states.get(id))),
    );
    expect(messages.all).toEqual(encodedBy(awareness, ids));
    expect(messages.without([5, 150])).toEqual(
      encodedBy(
        awareness,
        ids.filter((_, i) => i !== 5 && i !== 150),
      ),
    );
    const message = decodeClientMessage(messages.all);
    expect(message.type === 'awareness' && decodeAwareness(message.update).map((entry) => entry.clientId)).toEqual(ids);
  });
});
