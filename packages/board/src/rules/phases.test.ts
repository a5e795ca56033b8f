/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorIdFor, deriveBoardIdentity } from '../identity/derive';
import { DEFAULT_SESSION, PHASES, type Phase, type Session } from '../schema/types';
import type { Action, RuleContext, RuleFacts } from './actions';
import { authorize } from './authorize';
import type { Where } from './changes';
import { autoAdvanceAt, cannotUndo, modesOf, nextPhase, previousPhase, resultsVisible } from './phases';
import { markedTable, renderTable, tableCells } from './test-support';

/*
 * What a participant may do in each phase of a round, as a table: docs/SECURITY.md shows the same table, and the last
 * test fails if the two differ. Each column is the session as the phase sets it (its secrecy modes included), and the
 * action goes where the web app would send it (new notes into the private space while writing is silent, new dots
 * while voting is secret). The facilitator is held to no phase (see the rules table).
 */

const ME = deriveBoardIdentity('my device secret', 'board', 2);
const OTHER = deriveBoardIdentity('their device secret', 'board', 2);
const ROUND = 'r1';

interface Row {
  what: string;
  action: Action;
  /** Where the action goes in a session (default: the board). */
  where?: (session: Session) => Where;
  /** Six cells, in PHASES order. */
  cells: string;
}

const privateWhile =
  (mode: 'silentWriting' | 'secretVoting') =>
  (session: Session): Where =>
    session[mode] ? 'private' : 'board';
const vote = { noteId: 'their-note', x: 1, y: 1, at: 1, round: ROUND };

const ROWS: Row[] = [
  {
    what: 'Write a new note (private while writing is silent)',
    action: { type: 'create-note', noteId: 'new', authorId: ME.userId },
    where: privateWhile('silentWriting'),
    cells: '✓ ✓ ✓ phase-closed phase-closed ✓',
  },
  {
    what: 'Edit the text of your own note',
    action: { type: 'edit-note', noteId: 'own-note' },
    cells: '✓ ✓ ✓ phase-closed phase-closed ✓',
  },
  {
    what: 'Delete your own note',
    action: { type: 'delete-note', noteId: 'own-note' },
    cells: '✓ ✓ ✓ phase-closed phase-closed ✓',
  },
  {
    what: 'Move, resize, recolour or group any note',
    action: { type: 'arrange-note', noteId: 'their-note' },
    cells: '✓ ✓ ✓ phase-closed phase-closed ✓',
  },
  {
    what: 'Create, rename or remove a named cluster',
    action: { type: 'arrange-cluster', clusterId: 'c1' },
    cells: '✓ ✓ ✓ phase-closed phase-closed ✓',
  },
  {
    what: 'Place a dot (secret while voting is secret)',
    action: { type: 'add-dot', voterId: ME.userId, voteId: 'd', vote },
    where: privateWhile('secretVoting'),
    cells: '✓ phase-closed phase-closed ✓ phase-closed phase-closed',
  },
  {
    what: 'Take back your own dot',
    action: { type: 'remove-dot', voterId: ME.userId, voteId: 'd', round: ROUND },
    cells: '✓ phase-closed phase-closed ✓ phase-closed phase-closed',
  },
  {
    what: 'Set your own name and colour',
    action: { type: 'set-person', userId: ME.userId },
    cells: '✓ ✓ ✓ ✓ ✓ ✓',
  },
];

/** The session in `phase`, as `setPhase` leaves it (a round in progress, the phase's modes). */
function sessionIn(phase: Phase): Session {
  if (phase === 'open') return { ...DEFAULT_SESSION, roundId: ROUND };
  return { ...DEFAULT_SESSION, phase, roundId: ROUND, ...modesOf(phase, DEFAULT_SESSION) };
}

function contextFor(phase: Phase, row: Row, role: 'participant' | 'facilitator' = 'participant'): RuleContext {
  const session = sessionIn(phase);
  const facts: RuleFacts = {
    note: (id) =>
      id === 'own-note'
        ? { live: true, authorId: authorIdFor(ME, id, false) }
        : id === 'their-note'
          ? { live: true, authorId: authorIdFor(OTHER, id, false) }
          : undefined,
    dotTarget: (id) => (id === 'their-note' ? 'board' : 'unknown'),
    ballot: () => new Map(),
    dotWasRemoved: () => false,
    decider: () => undefined,
    hasCluster: () => true,
    holdsEarlierDots: () => false,
  };
  return {
    actor: { role, identity: ME },
    session,
    settings: { anonymous: false, language: 'en' },
    where: row.where?.(session) ?? 'board',
    facts,
  };
}

const cellsOf = (row: Row) => row.cells.split(/\s+/);

describe('what participants may do in each phase', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const expected = cellsOf(row);
      expect(expected).toHaveLength(PHASES.length);
      const actual = PHASES.map((phase) => {
        const verdict = authorize(contextFor(phase, row), row.action);
        return verdict.ok ? '✓' : verdict.refusal;
      });
      expect(actual).toEqual(expected);
    });
  }

  it('holds the facilitator to no phase', () => {
    for (const row of ROWS) {
      for (const phase of PHASES) {
        expect(authorize(contextFor(phase, row, 'facilitator'), row.action), `${row.what} in ${phase}`).toEqual({
          ok: true,
        });
      }
    }
  });

  it('is the phase table in docs/SECURITY.md', () => {
    const between = markedTable(securityDoc(), 'phase-table');
    expect(between, 'docs/SECURITY.md must hold the phase table between its markers').toBeDefined();
    expect(tableCells(between!)).toEqual(tableCells(phaseTable()));
  });
});

describe('the flow of a round', () => {
  it('keeps writing silent in Write and voting secret in Vote', () => {
    const off = { secretVoting: false };
    expect(modesOf('write', off)).toEqual({ silentWriting: true, secretVoting: false });
    expect(modesOf('reveal', off)).toEqual({ silentWriting: false, secretVoting: false });
    expect(modesOf('vote', off)).toEqual({ silentWriting: false, secretVoting: true });
    expect(modesOf('results', off)).toEqual({ silentWriting: false, secretVoting: false });
    expect(modesOf('discuss', off)).toEqual({ silentWriting: false, secretVoting: false });
  });

  it('keeps dots cast so far secret when going back from Vote, and shows them at Results', () => {
    const voting = { secretVoting: true };
    expect(modesOf('reveal', voting).secretVoting).toBe(true);
    expect(modesOf('write', voting).secretVoting).toBe(true);
    expect(modesOf('results', voting).secretVoting).toBe(false);
    expect(modesOf('discuss', voting).secretVoting).toBe(false);
  });

  it('goes write → reveal → vote → results → discuss, and back', () => {
    expect(['write', 'reveal', 'vote', 'results', 'discuss'].map((p) => nextPhase(p as Phase))).toEqual([
      'reveal',
      'vote',
      'results',
      'discuss',
      null,
    ]);
    expect(nextPhase('open')).toBeNull();
    expect(previousPhase('write')).toBeNull();
    expect(previousPhase('results')).toBe('vote');
    expect(previousPhase('open')).toBeNull();
  });

  it('says what going back cannot undo', () => {
    expect(cannotUndo('reveal', 'write')).toEqual(['notes-revealed']);
    expect(cannotUndo('results', 'vote')).toEqual(['votes-shown']);
    expect(cannotUndo('discuss', 'write')).toEqual(['notes-revealed', 'votes-shown']);
    // Going back from Vote keeps its dots secret: nothing is lost.
    expect(cannotUndo('vote', 'reveal')).toEqual([]);
    expect(cannotUndo('write', 'vote')).toEqual([]);
  });

  it('shows the results of the round only from Results on (and on an open board)', () => {
    expect(PHASES.filter(resultsVisible)).toEqual(['open', 'results', 'discuss']);
  });

  it('moves the round on at the end of the timebox only when asked to and when there is a next phase', () => {
    const session = { phase: 'write' as Phase, timerAdvances: true, timerEndsAt: 5_000 };
    expect(autoAdvanceAt(session)).toBe(5_000);
    expect(autoAdvanceAt({ ...session, timerAdvances: false })).toBeNull();
    expect(autoAdvanceAt({ ...session, timerEndsAt: null })).toBeNull();
    expect(autoAdvanceAt({ ...session, phase: 'discuss' })).toBeNull();
    expect(autoAdvanceAt({ ...session, phase: 'open' })).toBeNull();
  });
});

/** The table as Markdown (run this test with UPDATE_PHASE_TABLE=1 to print it). */
function phaseTable(): string {
  return renderTable(
    PHASES.map((phase) => `participant<br>${phase}`),
    ROWS.map((row) => ({ what: row.what, cells: cellsOf(row) })),
  );
}

if (process.env['UPDATE_PHASE_TABLE']) console.log(phaseTable());

function securityDoc(): string {
  return readFileSync(new URL('../../../../docs/SECURITY.md', import.meta.url), 'utf8');
}
