import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
  castVote,
  createNote,
  NOTE_COLORS,
  updateSession,
  CURRENT_USER_ID_SCHEME,
  deriveUserId,
  type NoteId,
} from '@notevote/board';
import { connect, disconnect, synced, type Client } from './websocket-client';

/** The relay's largest allowed `votesPerPerson`. */
const MAX_VOTES_PER_PERSON = 100;
/** Participants connected at once while seeding: enough to overlap network waits, few enough for 2 shared cores. */
const PARALLEL_VOTERS = 8;
/**
 * 100×100 notes 10 apart: small enough that 5,000 of them fit one screen at the app's minimum zoom (10 %), so
 * "Fit to content" shows every note, as a facilitator projecting the overview would.
 */
export const NOTE_SIZE = 100;
const NOTE_PITCH = 110;

export interface BoardLinks {
  facilitator: string;
  participant: string;
  projector: string;
}

export interface SeededBoard {
  boardId: string;
  links: BoardLinks;
  notes: number;
  dots: number;
  seconds: number;
}

interface Access {
  token: string;
  key?: string;
}

function accessFromLink(link: string, withKey: boolean): Access {
  const token = /#k=(.+)$/.exec(link)?.[1];
  if (!token) throw new Error(`not a board link: ${link}`);
  // A device key is any secret ≥ 16 chars; the relay derives the user id from it.
  return withKey ? { token: decodeURIComponent(token), key: randomBytes(24).toString('base64url') } : { token };
}

/** The user id the relay derives from a device key on a board (packages/board identity). */
function userIdOf(key: string, boardId: string): string {
  return deriveUserId(key, boardId, CURRENT_USER_ID_SCHEME);
}

async function createBoard(origin: string, title: string): Promise<{ boardId: string; links: BoardLinks }> {
  const response = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`);
  return (await response.json()) as { boardId: string; links: BoardLinks };
}

async function waitUntil(check: () => boolean, what: string, client: Client, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (client.refusal) throw new Error(`the relay refused ${what}: ${client.refusal}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const WORDS = ['onboarding', 'latency', 'pricing', 'docs', 'search', 'mobile', 'export', 'billing', 'alerts', 'sso'];

/**
 * A board as many people would leave it, written only through public paths: the relay's HTTP API and stock
 * y-websocket clients, so every update passes the relay's validation. The facilitator writes the notes (one
 * transaction) and raises the vote budget; then participants, each with their own device key, cast their dots (one
 * transaction each). Every dot sits on a note, one per note per person (stacking stays off).
 */
export async function seedBoard(
  { origin, wsUrl }: { origin: string; wsUrl: string },
  { notes, dots, log }: { notes: number; dots: number; log: (line: string) => void },
): Promise<SeededBoard> {
  const started = performance.now();
  const { boardId, links } = await createBoard(origin, `Canvas bench: ${notes} notes, ${dots} dots`);
  const facilitatorAccess = accessFromLink(links.facilitator, true);
  const facilitator = await connect(wsUrl, boardId, { ...facilitatorAccess }, new Y.Doc());
  try {
    const doc = facilitator.provider.doc;
    await synced(facilitator.provider);
    const authorId = userIdOf(facilitatorAccess.key!, boardId);
    const columns = Math.ceil(Math.sqrt(notes * 2));
    const noteIds: NoteId[] = [];
    doc.transact(() => {
      updateSession(doc, { votesPerPerson: MAX_VOTES_PER_PERSON });
      for (let i = 0; i < notes; i++) {
        const init = {
          text: `${WORDS[i % WORDS.length]} idea #${i + 1}: ${WORDS[(i * 7) % WORDS.length]} could be simpler`,
          x: (i % columns) * NOTE_PITCH,
          y: Math.floor(i / columns) * NOTE_PITCH,
          width: NOTE_SIZE,
          height: NOTE_SIZE,
          color: NOTE_COLORS[i % NOTE_COLORS.length]!,
        };
        noteIds.push(createNote(doc, init, { authorId }));
      }
    });
    log(`wrote ${notes} notes; casting ${dots} dots`);

    const votes = doc.getMap<Y.Map<unknown>>('votes');
    const countDots = () => [...votes.values()].reduce((sum, dots) => sum + dots.size, 0);
    const perVoter = Math.min(MAX_VOTES_PER_PERSON, notes);
    const voters = Math.ceil(dots / perVoter);
    let next = 0;
    // Each worker reuses one document for its successive voters, so a new connection only syncs what changed
    // instead of decoding the whole board again (the relay still sees a separate device per voter).
    const castFor = async (voter: number, own: Y.Doc) => {
      const count = Math.min(perVoter, dots - voter * perVoter);
      const access = accessFromLink(links.participant, true);
      const client = await connect(wsUrl, boardId, { ...access }, own);
      try {
        await synced(client.provider);
        // The notes must have reached this client before it can vote on them.
        await waitUntil(() => own.getMap('notes').size === notes, `the notes reaching voter ${voter}`, client);
        const voterId = userIdOf(access.key!, boardId);
        own.transact(() => {
          for (let i = 0; i < count; i++) {
            // Consecutive voters start at different notes, so every note gets about the same number of dots.
            const noteId = noteIds[(voter * perVoter + i) % notes]!;
            const spot = { x: 10 + ((i * 37) % (NOTE_SIZE - 20)), y: 10 + ((voter * 53 + i * 11) % (NOTE_SIZE - 20)) };
            const result = castVote(own, voterId, { noteId, ...spot });
            if (!result.ok) throw new Error(`voter ${voter} could not vote: ${result.reason}`);
          }
        });
        // Seen by the facilitator = accepted and broadcast by the relay.
        await waitUntil(() => votes.get(voterId)?.size === count, `voter ${voter}'s dots`, client);
      } finally {
        disconnect(client);
      }
    };
    const worker = async () => {
      const own = new Y.Doc();
      for (let voter = next++; voter < voters; voter = next++) {
        await castFor(voter, own);
        if ((voter + 1) % 25 === 0) log(`  ${voter + 1} of ${voters} voters done`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_VOTERS, voters) }, worker));
    const total = countDots();
    if (total !== dots) throw new Error(`expected ${dots} dots on the board, the facilitator sees ${total}`);
    return { boardId, links, notes, dots, seconds: (performance.now() - started) / 1000 };
  } finally {
    disconnect(facilitator);
  }
}
