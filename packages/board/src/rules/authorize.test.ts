/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorIdFor, deriveBoardIdentity } from '../identity/derive';
import type { NoteId } from '../schema/ids';
import type { Role } from '../schema/roles';
import { DEFAULT_SESSION, type Decider, type Session } from '../schema/types';
import type { Action, RuleContext, RuleFacts } from './actions';
import { authorize } from './authorize';
import type { Where } from './changes';
import { markedTable, renderTable, tableCells } from './test-support';

/*
 * The rules as a table: every row is something a person does, every column a role in a session state, every cell
 * what `authorize` answers (✓, or the refusal code). docs/SECURITY.md shows this same table, and the last test below
 * fails if the two differ, so the documentation is the behaviour.
 */

const COLUMNS = [
  ['facilitator', 'open'],
  ['facilitator', 'locked'],
  ['facilitator', 'silent writing'],
  ['facilitator', 'secret voting'],
  ['participant', 'open'],
  ['participant', 'locked'],
  ['participant', 'silent writing'],
  ['participant', 'secret voting'],
  ['projector', 'any'],
] as const;

type State = (typeof COLUMNS)[number][1];

const ME = deriveBoardIdentity('my device secret', 'board', 2);
const OTHER = deriveBoardIdentity('their device secret', 'board', 2);

interface Row {
  what: string;
  /** The action, and which document it applies to. */
  action: Action;
  where?: Where;
  anonymous?: boolean;
  /** Session settings besides the column's state (the round in progress, what dots may sit on). */
  session?: Partial<Session>;
  /** The actor holds dots of an earlier round. */
  earlierDots?: boolean;
  /** The actor was named a decider (supervotes). */
  named?: Decider;
  /** Nine cells, in COLUMNS order. */
  cells: string;
}

const ownNote = 'own-note';
const theirNote = 'their-note';
const vote = { noteId: theirNote, x: 1, y: 1, at: 1 };

const ROWS: Row[] = [
  {
    what: 'Create a note on the board',
    action: { type: 'create-note', noteId: 'new', authorId: ME.userId },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked silent-writing ✓ | read-only',
  },
  {
    what: 'Put back your own deleted note on the board (undo)',
    action: { type: 'create-note', noteId: 'deleted-note', authorId: authorIdFor(ME, 'deleted-note', false) },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Put back someone else's deleted note, with its author (undo)",
    action: { type: 'create-note', noteId: 'deleted-note', authorId: authorIdFor(OTHER, 'deleted-note', false) },
    cells: '✓ ✓ ✓ ✓ | author-mismatch board-locked author-mismatch author-mismatch | read-only',
  },
  {
    what: 'Create a note in your private space',
    action: { type: 'create-note', noteId: 'new', authorId: ME.userId },
    where: 'private',
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: 'Create a note claiming someone else as its author',
    action: { type: 'create-note', noteId: 'new', authorId: OTHER.userId },
    cells:
      'author-mismatch author-mismatch author-mismatch author-mismatch | author-mismatch board-locked author-mismatch author-mismatch | read-only',
  },
  {
    what: 'Edit the text of your own note',
    action: { type: 'edit-note', noteId: ownNote },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Edit the text of someone else's note",
    action: { type: 'edit-note', noteId: theirNote },
    cells: '✓ ✓ ✓ ✓ | not-your-note board-locked not-your-note not-your-note | read-only',
  },
  {
    what: 'Move, resize, recolour, group or raise any note',
    action: { type: 'arrange-note', noteId: theirNote },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: 'Delete your own note',
    action: { type: 'delete-note', noteId: ownNote },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Delete someone else's note",
    action: { type: 'delete-note', noteId: theirNote },
    cells: '✓ ✓ ✓ ✓ | not-your-note board-locked not-your-note not-your-note | read-only',
  },
  {
    what: "Change a note's author or creation time",
    action: { type: 'change-fixed-field', noteId: ownNote },
    cells:
      'author-mismatch author-mismatch author-mismatch author-mismatch | author-mismatch author-mismatch author-mismatch author-mismatch | read-only',
  },
  {
    what: 'Place your dot on the board',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote },
    cells: '✓ ✓ ✓ secret-voting | ✓ board-locked ✓ secret-voting | read-only',
  },
  {
    what: 'Put back a dot you took back from the board (undo)',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'taken-back', vote },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: 'Place your dot in your private space',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote },
    where: 'private',
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Place a dot in someone else's name",
    action: { type: 'add-dot', voterId: OTHER.userId, voteId: 'd', vote },
    cells:
      'not-your-vote not-your-vote not-your-vote not-your-vote | not-your-vote not-your-vote not-your-vote not-your-vote | read-only',
  },
  {
    what: 'Take back your own dot',
    action: { type: 'remove-dot', voterId: ME.userId, voteId: 'd' },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Take away someone else's dot",
    action: { type: 'remove-dot', voterId: OTHER.userId, voteId: 'd' },
    cells: '✓ ✓ ✓ ✓ | not-your-vote not-your-vote not-your-vote not-your-vote | read-only',
  },
  {
    what: 'Place a dot for a round other than the one in progress',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote: { ...vote, round: 'r0' } },
    session: { roundId: 'r1' },
    cells:
      'wrong-round wrong-round wrong-round wrong-round | wrong-round board-locked wrong-round wrong-round | read-only',
  },
  {
    what: 'Place a dot anywhere when the vote takes dots on notes only',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote: { ...vote, noteId: null } },
    session: { dotsOn: 'notes' },
    cells:
      'dots-on-notes dots-on-notes dots-on-notes secret-voting | dots-on-notes board-locked dots-on-notes secret-voting | read-only',
  },
  {
    what: 'Place a dot on a cluster when the vote is on clusters',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote: { ...vote, noteId: null, clusterId: 'c1' } },
    session: { dotsOn: 'clusters' },
    cells: '✓ ✓ ✓ secret-voting | ✓ board-locked ✓ secret-voting | read-only',
  },
  {
    what: 'Place a dot on a note when the vote is on clusters',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote },
    session: { dotsOn: 'clusters' },
    cells:
      'dots-on-clusters dots-on-clusters dots-on-clusters secret-voting | dots-on-clusters board-locked dots-on-clusters secret-voting | read-only',
  },
  {
    what: 'Take back your own dot of an earlier round',
    action: { type: 'remove-dot', voterId: ME.userId, voteId: 'd', round: 'r0' },
    session: { roundId: 'r1' },
    cells: '✓ ✓ ✓ ✓ | round-closed board-locked round-closed round-closed | read-only',
  },
  {
    what: 'Remove all your dots at once, holding some of an earlier round',
    action: { type: 'clear-ballot', voterId: ME.userId },
    session: { roundId: 'r1' },
    earlierDots: true,
    cells: '✓ ✓ ✓ ✓ | round-closed board-locked round-closed round-closed | read-only',
  },
  {
    what: 'Create, rename or remove a named cluster',
    action: { type: 'arrange-cluster', clusterId: 'c1' },
    cells: '✓ ✓ ✓ ✓ | ✓ board-locked ✓ ✓ | read-only',
  },
  {
    what: "Start a round or change a round's record",
    action: { type: 'change-round', roundId: 'r1' },
    cells: '✓ ✓ ✓ ✓ | facilitator-only facilitator-only facilitator-only facilitator-only | read-only',
  },
  {
    what: 'Set your own name and colour',
    action: { type: 'set-person', userId: ME.userId },
    cells: '✓ ✓ ✓ ✓ | ✓ ✓ ✓ ✓ | read-only',
  },
  {
    what: 'Set your own name on an anonymous board',
    action: { type: 'set-person', userId: ME.userId },
    anonymous: true,
    cells:
      'anonymous-board anonymous-board anonymous-board anonymous-board | anonymous-board anonymous-board anonymous-board anonymous-board | read-only',
  },
  {
    what: "Set someone else's name",
    action: { type: 'set-person', userId: OTHER.userId },
    cells:
      'not-your-name not-your-name not-your-name not-your-name | not-your-name not-your-name not-your-name not-your-name | read-only',
  },
  {
    what: 'Change the settings (phase, budget, stacking, modes, lock, timer) or the title',
    action: { type: 'change-settings', key: 'votesPerPerson' },
    cells: '✓ ✓ ✓ ✓ | facilitator-only facilitator-only facilitator-only facilitator-only | read-only',
  },
  {
    what: 'Change the language of the reports',
    action: { type: 'change-language' },
    cells: '✓ ✓ ✓ ✓ | facilitator-only facilitator-only facilitator-only facilitator-only | read-only',
  },
  {
    what: 'Rate a note in an agreement vote',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'v', vote: { ...vote, rating: 'agree' } },
    session: { ballot: 'agreement' },
    cells: '✓ ✓ ✓ secret-voting | ✓ board-locked ✓ secret-voting | read-only',
  },
  {
    what: 'Place a dot without a rating in an agreement vote',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'v', vote },
    session: { ballot: 'agreement' },
    cells:
      'rating-needed rating-needed rating-needed secret-voting | rating-needed board-locked rating-needed secret-voting | read-only',
  },
  {
    what: 'Supervote without having accepted being a decider',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'v', vote },
    session: { ballot: 'supervote' },
    named: { name: 'Me', accepted: false },
    cells:
      'not-a-decider not-a-decider not-a-decider secret-voting | not-a-decider board-locked not-a-decider secret-voting | read-only',
  },
  {
    what: 'Supervote as a decider who accepted',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'v', vote },
    session: { ballot: 'supervote' },
    named: { name: 'Me', accepted: true },
    cells: '✓ ✓ ✓ secret-voting | ✓ board-locked ✓ secret-voting | read-only',
  },
  {
    what: 'Name someone a decider (not yet accepted), or remove a decider',
    action: { type: 'set-decider', userId: OTHER.userId, entry: { name: 'Boris', accepted: false } },
    cells: '✓ ✓ ✓ ✓ | facilitator-only facilitator-only facilitator-only facilitator-only | read-only',
  },
  {
    what: 'Accept being a decider on behalf of someone else',
    action: { type: 'set-decider', userId: OTHER.userId, entry: { name: 'Boris', accepted: true } },
    cells:
      'decider-consent decider-consent decider-consent decider-consent | facilitator-only facilitator-only facilitator-only facilitator-only | read-only',
  },
  {
    what: 'Accept (or decline) being named a decider, under the name given',
    action: { type: 'set-decider', userId: ME.userId, entry: { name: 'Me', accepted: true } },
    named: { name: 'Me', accepted: false },
    cells: '✓ ✓ ✓ ✓ | ✓ ✓ ✓ ✓ | read-only',
  },
  {
    what: 'Write a field only the relay writes (schema version, user-id scheme, anonymity)',
    action: { type: 'write-relay-field', key: 'anonymous' },
    cells:
      'set-by-relay set-by-relay set-by-relay set-by-relay | set-by-relay set-by-relay set-by-relay set-by-relay | read-only',
  },
  {
    what: 'Write anything but notes and your own dots into your private space',
    action: { type: 'set-person', userId: ME.userId },
    where: 'private',
    cells:
      'private-scope private-scope private-scope private-scope | private-scope private-scope private-scope private-scope | read-only',
  },
];

function sessionIn(state: State): Session {
  return {
    ...DEFAULT_SESSION,
    locked: state === 'locked',
    silentWriting: state === 'silent writing',
    secretVoting: state === 'secret voting',
  };
}

function contextFor(role: Role, state: State, row: Row): RuleContext {
  const anonymous = row.anonymous ?? false;
  const notes = new Map<NoteId, string>([
    [ownNote, authorIdFor(ME, ownNote, anonymous)],
    [theirNote, authorIdFor(OTHER, theirNote, anonymous)],
  ]);
  const facts: RuleFacts = {
    note: (id) =>
      notes.has(id)
        ? { live: true, authorId: notes.get(id)! }
        : id === 'deleted-note'
          ? { live: false, authorId: null }
          : undefined,
    dotTarget: (id) => (notes.has(id) ? 'board' : 'unknown'),
    ballot: () => new Map(),
    dotWasRemoved: (_voter, voteId) => voteId === 'taken-back',
    decider: (userId) => (userId === ME.userId ? row.named : undefined),
    hasCluster: (id) => id === 'c1',
    holdsEarlierDots: () => row.earlierDots ?? false,
  };
  return {
    actor: { role, identity: role === 'projector' ? null : ME },
    session: { ...sessionIn(state), ...row.session },
    settings: { anonymous, language: 'en' },
    where: row.where ?? 'board',
    facts,
  };
}

const cellsOf = (row: Row) => row.cells.split(/\s+/).filter((cell) => cell !== '|');

describe('the rules table', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const expected = cellsOf(row);
      expect(expected).toHaveLength(COLUMNS.length);
      const actual = COLUMNS.map(([role, state]) => {
        const verdict = authorize(contextFor(role, state, row), row.action);
        return verdict.ok ? '✓' : verdict.refusal;
      });
      expect(actual).toEqual(expected);
    });
  }

  it('is the table in docs/SECURITY.md', () => {
    const between = markedTable(securityDoc(), 'rules-table');
    expect(between, 'docs/SECURITY.md must hold the rules table between its markers').toBeDefined();
    // Compared cell by cell, so a formatter may align the columns.
    expect(tableCells(between!)).toEqual(tableCells(rulesTable()));
  });
});

/** The table as Markdown (run this test with UPDATE_RULES_TABLE=1 to print it). */
function rulesTable(): string {
  return renderTable(
    COLUMNS.map(([role, state]) => `${role}<br>${state}`),
    ROWS.map((row) => ({ what: row.what, cells: cellsOf(row) })),
  );
}

if (process.env['UPDATE_RULES_TABLE']) console.log(rulesTable());

function securityDoc(): string {
  return readFileSync(new URL('../../../../docs/SECURITY.md', import.meta.url), 'utf8');
}
