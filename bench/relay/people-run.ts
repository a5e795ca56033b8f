import { performance } from 'node:perf_hooks';
import { clientUrl, newDevice, reserveClientIds } from './crowd';
import { DeliveryTracker } from './delivery-tracker';
import { measure } from './fanout-run';
import { type CloseCause, LeanClient } from './lean-client';
import type { BoardTarget, Closes, PeoplePlan, PeopleResult, Target } from './plan';
import { Rejoiner } from './rejoin';
import { sleep, waitFor } from './pace';
import { SyncType, syncFrame } from './wire';
import { WriterDoc } from './writer-doc';

/**
 * Where a person's private document is. y-websocket names the document in the URL path (notevote:
 * `/ws/<boardId>/<userId>`, with the board socket's token and key), Hocuspocus in every frame on the same URL.
 */
function privateDocument(target: Target, boardUrl: string, docName: string, userId: string) {
  const name = `${docName}/${userId}`;
  if (target.framing === 'hocuspocus') return { url: boardUrl, docName: name };
  const url = new URL(boardUrl);
  url.pathname = `${url.pathname}/${userId}`;
  return { url: url.toString(), docName: name };
}

/**
 * Counts what the server closes and reconnects like the stock client while people are joining; once the load runs,
 * a close is a drop and is only counted.
 */
class Reconnects extends Rejoiner {
  readonly refusals: Closes = {};
  readonly drops: Closes = {};

  /** Whether the client will try again (false: the stock client would give up after this). */
  closed(client: LeanClient, cause: CloseCause): boolean {
    const counts = this.joining ? this.refusals : this.drops;
    counts[cause] = (counts[cause] ?? 0) + 1;
    return this.retry(client, cause);
  }
}

/** One person's app: the board socket, and the private socket it opens once the board has synced. */
class Person {
  readonly board: LeanClient;
  readonly own: LeanClient;
  gaveUp = false;

  constructor(
    target: Target,
    board: BoardTarget,
    index: number,
    ids: { board: number; own: number },
    tracker: DeliveryTracker,
    reconnects: Reconnects,
  ) {
    const device = newDevice(board.docName);
    const boardUrl = clientUrl(target, board, index === 0 ? 'facilitator' : 'participant', device.key, index);
    const own = privateDocument(target, boardUrl, board.docName, device.userId);
    const onClosed = (client: LeanClient, cause: CloseCause) => {
      if (!reconnects.closed(client, cause)) this.gaveUp = true;
    };
    const writer = index === 0 ? new WriterDoc(ids.board, `n${ids.board}`, device.userId) : null;
    this.board = new LeanClient(
      ids.board,
      boardUrl,
      target.framing,
      board.docName,
      {
        // Like the web app: the private document's name needs the board (its user-id scheme), so it opens after.
        onSynced: () => this.own.connect(),
        onUpdate: (client, update) => tracker.received(client.clientId, update, performance.now()),
        onClosed,
      },
      writer,
    );
    this.own = new LeanClient(ids.own, own.url, target.framing, own.docName, {
      onSynced: () => undefined,
      onUpdate: () => undefined,
      onClosed,
    });
  }

  get admitted(): boolean {
    return this.board.synced && this.own.synced;
  }

  close(): void {
    this.board.close();
    this.own.close();
  }
}

/**
 * A plenary behind one address (a venue's NAT): people join in batches, each app opening its board socket and then
 * its private one, refused sockets retried as the stock client retries them; then the facilitator (the first person)
 * moves a note and every other person's board socket should receive each move. Everyone who never got in counts as
 * missed deliveries.
 */
export async function runPeople(plan: PeoplePlan, log: (line: string) => void): Promise<PeopleResult> {
  const board = plan.target.boards[0];
  if (!board) throw new Error('the people scenario needs a board');
  const tracker = new DeliveryTracker();
  const reconnects = new Reconnects();
  const base = reserveClientIds(2 * plan.people);
  const crowd = Array.from(
    { length: plan.people },
    (_, i) => new Person(plan.target, board, i, { board: base + i, own: base + plan.people + i }, tracker, reconnects),
  );
  const settled = (person: Person) => person.admitted || person.gaveUp;
  try {
    const startedAt = performance.now();
    for (let start = 0; start < crowd.length; start += plan.batchSize) {
      const batch = crowd.slice(start, start + plan.batchSize);
      for (const person of batch) person.board.connect();
      await waitFor(() => batch.every(settled), plan.batchMs);
    }
    const allIn = await waitFor(() => crowd.every((person) => person.admitted), plan.graceMs);
    const allJoinedMs = allIn ? performance.now() - startedAt : null;
    reconnects.joining = false;
    const count = (has: (person: Person) => boolean) => crowd.filter(has).length;
    const result = {
      admitted: count((person) => person.admitted),
      boardSynced: count((person) => person.board.synced),
      privateSynced: count((person) => person.own.synced),
    };
    log(`${result.admitted} of ${plan.people} people in; refused: ${JSON.stringify(reconnects.refusals)}`);

    const facilitator = crowd[0]!.board;
    if (facilitator.writer) facilitator.send(syncFrame(SyncType.update, facilitator.writer.createNote('agenda')));
    await sleep(300);
    tracker.clear();
    const load = await measure(
      { tracker, writers: [facilitator], clients: crowd.map((person) => person.board), closes: reconnects.drops },
      {
        receivers: plan.people - 1,
        rate: plan.updatesPerSecond,
        cursorHz: 0,
        durationMs: plan.durationMs,
        warmUp: true,
      },
    );
    return {
      kind: 'people',
      people: plan.people,
      ...result,
      refusals: { ...reconnects.refusals },
      allJoinedMs,
      load,
    };
  } finally {
    reconnects.joining = false;
    for (const person of crowd) person.close();
  }
}
