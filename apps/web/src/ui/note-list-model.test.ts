import { describe, expect, it } from 'vitest';
import type { Note, PlacedVote } from '@notevote/board';
import { testNote } from '../canvas/test-notes';
import { en } from '../i18n/en';
import {
  blockMessage,
  effectiveOrder,
  isVotingClosed,
  myDotsByTarget,
  noteLabel,
  orderNotes,
  voteControls,
  type NoteListOrder,
  type OrderContext,
} from './note-list-model';

const ids = (notes: readonly Note[]) => notes.map((note) => note.id);

// In reading order: zebra, (untitled), Äpfel / apple, then a second row.
const notes = [
  testNote('n1', { x: 0, y: 0, text: 'Zebra crossings' }),
  testNote('n2', { x: 150, y: 0, text: '   ' }),
  testNote('n3', { x: 300, y: 0, text: 'Äpfel' }),
  testNote('n4', { x: 0, y: 200, text: 'apple' }),
  testNote('n5', { x: 150, y: 200, text: 'Open data' }),
];
const votes = new Map([
  ['n3', 2],
  ['n5', 4],
  ['n1', 2],
]);

function context(overrides: Partial<OrderContext> = {}): OrderContext {
  const collator = new Intl.Collator('en');
  return {
    direction: 'ltr',
    votesOf: (id) => votes.get(id) ?? 0,
    countsVisible: true,
    compare: collator.compare,
    label: (note) => noteLabel(note.text, '') || null,
    ...overrides,
  };
}

const sorted = (order: NoteListOrder, overrides: Partial<OrderContext> = {}) =>
  ids(orderNotes(notes, order, context(overrides)));

describe('the notes list order', () => {
  it('by position is reading order, from the end of each row in a right-to-left language', () => {
    expect(sorted('position')).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(sorted('position', { direction: 'rtl' })).toEqual(['n3', 'n2', 'n1', 'n5', 'n4']);
  });

  it('by votes puts the most voted first, equal counts in reading order', () => {
    expect(sorted('votes')).toEqual(['n5', 'n1', 'n3', 'n2', 'n4']);
  });

  it('never sorts by votes while the counts are secret: that would tell them', () => {
    expect(effectiveOrder('votes', false)).toBe('position');
    expect(sorted('votes', { countsVisible: false })).toEqual(sorted('position'));
    expect(effectiveOrder('alphabetical', false)).toBe('alphabetical');
  });

  it('alphabetically follows the interface language’s collation, untitled notes last', () => {
    expect(sorted('alphabetical')).toEqual(['n3', 'n4', 'n5', 'n1', 'n2']);
    // Swedish sorts Ä after Z.
    const swedish = new Intl.Collator('sv');
    expect(sorted('alphabetical', { compare: swedish.compare })).toEqual(['n4', 'n5', 'n1', 'n3', 'n2']);
  });
});

describe('what a note is called', () => {
  it('is its words on one line, or the name for a note without any', () => {
    expect(noteLabel('  Shared seizure\n\n database ', 'Untitled note')).toBe('Shared seizure database');
    expect(noteLabel(' \n ', 'Untitled note')).toBe('Untitled note');
  });

  it('is cut short for a button’s name, never inside a character as people see it', () => {
    expect(noteLabel('Mutual legal assistance in thirty days', '', 13)).toBe('Mutual legal…');
    const flags = '🇺🇳🇫🇷🇨🇳 and more';
    expect(noteLabel(flags, '', 2)).toBe('🇺🇳🇫🇷…');
    expect(noteLabel('short', '', 80)).toBe('short');
  });

  it('names the vote buttons after the note, beginning with their visible words', () => {
    const { noteList } = en;
    const name = noteLabel('Shared seizure database', noteList.untitled);
    const vote = noteList.vote.replace('{{text}}', name);
    const takeBack = noteList.takeBack.replace('{{text}}', name);
    expect(vote).toBe('Vote for “Shared seizure database”');
    expect(takeBack).toBe('Take back your vote for “Shared seizure database”');
    expect(vote.startsWith(noteList.voteShort)).toBe(true);
    expect(takeBack.startsWith(noteList.takeBackShort)).toBe(true);
    expect(noteList.showNamed.startsWith(noteList.show)).toBe(true);
    expect(noteList.editNamed.startsWith(noteList.edit)).toBe(true);
  });
});

describe('the vote button', () => {
  const open = { closed: null, check: { ok: true } as const, myDots: 0, stacking: false };

  it('votes, and toggles to taking the vote back once yours is on the note (one dot per note)', () => {
    expect(voteControls(open)).toEqual({ main: 'vote', blocked: null, takeBack: false });
    expect(voteControls({ ...open, myDots: 1, check: { ok: false, reason: 'stacking-not-allowed' } })).toEqual({
      main: 'take-back',
      blocked: null,
      takeBack: false,
    });
  });

  it('says why it would be refused: the budget spent, a private note, voting closed', () => {
    const spent = voteControls({ ...open, check: { ok: false, reason: 'budget-exhausted' } });
    expect(spent).toEqual({ main: 'vote', blocked: 'budget-exhausted', takeBack: false });
    expect(voteControls({ ...open, check: { ok: false, reason: 'note-private' } }).blocked).toBe('note-private');
    for (const closed of ['read-only', 'loading', 'phase-closed', 'board-locked'] as const) {
      expect(voteControls({ ...open, closed }).blocked).toBe(closed);
      // Voting closed closes taking back too.
      expect(voteControls({ ...open, closed, myDots: 1 })).toEqual({
        main: 'take-back',
        blocked: closed,
        takeBack: false,
      });
    }
  });

  it('with stacking, keeps voting and adds a button to take one back', () => {
    expect(voteControls({ ...open, stacking: true, myDots: 2 })).toEqual({
      main: 'vote',
      blocked: null,
      takeBack: true,
    });
    const spent = voteControls({
      ...open,
      stacking: true,
      myDots: 2,
      check: { ok: false, reason: 'budget-exhausted' },
    });
    expect(spent).toEqual({ main: 'vote', blocked: 'budget-exhausted', takeBack: true });
  });

  it('explains each block in words the app has', () => {
    expect(blockMessage('budget-exhausted', 3)).toEqual({
      key: 'votes.refused.budget-exhausted',
      values: { total: 3 },
    });
    expect(blockMessage('phase-closed', 3).key).toBe('noteList.closed');
    expect(blockMessage('read-only', 3).key).toBe('refusals.read-only');
    expect(blockMessage('board-locked', 3).key).toBe('noteList.locked');
    expect(blockMessage('dots-on-clusters', 3).key).toBe('noteList.onClusters');
    expect(blockMessage('not-a-decider', 3).key).toBe('votes.refused.not-a-decider');
  });

  it('in a supervote, is closed (taking back too) for someone who is no decider', () => {
    expect(isVotingClosed('not-a-decider')).toBe(true);
    expect(voteControls({ ...open, closed: 'not-a-decider', myDots: 0 }).blocked).toBe('not-a-decider');
  });
});

describe('your dots', () => {
  const dot = (voteId: string, voterId: string, vote: Partial<PlacedVote['vote']>): PlacedVote => ({
    key: `${voterId}/${voteId}`,
    voterId,
    voteId,
    vote: { noteId: null, x: 0, y: 0, at: 0, ...vote },
  });

  it('are this person’s dots of the round in progress, by what they sit on, the latest last', () => {
    const placed = [
      dot('v2', 'me', { noteId: 'n1', round: 'r1', at: 20 }),
      dot('v1', 'me', { noteId: 'n1', round: 'r1', at: 10 }),
      dot('v3', 'me', { clusterId: 'c1', round: 'r1', at: 5 }),
      dot('v4', 'me', { round: 'r1' }),
      dot('v5', 'me', { noteId: 'n1', round: 'r0' }),
      dot('v6', 'someone', { noteId: 'n1', round: 'r1' }),
    ];
    expect(myDotsByTarget(placed, 'me', 'r1')).toEqual(
      new Map([
        ['n1', ['v1', 'v2']],
        ['cluster:c1', ['v3']],
      ]),
    );
    expect(myDotsByTarget(placed, null, 'r1').size).toBe(0);
  });
});
