import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_USER_ID_SCHEME, deriveBoardIdentity } from '../identity/derive';
import { initBoard } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote, deleteNote } from '../doc/notes';
import { setPerson } from '../doc/people';
import { setPhase, startRound } from '../doc/phases';
import { castVoteIn, createNoteIn, type Workspace } from '../doc/private';
import { readRounds } from '../doc/rounds';
import { castVote } from '../doc/votes';
import { computeTally } from '../tally/compute';
import { buildOutcome } from './build';
import { outcomeCsv } from './csv';
import { outcomeMarkdown } from './markdown';
import type { Outcome, OutcomeRound } from './types';

const T0 = Date.UTC(2026, 11, 6, 9, 0);
const minutes = (n: number) => T0 + n * 60_000;

function vote(doc: Y.Doc, voter: string, target: { noteId: string | null; clusterId?: string }, at = T0): void {
  const result = castVote(doc, voter, { ...target, x: 10, y: 20 }, { now: at });
  expect(result, `${voter} → ${JSON.stringify(target)}`).toEqual(expect.objectContaining({ ok: true }));
}

/**
 * A morning's sprint: dots cast on the open board before the first round, Round 1 votes on notes (stacking allowed,
 * a tie, a note deleted after it got dots), Round 2 votes on the clusters as wholes.
 */
function sprint({ anonymous = false } = {}) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Water & sanitation | Nairobi', anonymous, now: T0 });
  const note = (id: string, text: string, at: number) =>
    createNote(doc, { x: at * 10, y: 0, text }, { authorId: `author-${id}`, id, now: minutes(at) });
  note('wells', 'Fund community wells', 1);
  note('monitors', 'Train local water monitors', 2);
  note('tariffs', 'Publish water tariffs', 3);
  note('schools', 'Toilets in every school', 4);
  note('gone', 'Ask donors (withdrawn)', 5);
  const local = groupNotes(doc, ['wells', 'monitors'], 'Local action', { id: 'local', now: minutes(6) });
  const openness = groupNotes(doc, ['tariffs'], 'Open data', { id: 'open', now: minutes(6) });

  // Before any round: the open board, a free dot and a dot on a note.
  vote(doc, 'voter-olu', { noteId: 'schools' });
  vote(doc, 'voter-olu', { noteId: null });

  startRound(doc, { now: minutes(10), title: 'First vote', phase: 'vote', votesPerPerson: 3, allowStacking: true });
  const round1 = readRounds(doc).at(-1)!.id;
  vote(doc, 'voter-amina', { noteId: 'wells' });
  vote(doc, 'voter-amina', { noteId: 'wells' });
  vote(doc, 'voter-amina', { noteId: 'tariffs' });
  vote(doc, 'voter-bruno', { noteId: 'wells' });
  vote(doc, 'voter-bruno', { noteId: 'tariffs' });
  vote(doc, 'voter-bruno', { noteId: 'gone' });
  vote(doc, 'voter-chen', { noteId: 'monitors' });
  vote(doc, 'voter-chen', { noteId: 'tariffs' });
  vote(doc, 'voter-chen', { noteId: 'gone' });
  setPhase(doc, 'results', { now: minutes(25) });
  deleteNote(doc, 'gone');
  setPhase(doc, 'discuss', { now: minutes(30) });

  startRound(doc, { now: minutes(40), title: 'Top clusters', phase: 'vote', votesPerPerson: 1, dotsOn: 'clusters' });
  const round2 = readRounds(doc).at(-1)!.id;
  vote(doc, 'voter-amina', { noteId: null, clusterId: local });
  vote(doc, 'voter-bruno', { noteId: null, clusterId: openness });
  vote(doc, 'voter-chen', { noteId: null, clusterId: local });
  setPhase(doc, 'results', { now: minutes(50) });
  return { doc, round1, round2, local, openness };
}

const roundOf = (outcome: Outcome, id: string | null): OutcomeRound => outcome.rounds.find((r) => r.id === id)!;

describe('buildOutcome', () => {
  it('lists the dots outside rounds first, then every round oldest first, with its phases and times', () => {
    const { doc, round1, round2 } = sprint();
    const outcome = buildOutcome(doc, { now: minutes(55) });
    expect(outcome).toMatchObject({
      title: 'Water & sanitation | Nairobi',
      createdAt: T0,
      generatedAt: minutes(55),
      anonymous: false,
      noteCount: 4,
      heatmapRound: round2,
      hidden: { notes: false, dots: false },
    });
    expect(outcome.rounds.map((r) => [r.id, r.number, r.title, r.current])).toEqual([
      [null, null, '', false],
      [round1, 1, 'First vote', false],
      [round2, 2, 'Top clusters', true],
    ]);
    const first = roundOf(outcome, round1);
    expect(first.phases).toEqual([
      { phase: 'vote', startedAt: minutes(10), endedAt: minutes(25) },
      { phase: 'results', startedAt: minutes(25), endedAt: minutes(30) },
      { phase: 'discuss', startedAt: minutes(30), endedAt: minutes(40) },
    ]);
    expect(first).toMatchObject({
      startedAt: minutes(10),
      endedAt: minutes(40),
      votesPerPerson: 3,
      dotsOn: 'anywhere',
    });
    expect(roundOf(outcome, round2).phases.at(-1)).toEqual({
      phase: 'results',
      startedAt: minutes(50),
      endedAt: null,
    });
  });

  it('takes every number from computeTally of that round', () => {
    const { doc } = sprint();
    const outcome = buildOutcome(doc, { now: minutes(55) });
    for (const round of outcome.rounds) {
      const tally = computeTally(doc, { round: round.id });
      expect(round.participants).toBe(tally.voterCount);
      expect(round.dots).toEqual({
        total: tally.totalVotes + tally.clusterVotes + tally.freeVotes,
        onNotes: tally.totalVotes,
        onClusters: tally.clusterVotes,
        free: tally.freeVotes,
      });
      expect(round.notes.filter((n) => n.rank !== null).map((n) => [n.id, n.rank, n.dots, n.supporters])).toEqual(
        tally.ranking.map((r) => [r.noteId, r.rank, r.votes, r.voters]),
      );
      for (const note of round.notes) {
        expect([note.dots, note.supporters]).toEqual([
          tally.notes.get(note.id)?.votes ?? 0,
          tally.notes.get(note.id)?.voters ?? 0,
        ]);
      }
      expect(round.clusters.filter((c) => c.rank !== null).map((c) => [c.id, c.rank, c.dots, c.supporters])).toEqual(
        tally.clusterRanking.map((r) => [r.clusterId, r.rank, r.votes, r.voters]),
      );
      for (const cluster of round.clusters) {
        const entry = tally.clusters.get(cluster.id)!;
        expect(cluster).toMatchObject({
          dots: entry.votes,
          supporters: entry.voters,
          noteCount: entry.noteCount,
          dotsOnCluster: entry.clusterDots,
        });
      }
    }
  });

  it('ranks notes with ties sharing a rank, lists notes without dots after them, and leaves out deleted notes', () => {
    const { doc, round1 } = sprint();
    const first = roundOf(buildOutcome(doc, { now: minutes(55) }), round1);
    // wells 3 dots (2 people), tariffs 3 dots (3 people): a tie, the older note first; monitors 1.
    expect(first.notes.map((n) => [n.text, n.rank, n.dots, n.supporters, n.clusterName])).toEqual([
      ['Fund community wells', 1, 3, 2, 'Local action'],
      ['Publish water tariffs', 1, 3, 3, 'Open data'],
      ['Train local water monitors', 3, 1, 1, 'Local action'],
      ['Toilets in every school', null, 0, 0, null],
    ]);
    // The deleted note's dots count nowhere, but its voter still took part through their other dots.
    expect(first.notes.some((n) => n.id === 'gone')).toBe(false);
    expect(first.dots).toEqual({ total: 7, onNotes: 7, onClusters: 0, free: 0 });
    expect(first.participants).toBe(3);
    expect(first.clusters.map((c) => [c.name, c.rank, c.dots, c.supporters, c.noteCount])).toEqual([
      ['Local action', 1, 4, 3, 2],
      ['Open data', 2, 3, 3, 1],
    ]);
  });

  it('counts a round that voted on clusters as wholes, and the dots cast outside rounds', () => {
    const { doc, round2 } = sprint();
    const outcome = buildOutcome(doc, { now: minutes(55) });
    const second = roundOf(outcome, round2);
    expect(second.dots).toEqual({ total: 3, onNotes: 0, onClusters: 3, free: 0 });
    expect(second.clusters.map((c) => [c.name, c.rank, c.dots, c.dotsOnCluster, c.supporters])).toEqual([
      ['Local action', 1, 2, 2, 2],
      ['Open data', 2, 1, 1, 1],
    ]);
    expect(second.notes.every((n) => n.rank === null && n.dots === 0)).toBe(true);
    const outside = roundOf(outcome, null);
    expect(outside.dots).toEqual({ total: 2, onNotes: 1, onClusters: 0, free: 1 });
    expect(outside.participants).toBe(1);
    expect(outside.phases).toEqual([]);
  });

  it('lists the notes of a board that never ran a round, without dots, under "outside rounds"', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Fresh', now: T0 });
    createNote(doc, { x: 0, y: 0, text: 'First idea' }, { authorId: 'a', id: 'n1', now: T0 });
    const outcome = buildOutcome(doc, { now: T0 });
    expect(outcome.rounds).toHaveLength(1);
    expect(outcome.rounds[0]).toMatchObject({ id: null, participants: 0, dots: { total: 0 } });
    expect(outcome.rounds[0]!.notes.map((n) => [n.text, n.rank])).toEqual([['First idea', null]]);
    expect(outcome.heatmapRound).toBeNull();
  });

  it('names a cluster without a name as unnamed (null)', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Clusters', now: T0 });
    createNote(doc, { x: 0, y: 0, text: 'a', clusterId: 'orphan-cluster' }, { authorId: 'a', id: 'n1', now: T0 });
    const [round] = buildOutcome(doc, { now: T0 }).rounds;
    expect(round!.clusters).toEqual([expect.objectContaining({ id: 'orphan-cluster', name: null })]);
    expect(round!.notes[0]).toMatchObject({ clusterId: 'orphan-cluster', clusterName: null });
  });
});

describe('the outcome names nobody', () => {
  const people = ['Amina Diallo', 'Bruno Keller', 'Chen Wei', 'Olu Adeyemi'];
  const voters = ['voter-amina', 'voter-bruno', 'voter-chen', 'voter-olu'];

  it.each([
    ['a named board', false],
    ['an anonymous board', true],
  ])('on %s: no name, no voter id and no author appears in any export', (_label, anonymous) => {
    const { doc } = sprint({ anonymous });
    // On a named board people have names; an anonymous board has none, but a careless writer could leave one.
    voters.forEach((id, i) => setPerson(doc, id, { name: people[i]!, color: '#e5484d' }));
    const outcome = buildOutcome(doc, { now: minutes(55) });
    expect(outcome.anonymous).toBe(anonymous);
    const exports = [JSON.stringify(outcome), outcomeMarkdown(outcome), outcomeCsv(outcome)];
    for (const text of exports) {
      for (const secret of [...people, ...voters, 'author-wells', 'author-tariffs']) expect(text).not.toContain(secret);
    }
  });
});

describe('secret content stays out', () => {
  it('leaves out notes still private and secret dots (they live in private documents, never read)', () => {
    const boardId = 'board-secret';
    const board = new Y.Doc();
    initBoard(board, { title: 'Silent round', now: T0 });
    createNote(board, { x: 0, y: 0, text: 'Public idea' }, { authorId: 'x', id: 'public', now: T0 });
    const author = deriveBoardIdentity('device-key-of-amina-0123456789', boardId, CURRENT_USER_ID_SCHEME);
    const space: Workspace = { board, own: new Y.Doc() };

    startRound(board, { now: minutes(1) }); // Write: silent writing
    createNoteIn(space, { x: 0, y: 0, text: 'Private plan B' }, { author, now: minutes(2) });
    const whileWriting = buildOutcome(board, { now: minutes(2) });
    expect(whileWriting.hidden).toEqual({ notes: true, dots: false });
    expect(outcomeMarkdown(whileWriting)).toContain('Silent writing is under way');
    expect(outcomeCsv(whileWriting)).not.toContain('Private plan');
    setPhase(board, 'reveal', { now: minutes(3) });
    setPhase(board, 'vote', { now: minutes(4) }); // secret voting
    expect(castVoteIn(space, author.userId, { noteId: 'public', x: 1, y: 1 }, { now: minutes(5) })).toMatchObject({
      ok: true,
    });

    // Read during the vote, as a projector could: the note written silently was never revealed into the board
    // (that is the relay's job, outside this test), and the dot is secret.
    const outcome = buildOutcome(board, { now: minutes(8) });
    expect(outcome.hidden).toEqual({ notes: false, dots: true });
    const markdown = outcomeMarkdown(outcome);
    expect(markdown).toContain('Secret voting is under way');
    const text = [JSON.stringify(outcome), markdown, outcomeCsv(outcome)].join('\n');
    expect(text).not.toContain('Private plan');
    expect(text).toContain('Public idea');
    const round = outcome.rounds.find((r) => r.number === 1)!;
    // The secret dot was never revealed into the board: the round counts no dot.
    expect(round.dots.total).toBe(0);
    expect(round.participants).toBe(0);
  });
});
