import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeAwareness, encodeAwarenessEntries } from '../sync/awareness-codec';
import { FacilitatorLead } from './facilitator-lead';
import type { RoomMember } from './member';
import { Presence } from './presence';

/** A room member that keeps the awareness states of every message sent to it. */
function member(id: string): RoomMember & { heard: () => Map<number, unknown> } {
  const frames: Uint8Array[] = [];
  return {
    id,
    role: 'participant',
    epoch: 0,
    channel: 'board',
    identity: null,
    userId: `user-${id}`,
    isOpen: true,
    identify: () => undefined,
    send: (frame) => frames.push(frame),
    close: () => undefined,
    heartbeat: () => undefined,
    heard() {
      const states = new Map<number, unknown>();
      // Each frame: message type 1 (awareness), then the update as a length-prefixed payload.
      for (const frame of frames) {
        const update = frame.subarray(frame[1]! < 128 ? 2 : 3);
        for (const entry of decodeAwareness(update)) states.set(entry.clientId, entry.state);
      }
      return states;
    },
  };
}

const cursorAt = (x: number) => ({ cursor: { x, y: 0 } });

/** A board's presence, relayed to `members` (a named board: not anonymous). */
const presenceOf = (members: readonly RoomMember[]) =>
  new Presence(
    new Y.Doc(),
    () => members,
    4_096,
    () => false,
    new FacilitatorLead(() => undefined),
  );

describe('Presence', () => {
  it("welcomes each joiner with everyone's current presence, also after it changed since the last joiner", () => {
    const members: RoomMember[] = [];
    const presence = presenceOf(members);
    const ada = member('ada');
    members.push(ada);
    presence.receive(ada, encodeAwarenessEntries([{ clientId: 7, clock: 1, state: cursorAt(1) }]));

    const first = member('first');
    presence.welcome(first);
    expect([...first.heard().values()]).toEqual([cursorAt(1)]);

    presence.receive(ada, encodeAwarenessEntries([{ clientId: 7, clock: 2, state: cursorAt(2) }]));
    const second = member('second');
    presence.welcome(second);
    expect([...second.heard().values()]).toEqual([cursorAt(2)]);

    presence.leave(ada);
    const third = member('third');
    presence.welcome(third);
    expect(third.heard().size).toBe(0);
    presence.destroy();
  });

  it('sends each sender a batch without its own states, and everyone else all of them', async () => {
    const members: ReturnType<typeof member>[] = [];
    const presence = presenceOf(members);
    const [ada, bo, cy] = [member('ada'), member('bo'), member('cy')];
    members.push(ada, bo, cy);
    // Ada has two devices' states, Bo one; Cy only watches. One batch: all three changes within the same turn.
    presence.receive(
      ada,
      encodeAwarenessEntries([
        { clientId: 7, clock: 1, state: cursorAt(1) },
        { clientId: 8, clock: 1, state: cursorAt(2) },
      ]),
    );
    presence.receive(bo, encodeAwarenessEntries([{ clientId: 9, clock: 1, state: cursorAt(3) }]));
    await new Promise((resolve) => setImmediate(resolve));

    const xs = (heard: Map<number, unknown>) =>
      [...heard.values()].map((state) => (state as ReturnType<typeof cursorAt>).cursor.x).sort();
    expect(xs(ada.heard())).toEqual([3]);
    expect(xs(bo.heard())).toEqual([1, 2]);
    expect(xs(cy.heard())).toEqual([1, 2, 3]);
    presence.destroy();
  });
});
