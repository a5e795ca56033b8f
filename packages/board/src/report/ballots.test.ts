import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveBoardIdentity } from '../identity/derive';
import { initBoard } from '../doc/board';
import { answerDecider, nameDecider } from '../doc/deciders';
import { createNote } from '../doc/notes';
import { setPhase } from '../doc/phases';
import { castVoteIn, rateIn, type Workspace } from '../doc/private';
import { updateSession } from '../doc/session';
import type { Ballot, Rating } from '../schema/types';
import { computeTally } from '../tally/compute';
import { votingRules } from '../votes/ballots';
import { buildOutcome } from './build';
import { outcomeCsv } from './csv';
import { outcomeMarkdown } from './markdown';

const PEOPLE = ['amina', 'boris', 'chen', 'dara'].map((name) => deriveBoardIdentity(name, 'b', 2).userId);
const [AMINA, BORIS, CHEN] = PEOPLE as [string, string, string];
const IMAGE = { ref: 'AbCdEfGhIjKlMnOpQrStUv', width: 800, height: 600, orientation: 1 };

/** A board in a round's Vote phase with this ballot; dots go straight to the board (no private documents here). */
function votingBoard(ballot: Ballot, anonymous = false, votesPerPerson = 3) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Cybercrime', anonymous, language: 'en' });
  createNote(doc, { x: 0, y: 0, text: 'Shared evidence portal' }, { authorId: AMINA, id: 'portal', now: 1 });
  createNote(doc, { x: 300, y: 0, text: 'Training for judges' }, { authorId: BORIS, id: 'training', now: 2 });
  createNote(doc, { x: 0, y: 300, text: 'Two pillars', image: IMAGE }, { authorId: CHEN, id: 'sketch', now: 3 });
  setPhase(doc, 'vote', { ...votingRules({ ballot, votesPerPerson, allowStacking: false, dotsOn: 'notes' }), now: 10 });
  // Secret voting would send dots to private documents; the report reads the board after the reveal anyway.
  updateSession(doc, { secretVoting: false });
  const space: Workspace = { board: doc, own: null };
  return { doc, space };
}

const results = (doc: Y.Doc) => {
  setPhase(doc, 'results', { now: 20 });
  return buildOutcome(doc, { now: 30 });
};

describe('the report of each ballot', () => {
  it('lists supervotes first, under the deciders’ names, apart from the other rounds', () => {
    const { doc, space } = votingBoard('supervote', false, 1);
    nameDecider(doc, BORIS, 'Boris Ivanov');
    answerDecider(doc, BORIS, true);
    expect(castVoteIn(space, BORIS, { noteId: 'sketch', x: 5, y: 5 }).ok).toBe(true);
    const markdown = outcomeMarkdown(results(doc));
    const decisions = markdown.indexOf('## Decisions');
    expect(decisions).toBeGreaterThan(0);
    expect(decisions).toBeLessThan(markdown.indexOf('## Round 1'));
    expect(markdown).toContain('- **Boris Ivanov** (BI): Sketch: Two pillars');
    expect(markdown).toContain('Ballot: supervote.');
  });

  it('a heat-map vote gives dots and people per note, without ranks', () => {
    const { doc, space } = votingBoard('heatmap', false, 0);
    for (let i = 0; i < 12; i++) castVoteIn(space, AMINA, { noteId: 'portal', x: i * 10, y: 20 });
    for (const voter of [BORIS, CHEN]) castVoteIn(space, voter, { noteId: 'portal', x: 50, y: 50 });
    castVoteIn(space, CHEN, { noteId: 'sketch', x: 400, y: 10 });
    const outcome = results(doc);
    const portal = outcome.rounds[0]!.notes.find((note) => note.id === 'portal')!;
    expect({ dots: portal.dots, people: portal.supporters }).toEqual({ dots: 14, people: 3 });
    const markdown = outcomeMarkdown(outcome);
    expect(markdown).toContain('| Note | Cluster | Dots | Supporters |');
    expect(markdown).toContain('| Shared evidence portal | – | 14 | 3 |');
    expect(markdown).toContain('not ranked');
  });

  it('an agreement vote shows the distribution per option, the most agreed first', () => {
    const { doc, space } = votingBoard('agreement');
    const rate = (voter: string, noteId: string, rating: Rating) =>
      expect(rateIn(space, voter, { noteId, x: 0, y: 0, rating }).ok).toBe(true);
    rate(AMINA, 'portal', 'agree');
    rate(BORIS, 'portal', 'strongly-agree');
    rate(CHEN, 'portal', 'unsure');
    rate(AMINA, 'training', 'disagree');
    const markdown = outcomeMarkdown(results(doc));
    const header =
      '| Note | Strongly disagree | Disagree | Neutral | Agree | Strongly agree | Unsure, need more information | People |';
    expect(markdown).toContain(header);
    const portal = markdown.indexOf('| Shared evidence portal | 0 | 0 | 0 | 1 | 1 | 1 | 3 |');
    const training = markdown.indexOf('| Training for judges | 0 | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(portal).toBeGreaterThan(0);
    expect(training).toBeGreaterThan(portal);
  });

  it('on an anonymous board with two voters, nothing is broken down; the dots still count', () => {
    const { doc, space } = votingBoard('dots', true);
    castVoteIn(space, AMINA, { noteId: 'portal', x: 1, y: 1 });
    castVoteIn(space, BORIS, { noteId: 'portal', x: 2, y: 2 });
    castVoteIn(space, BORIS, { noteId: 'training', x: 2, y: 2 });
    const outcome = results(doc);
    const notes = outcome.rounds[0]!.notes;
    expect(notes.map((note) => [note.id, note.dots, note.supporters])).toEqual([
      ['portal', 2, null],
      ['training', 1, null],
      ['sketch', 0, 0],
    ]);
    expect(computeTally(doc, { round: outcome.rounds[0]!.id }).notes.get('portal')).toEqual({ votes: 2, voters: 2 });
    const markdown = outcomeMarkdown(outcome);
    expect(markdown).toContain('| 1 | Shared evidence portal | – | 2 | – |');
    expect(markdown).toContain('fewer than 3 people');
    expect(outcomeCsv(outcome)).toContain('portal,Shared evidence portal,,2,\r\n');
  });

  it('an anonymous board breaks results down from three people up, ratings too', () => {
    const { doc, space } = votingBoard('agreement', true);
    for (const voter of [AMINA, BORIS, CHEN]) rateIn(space, voter, { noteId: 'portal', x: 0, y: 0, rating: 'agree' });
    rateIn(space, AMINA, { noteId: 'training', x: 0, y: 0, rating: 'agree' });
    const notes = results(doc).rounds[0]!.notes;
    expect(notes.find((note) => note.id === 'portal')).toMatchObject({ raters: 3, ratings: { mean: 1 } });
    expect(notes.find((note) => note.id === 'training')).toMatchObject({ raters: 1, ratings: null });
  });
});
