import { clientUrl, newDevice } from './crowd';
import { type ClientEvents, LeanClient } from './lean-client';
import { sleep, waitFor } from './pace';
import type { BoardTarget, Target } from './plan';
import { SyncType, syncFrame } from './wire';

const quiet: ClientEvents = { onSynced: () => undefined, onUpdate: () => undefined, onClosed: () => undefined };

/** Connects one participant to `board` and resolves with the size of the state it was sent. */
async function stateBytesOf(target: Target, board: BoardTarget, clientId: number): Promise<number> {
  let bytes = 0;
  const probe = new LeanClient(
    clientId,
    clientUrl(target, board, 'participant', newDevice(board.docName).key, clientId),
    target.framing,
    board.docName,
    { ...quiet, onSynced: (_client, stateBytes) => (bytes = stateBytes) },
  );
  probe.connect();
  await waitFor(() => probe.synced, 10_000);
  probe.close();
  return bytes;
}

/**
 * A facilitator (Yjs client `clientId`) sends `board` the update `makeUpdate` builds for them and stays connected: a
 * document with nobody on it may be unloaded, and without persistence the peers would lose it. Resolves once a new
 * client (ids after `clientId`) is sent at least 90 % of `expectedBytes`, with the facilitator to close when done.
 */
export async function loadBoard(
  target: Target,
  board: BoardTarget,
  clientId: number,
  makeUpdate: (authorId: string) => Uint8Array,
  expectedBytes?: number,
): Promise<{ loader: LeanClient; stateBytes: number }> {
  const device = newDevice(board.docName);
  const loader = new LeanClient(
    clientId,
    clientUrl(target, board, 'facilitator', device.key),
    target.framing,
    board.docName,
    quiet,
  );
  try {
    loader.connect();
    if (!(await waitFor(() => loader.synced, 10_000))) throw new Error('the loader could not connect');
    const update = makeUpdate(device.userId);
    const expected = expectedBytes ?? update.length;
    loader.send(syncFrame(SyncType.update, update));
    let stateBytes = 0;
    for (let attempt = 0; stateBytes < expected * 0.9; attempt++) {
      if (attempt > 50) throw new Error(`the board never reached ${expected} bytes (last seen ${stateBytes})`);
      await sleep(200);
      stateBytes = await stateBytesOf(target, board, clientId + 1 + attempt);
    }
    return { loader, stateBytes };
  } catch (error) {
    loader.close();
    throw error;
  }
}
