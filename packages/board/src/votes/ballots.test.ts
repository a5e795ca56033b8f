import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deciderIdFor, deriveBoardIdentity } from '../identity/derive';
import { initBoard } from '../doc/board';
import { answerDecider, initialsOf, nameDecider, readDeciders, removeDecider } from '../doc/deciders';
import { createNote } from '../doc/notes';
import { setPhase } from '../doc/phases';
import { castVoteIn, rateIn, ratingIn, type Workspace } from '../doc/private';
import { readRound } from '../doc/rounds';
import { readSession } from '../doc/session';
import { workspaceFacts } from '../doc/rule-facts';
import { authorize } from '../rules/authorize';
import type { Action, RuleContext } from '../rules/actions';
import type { Role } from '../schema/roles';
import { LIMITS, type Vote } from '../schema/types';
import { computeDecisions, computeRatings, mayBreakDown, supportSpread } from '../tally/ballot-results';
import { computeTally } from '../tally/compute';
import { voterIdIn, votingRules } from './ballots';

const AMINA = deriveBoardIdentity('amina', 'b', 2);
const BORIS = deriveBoardIdentity('boris', 'b', 2);
const CHEN = deriveBoardIdentity('chen', 'b', 2);
const FACILITATOR = deriveBoardIdentity('facilitator', 'b', 2);

function board(anonymous = false) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Decide', anonymous });
  const notes = ['n1', 'n2', 'n3'].map((id, i) =>
    createNote(doc, { x: i * 300, y: 0, text: `idea ${i + 1}` }, { authorId: AMINA.userId, id }),
  );
  return { doc, notes };
}

const spaceOf = (doc: Y.Doc): Workspace => ({ board: doc, own: new Y.Doc() });

/** What the rules say to `who` writing into their private document (votes in a round's Vote phase are secret). */
function context(doc: Y.Doc, role: Role, who = AMINA, where: 'board' | 'private' = 'private'): RuleContext {
  const space = spaceOf(doc);
  return {
    actor: { role, identity: who },
    session: readSession(doc),
    settings: { anonymous: false, language: 'en' },
    where,
    facts: workspaceFacts(space, where),
  };
}

const dot = (voter = AMINA, extra: Partial<Vote> = {}, round?: string | null): Action => ({
  type: 'add-dot',
  voterId: voter.userId,
  voteId: `v${Math.random().toString(36).slice(2, 8)}`,
  vote: { noteId: 'n1', x: 10, y: 10, at: 1, ...(round ? { round } : {}), ...extra },
});

const verdict = (ctx: RuleContext, action: Action) => {
  const result = authorize(ctx, action);
  return result.ok ? 'ok' : result.refusal;
};

function startVote(doc: Y.Doc, ballot: Parameters<typeof votingRules>[0]['ballot'], votesPerPerson = 3) {
  setPhase(doc, 'vote', { ...votingRules({ ballot, votesPerPerson, allowStacking: false, dotsOn: 'notes' }), now: 5 });
  return readSession(doc).roundId!;
}

describe('ballots as session values', () => {
  it('a heat-map vote stacks dots and has no budget when asked for none; a straw poll is one dot each', () => {
    expect(votingRules({ ballot: 'heatmap', votesPerPerson: 0, allowStacking: false, dotsOn: 'clusters' })).toEqual({
      ballot: 'heatmap',
      votesPerPerson: LIMITS.maxDotsPerPerson,
      allowStacking: true,
      dotsOn: 'notes',
    });
    expect(votingRules({ ballot: 'straw-poll', votesPerPerson: 7, allowStacking: true, dotsOn: 'anywhere' })).toEqual({
      ballot: 'straw-poll',
      votesPerPerson: 1,
      allowStacking: false,
      dotsOn: 'notes',
    });
    expect(votingRules({ ballot: 'dots', votesPerPerson: 7, allowStacking: true, dotsOn: 'anywhere' })).toEqual({
      ballot: 'dots',
      votesPerPerson: 7,
      allowStacking: true,
      dotsOn: 'anywhere',
    });
  });

  it('the round records its ballot when the vote begins', () => {
    const { doc } = board();
    const round = startVote(doc, 'straw-poll');
    expect(readRound(doc, round)?.ballot).toBe('straw-poll');
  });

  it('a straw poll takes one dot from each person', () => {
    const { doc } = board();
    const round = startVote(doc, 'straw-poll');
    const space = spaceOf(doc);
    expect(castVoteIn(space, AMINA.userId, { noteId: 'n1', x: 1, y: 1 }).ok).toBe(true);
    expect(castVoteIn(space, AMINA.userId, { noteId: 'n2', x: 1, y: 1 })).toEqual({
      ok: false,
      reason: 'budget-exhausted',
    });
    expect(readRound(doc, round)?.votesPerPerson).toBe(1);
  });
});

describe('agreement scale', () => {
  it('the rules want a rating in an agreement vote, and none in any other', () => {
    const { doc } = board();
    const round = startVote(doc, 'agreement');
    const ctx = context(doc, 'participant');
    expect(verdict(ctx, dot(AMINA, {}, round))).toBe('rating-needed');
    expect(verdict(ctx, dot(AMINA, { rating: 'agree' }, round))).toBe('ok');
    const other = board();
    const dotsRound = startVote(other.doc, 'dots');
    expect(verdict(context(other.doc, 'participant'), dot(AMINA, { rating: 'agree' }, dotsRound))).toBe(
      'not-an-agreement-vote',
    );
  });

  it('one rating per option: rating again replaces it, the same rating again takes it back', () => {
    const { doc } = board();
    startVote(doc, 'agreement');
    const space: Workspace = { board: doc, own: null };
    expect(rateIn(space, AMINA.userId, { noteId: 'n1', x: 0, y: 0, rating: 'agree' }).ok).toBe(true);
    expect(rateIn(space, AMINA.userId, { noteId: 'n1', x: 0, y: 0, rating: 'strongly-agree' }).ok).toBe(true);
    expect(ratingIn(space, AMINA.userId, { noteId: 'n1' })?.rating).toBe('strongly-agree');
    expect(computeRatings(doc).get('n1')?.raters).toBe(1);
    rateIn(space, AMINA.userId, { noteId: 'n1', x: 0, y: 0, rating: 'strongly-agree' });
    expect(ratingIn(space, AMINA.userId, { noteId: 'n1' })).toBeNull();
  });

  it('counts the distribution per option, with the mean on −2…+2 leaving "unsure" out', () => {
    const { doc } = board();
    startVote(doc, 'agreement');
    const rate = (who: typeof AMINA, noteId: string, rating: Vote['rating'] & string) =>
      rateIn({ board: doc, own: null }, who.userId, { noteId, x: 0, y: 0, rating });
    rate(AMINA, 'n1', 'agree');
    rate(BORIS, 'n1', 'strongly-agree');
    rate(CHEN, 'n1', 'unsure');
    rate(CHEN, 'n2', 'disagree');
    const ratings = computeRatings(doc);
    expect(ratings.get('n1')).toEqual({
      counts: { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 1, 'strongly-agree': 1, unsure: 1 },
      raters: 3,
      mean: 1.5,
    });
    expect(ratings.get('n2')?.mean).toBe(-1);
    expect(ratings.has('n3')).toBe(false);
  });
});

describe('supervote', () => {
  it('only a decider who accepted may supervote', () => {
    const { doc } = board();
    const round = startVote(doc, 'supervote', 1);
    nameDecider(doc, BORIS.userId, 'Boris Ivanov');
    expect(verdict(context(doc, 'participant', BORIS), dot(BORIS, {}, round))).toBe('not-a-decider');
    expect(verdict(context(doc, 'participant', AMINA), dot(AMINA, {}, round))).toBe('not-a-decider');
    answerDecider(doc, BORIS.userId, true);
    expect(verdict(context(doc, 'participant', BORIS), dot(BORIS, {}, round))).toBe('ok');
    // The facilitator is held to it too: naming oneself still needs one's own yes.
    expect(verdict(context(doc, 'facilitator', FACILITATOR), dot(FACILITATOR, {}, round))).toBe('not-a-decider');
  });

  it('the facilitator names and removes deciders but cannot accept for them; the decider can', () => {
    const { doc } = board();
    const named = { name: 'Boris Ivanov', accepted: false };
    const facilitator = context(doc, 'facilitator', FACILITATOR, 'board');
    const set = (userId: string, entry: typeof named | null): Action => ({ type: 'set-decider', userId, entry });
    expect(verdict(facilitator, set(BORIS.userId, named))).toBe('ok');
    expect(verdict(facilitator, set(BORIS.userId, { ...named, accepted: true }))).toBe('decider-consent');
    expect(verdict(context(doc, 'participant', AMINA, 'board'), set(AMINA.userId, named))).toBe('facilitator-only');
    nameDecider(doc, BORIS.userId, 'Boris Ivanov');
    const boris = context(doc, 'participant', BORIS, 'board');
    expect(verdict(boris, set(BORIS.userId, { ...named, accepted: true }))).toBe('ok');
    expect(verdict(boris, set(BORIS.userId, { name: 'Someone else', accepted: true }))).toBe('facilitator-only');
    expect(verdict(boris, set(BORIS.userId, null))).toBe('ok');
    expect(verdict(context(doc, 'participant', AMINA, 'board'), set(BORIS.userId, null))).toBe('facilitator-only');
    removeDecider(doc, BORIS.userId);
    expect(readDeciders(doc).size).toBe(0);
  });

  it('a supervote is cast in the open, unlike every other vote of a round', () => {
    const { doc } = board();
    startVote(doc, 'supervote');
    expect(readSession(doc).secretVoting).toBe(false);
    const other = board();
    startVote(other.doc, 'straw-poll');
    expect(readSession(other.doc).secretVoting).toBe(true);
  });

  it('on an anonymous board a decider is named, and supervotes, under a tag that is not their user id', () => {
    const { doc } = board(true);
    const round = startVote(doc, 'supervote');
    const tag = deciderIdFor(BORIS, true);
    expect(tag).not.toBe(BORIS.userId);
    expect(deciderIdFor(BORIS, false)).toBe(BORIS.userId);
    expect(voterIdIn(readSession(doc), BORIS, true)).toBe(tag);
    nameDecider(doc, tag, 'Boris Ivanov');
    answerDecider(doc, tag, true);
    const anonymousContext = (who: typeof AMINA): RuleContext => ({
      ...context(doc, 'participant', who, 'board'),
      settings: { anonymous: true, language: 'en' },
    });
    const supervote = (voterId: string): Action => ({
      type: 'add-dot',
      voterId,
      voteId: 'v1',
      vote: { noteId: 'n1', x: 1, y: 1, at: 1, round },
    });
    expect(verdict(anonymousContext(BORIS), supervote(tag))).toBe('ok');
    // Filed under his user id, his supervote would tie his name to every dot he placed in other rounds.
    expect(verdict(anonymousContext(BORIS), supervote(BORIS.userId))).toBe('not-a-decider');
    expect(verdict(anonymousContext(AMINA), supervote(tag))).toBe('not-your-vote');
    // Accepting is his, under the tag he was named by.
    const accept: Action = { type: 'set-decider', userId: tag, entry: { name: 'Boris Ivanov', accepted: true } };
    expect(verdict(anonymousContext(BORIS), accept)).toBe('ok');
    expect(verdict(anonymousContext(AMINA), accept)).toBe('facilitator-only');
    const space: Workspace = { board: doc, own: null };
    expect(castVoteIn(space, tag, { noteId: 'n2', x: 0, y: 0 }).ok).toBe(true);
    expect(computeDecisions(doc).map((decision) => decision.name)).toEqual(['Boris Ivanov']);
    expect(computeTally(doc).voters.has(BORIS.userId)).toBe(false);
  });

  it('lists each decider’s supervotes under their name and initials', () => {
    const { doc } = board();
    startVote(doc, 'supervote', 2);
    nameDecider(doc, BORIS.userId, 'Boris Ivanov');
    answerDecider(doc, BORIS.userId, true);
    nameDecider(doc, CHEN.userId, 'Chen');
    answerDecider(doc, CHEN.userId, true);
    const space: Workspace = { board: doc, own: null };
    castVoteIn(space, BORIS.userId, { noteId: 'n2', x: 0, y: 0 }, { now: 1 });
    castVoteIn(space, BORIS.userId, { noteId: 'n1', x: 0, y: 0 }, { now: 2 });
    castVoteIn(space, CHEN.userId, { noteId: 'n3', x: 0, y: 0 }, { now: 3 });
    expect(castVoteIn(space, AMINA.userId, { noteId: 'n3', x: 0, y: 0 })).toEqual({
      ok: false,
      reason: 'not-a-decider',
    });
    expect(computeDecisions(doc)).toEqual([
      { deciderId: BORIS.userId, name: 'Boris Ivanov', initials: 'BI', targets: ['n2', 'n1'] },
      { deciderId: CHEN.userId, name: 'Chen', initials: 'Ch', targets: ['n3'] },
    ]);
  });

  it('initials come from up to three words, in any script', () => {
    expect(initialsOf('Amina Diallo')).toBe('AD');
    expect(initialsOf('  maría josé  de la vega ')).toBe('MJD');
    expect(initialsOf('عائشة بنت')).toBe('عب');
    expect(initialsOf('王')).toBe('王');
    expect(initialsOf('amina')).toBe('Am');
  });
});

describe('heat-map vote and support spread', () => {
  it('many dots on the parts of one note count as dots from one person', () => {
    const { doc } = board();
    startVote(doc, 'heatmap', 0);
    const space: Workspace = { board: doc, own: null };
    for (let i = 0; i < 12; i++) {
      expect(castVoteIn(space, AMINA.userId, { noteId: 'n1', x: 10 + i, y: 5 }).ok).toBe(true);
    }
    castVoteIn(space, BORIS.userId, { noteId: 'n1', x: 50, y: 50 });
    expect(computeTally(doc).notes.get('n1')).toEqual({ votes: 13, voters: 2 });
  });

  it('anonymous results are broken down only from three people up', () => {
    expect(mayBreakDown(false, 1)).toBe(true);
    expect(mayBreakDown(true, 2)).toBe(false);
    expect(mayBreakDown(true, 3)).toBe(true);
    expect(supportSpread(12, 2, true)).toEqual({ dots: 12, people: null });
    expect(supportSpread(12, 7, true)).toEqual({ dots: 12, people: 7 });
  });
});
