import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerDecider,
  castVoteIn,
  computeDecisions,
  computeRatings,
  createNote,
  decidersMap,
  nameDecider,
  privateDocName,
  rateIn,
  readSession,
  setPhase,
  voterVotes,
  votingRules,
  type Ballot,
} from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import {
  attemptChange,
  deferCleanups,
  deviceKey,
  joinWithPrivateDoc,
  startRelayClosedAfter,
  waitFor,
  type Access,
  type BoardPerson,
  type TestRelay,
} from './helpers';

/*
 * The decide sequence's ballots judged by the relay, with the stock y-websocket client: what the web app never sends
 * (a supervote from someone who did not accept being a decider, a facilitator accepting for them, a dot without a
 * rating in an agreement vote) closes the sender with the refusal; what it sends arrives, and the results read from
 * the revealed board are the votes cast.
 */

const cleanups = deferCleanups();
const EVENTUALLY_MS = 15_000;

const space = (person: BoardPerson) => ({ board: person.board.doc, own: person.own.doc });

async function join(relay: TestRelay, boardId: string, role: 'facilitator' | 'participant'): Promise<BoardPerson> {
  return joinWithPrivateDoc(relay.wsUrl, boardId, await relay.access(boardId, role, deviceKey()), cleanups);
}

const attempt = (relay: TestRelay, name: string, access: Access, replicaOf: Y.Doc, change: (doc: Y.Doc) => void) =>
  attemptChange(relay.wsUrl, name, access, replicaOf, change, cleanups);

async function boardInVote(boardId: string, ballot: Ballot, votesPerPerson = 1) {
  const relay = await startRelayClosedAfter(cleanups);
  const facilitator = await join(relay, boardId, 'facilitator');
  const amina = await join(relay, boardId, 'participant');
  const boris = await join(relay, boardId, 'participant');
  createNote(
    facilitator.board.doc,
    { x: 0, y: 0, text: 'Evidence portal' },
    { authorId: facilitator.userId, id: 'n1' },
  );
  createNote(facilitator.board.doc, { x: 300, y: 0, text: 'Judges' }, { authorId: facilitator.userId, id: 'n2' });
  const rules = votingRules({ ballot, votesPerPerson, allowStacking: false, dotsOn: 'notes' });
  setPhase(facilitator.board.doc, 'vote', { ...rules, now: Date.now() });
  for (const person of [amina, boris])
    await waitFor(() => readSession(person.board.doc).ballot === ballot, 'the vote to reach everyone');
  return { relay, facilitator, amina, boris };
}

describe('ballots through the relay', () => {
  it('a supervote: only a decider who accepted votes, and nobody accepts for them', async () => {
    const { relay, facilitator, amina, boris } = await boardInVote('supervote-board', 'supervote');
    nameDecider(facilitator.board.doc, boris.userId, 'Boris Ivanov');
    await waitFor(() => decidersMap(boris.board.doc).has(boris.userId), 'Boris to see he was named');

    // Before accepting, his supervote is refused, as is the facilitator saying yes for him.
    expect(
      await attempt(relay, 'supervote-board', boris.access, boris.board.doc, (doc) => {
        const dots = new Y.Map();
        doc.getMap('votes').set(boris.userId, dots);
        dots.set('v1', { noteId: 'n1', x: 1, y: 1, at: Date.now(), round: readSession(boris.board.doc).roundId });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'not-a-decider' });
    expect(
      await attempt(relay, 'supervote-board', facilitator.access, facilitator.board.doc, (doc) => {
        doc.getMap('deciders').set(boris.userId, { name: 'Boris Ivanov', accepted: true });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'decider-consent' });

    // He accepts on his own screen, then supervotes; Amina, never named, cannot.
    answerDecider(boris.board.doc, boris.userId, true);
    await waitFor(() => decidersMap(facilitator.board.doc).toJSON()[boris.userId]?.accepted === true, 'his yes');
    expect(castVoteIn(space(boris), boris.userId, { noteId: 'n2', x: 5, y: 5 }).ok).toBe(true);
    expect(castVoteIn(space(amina), amina.userId, { noteId: 'n1', x: 5, y: 5 })).toEqual({
      ok: false,
      reason: 'not-a-decider',
    });
    // Cast in the open: it is on everyone's board at once, filed under his decider id (his user id on a named board).
    await waitFor(() => voterVotes(amina.board.doc, boris.userId)?.size === 1, 'his supervote on everyone’s board');

    // At Results the supervote is revealed, under his name.
    setPhase(facilitator.board.doc, 'results', { now: Date.now() });
    await waitFor(() => computeDecisions(facilitator.board.doc).length === 1, 'the decision', EVENTUALLY_MS);
    expect(computeDecisions(facilitator.board.doc)).toEqual([
      { deciderId: boris.userId, name: 'Boris Ivanov', initials: 'BI', targets: ['n2'] },
    ]);
  });

  it('an agreement vote: every dot carries a rating, and the distribution is what was rated', async () => {
    const { relay, facilitator, amina, boris } = await boardInVote('agreement-board', 'agreement');
    expect(
      await attempt(relay, privateDocName('agreement-board', amina.userId), amina.access, amina.own.doc, (doc) => {
        const dots = new Y.Map();
        doc.getMap('votes').set(amina.userId, dots);
        dots.set('v1', { noteId: 'n1', x: 1, y: 1, at: Date.now(), round: readSession(amina.board.doc).roundId });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'rating-needed' });

    expect(rateIn(space(amina), amina.userId, { noteId: 'n1', x: 0, y: 0, rating: 'agree' }).ok).toBe(true);
    expect(rateIn(space(amina), amina.userId, { noteId: 'n1', x: 0, y: 0, rating: 'strongly-agree' }).ok).toBe(true);
    expect(rateIn(space(boris), boris.userId, { noteId: 'n1', x: 0, y: 0, rating: 'unsure' }).ok).toBe(true);
    await waitFor(
      () => voterVotes(amina.own.doc, amina.userId)?.size === 1 && voterVotes(boris.own.doc, boris.userId)?.size === 1,
      'the ratings to be stored',
    );
    setPhase(facilitator.board.doc, 'results', { now: Date.now() });
    await waitFor(() => computeRatings(facilitator.board.doc).get('n1')?.raters === 2, 'the ratings', EVENTUALLY_MS);
    expect(computeRatings(facilitator.board.doc).get('n1')).toMatchObject({
      counts: { 'strongly-agree': 1, unsure: 1, agree: 0 },
      raters: 2,
      mean: 2,
    });
  });
});
