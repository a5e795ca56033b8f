import { describe, expect, it } from 'vitest';
import { authorIdFor, deriveBoardIdentity } from '../identity/derive';
import { DEFAULT_SESSION, type Session } from '../schema/types';
import type { RuleContext, RuleFacts } from './actions';
import type { DocChange, Where } from './changes';
import type { Written } from './shapes';
import { authorizeUpdate } from './update';

const ME = deriveBoardIdentity('my device secret', 'board', 2);
const value = (v: unknown): Written => ({ kind: 'value', value: v });
const put = (root: string, keys: string[], written: Written): DocChange => ({ op: 'put', root, keys, written });
const remove = (root: string, keys: string[], previous?: unknown): DocChange => ({
  op: 'remove',
  root,
  keys,
  previous,
});

/** The changes of an honest client creating a note with every field. */
function noteCreation(noteId: string, overrides: Record<string, Written> = {}, anonymous = false): DocChange[] {
  const fields: Record<string, Written> = {
    text: { kind: 'text' },
    x: value(10),
    y: value(20),
    width: value(200),
    height: value(200),
    color: value('#fff475'),
    authorId: value(authorIdFor(ME, noteId, anonymous)),
    createdAt: value(1_700_000_000_000),
    z: value(3),
    ...overrides,
  };
  return [
    put('notes', [noteId], { kind: 'map' }),
    ...Object.entries(fields).map(([k, w]) => put('notes', [noteId, k], w)),
  ];
}

const dot = (voteId: string, noteId: string | null) =>
  put('votes', [ME.userId, voteId], value({ noteId, x: 1, y: 2, at: 3 }));

interface Board {
  notes?: Record<string, string>;
  deleted?: string[];
  privateNotes?: string[];
  dots?: Record<string, string | null>;
  privateDots?: Record<string, string | null>;
  clusters?: string[];
  earlierDots?: boolean;
}

function context(board: Board = {}, session: Partial<Session> = {}, where: Where = 'board', anonymous = false) {
  const facts: RuleFacts = {
    note: (id) => {
      const notes =
        where === 'board' ? board.notes : Object.fromEntries((board.privateNotes ?? []).map((n) => [n, '']));
      if (notes && id in notes) return { live: true, authorId: notes[id]! };
      return where === 'board' && board.deleted?.includes(id) ? { live: false, authorId: null } : undefined;
    },
    dotTarget: (id) =>
      board.notes && id in board.notes
        ? 'board'
        : board.privateNotes?.includes(id)
          ? 'private'
          : board.deleted?.includes(id)
            ? 'deleted'
            : 'unknown',
    ballot: (_voter, place) => new Map(Object.entries((place === 'board' ? board.dots : board.privateDots) ?? {})),
    dotWasRemoved: () => false,
    decider: () => undefined,
    hasCluster: (id) => board.clusters?.includes(id) ?? false,
    holdsEarlierDots: () => board.earlierDots ?? false,
  };
  const ctx: RuleContext = {
    actor: { role: 'participant', identity: ME },
    session: { ...DEFAULT_SESSION, votesPerPerson: 3, ...session },
    settings: { anonymous, language: 'en' },
    where,
    facts,
  };
  return ctx;
}

const verdict = (ctx: RuleContext, changes: DocChange[]) => {
  const result = authorizeUpdate(ctx, changes);
  return result.ok ? 'ok' : result.refusal;
};

describe('values against the schema', () => {
  it('accepts an honest note, and refuses one with a value of the wrong type, range, length or colour', () => {
    expect(verdict(context(), noteCreation('n1'))).toBe('ok');
    for (const bad of [
      { text: value(42) },
      { x: value('left') },
      { x: value(Number.NaN) },
      { y: value(5_000_000) },
      { width: value(1) },
      { color: value('url(x)') },
      { color: value('#ff000') },
      { createdAt: value(-1) },
      { z: { kind: 'map' } as Written },
      { clusterId: value('has spaces') },
      { text: { kind: 'other', what: 'array' } as Written },
    ]) {
      expect(verdict(context(), noteCreation('n1', bad)), JSON.stringify(bad)).toBe('invalid-value');
    }
  });

  it('accepts a sketch created with its picture, and refuses a malformed picture or one added later', () => {
    const image = { ref: 'AbCdEfGhIjKlMnOpQrStUv', width: 1200, height: 900, orientation: 6 };
    expect(verdict(context(), noteCreation('n1', { image: value(image) }))).toBe('ok');
    for (const bad of [
      { ...image, ref: 'https://example.org/x' },
      { ...image, width: 0 },
      { ...image, height: 9_000 },
      { ...image, orientation: 9 },
      { ...image, extra: true },
      { ref: image.ref, width: 1, height: 1 },
    ]) {
      expect(verdict(context(), noteCreation('n1', { image: value(bad) })), JSON.stringify(bad)).toBe('invalid-value');
    }
    // A note becomes a sketch only when it is created: the picture is fixed, like its author.
    expect(verdict(context({ notes: { n1: ME.userId } }), [put('notes', ['n1', 'image'], value(image))])).toBe(
      'author-mismatch',
    );
  });

  it('refuses a note that arrives without the fields every reader needs', () => {
    const partial = noteCreation('n1').filter((c) => !(c.op === 'put' && c.keys[1] === 'x'));
    expect(verdict(context(), partial)).toBe('invalid-value');
  });

  it('limits a note’s text, counted after the whole update', () => {
    const mine = { notes: { n1: ME.userId } };
    expect(
      verdict(context(mine), [
        { op: 'text', root: 'notes', keys: ['n1', 'text'], length: 2_000, inserted: 1, deleted: 0 },
      ]),
    ).toBe('ok');
    expect(
      verdict(context(mine), [
        { op: 'text', root: 'notes', keys: ['n1', 'text'], length: 2_001, inserted: 1, deleted: 0 },
      ]),
    ).toBe('invalid-value');
    expect(verdict(context(mine), [{ op: 'stray', root: 'notes', keys: ['n1', 'text', null] }])).toBe('invalid-value');
  });

  it('refuses people entries, dots and settings that are not well-formed', () => {
    expect(verdict(context(), [put('people', [ME.userId], value('a string'))])).toBe('invalid-value');
    expect(verdict(context(), [put('people', [ME.userId], value({ name: '', color: '#ffffff' }))])).toBe(
      'invalid-value',
    );
    expect(verdict(context(), [put('people', [ME.userId], value({ name: 'x'.repeat(61), color: '#ffffff' }))])).toBe(
      'invalid-value',
    );
    expect(verdict(context(), [put('people', [ME.userId], value({ name: 'Amina', color: '#e5484d' }))])).toBe('ok');
    expect(verdict(context(), [put('votes', [ME.userId, 'v1'], value({ noteId: null, x: 1, y: 2 }))])).toBe(
      'invalid-value',
    );
    expect(
      verdict(context(), [put('votes', [ME.userId, 'v1'], value({ noteId: null, x: 1, y: 2, at: 3, extra: 1 }))]),
    ).toBe('invalid-value');
  });

  it('takes a report language only among the six UN languages, and only from the facilitator', () => {
    const facilitator = (): RuleContext => ({ ...context(), actor: { role: 'facilitator', identity: ME } });
    for (const language of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
      expect(verdict(facilitator(), [put('meta', ['language'], value(language))]), language).toBe('ok');
      expect(verdict(context(), [put('meta', ['language'], value(language))]), language).toBe('facilitator-only');
    }
    for (const hostile of [42, 'xx', 'EN', 'en-GB', '', null, { code: 'fr' }]) {
      expect(verdict(facilitator(), [put('meta', ['language'], value(hostile))]), String(hostile)).toBe(
        'invalid-value',
      );
    }
    expect(verdict(facilitator(), [put('meta', ['language'], { kind: 'map' })])).toBe('invalid-value');
  });

  it('refuses roots and keys outside the schema, and board roots in a private document', () => {
    expect(verdict(context(), [put('graffiti', ['x'], value(1))])).toBe('outside-schema');
    expect(verdict(context(), [put('session', ['mood'], value('happy'))])).toBe('outside-schema');
    expect(verdict(context(), [put('notes', ['n1', 'colour'], value('#ffffff'))])).toBe('outside-schema');
    expect(
      verdict(context({}, {}, 'private'), [put('people', [ME.userId], value({ name: 'A', color: '#ffffff' }))]),
    ).toBe('private-scope');
  });
});

describe('authorship', () => {
  it('takes a note only with its creator as author, a tag on an anonymous board', () => {
    expect(verdict(context(), noteCreation('n1', { authorId: value('someone-else') }))).toBe('author-mismatch');
    expect(verdict(context({}, {}, 'board', true), noteCreation('n1', {}, false))).toBe('author-mismatch');
    expect(verdict(context({}, {}, 'board', true), noteCreation('n1', {}, true))).toBe('ok');
  });

  it('never lets an existing note’s author change', () => {
    const mine = { notes: { n1: ME.userId } };
    expect(verdict(context(mine), [put('notes', ['n1', 'authorId'], value(ME.userId))])).toBe('author-mismatch');
  });
});

describe('the budget over one update', () => {
  it('refuses dots beyond the budget whatever notes exist, and counts dots on deleted notes', () => {
    const board = { notes: { a: 'x', b: 'x', c: 'x', d: 'x' }, deleted: ['gone'], dots: { old: 'gone' } };
    expect(verdict(context(board), [dot('1', 'a'), dot('2', 'b')])).toBe('ok');
    expect(verdict(context(board), [dot('1', 'a'), dot('2', 'b'), dot('3', 'c')])).toBe('budget-exhausted');
  });

  it('refuses parking dots on a note id that does not exist yet', () => {
    expect(verdict(context({}), [dot('1', 'x')])).toBe('note-missing');
    const twenty = Array.from({ length: 20 }, (_, i) => dot(`v${i}`, 'x'));
    expect(verdict(context({}), [...noteCreation('x'), ...twenty])).toBe('stacking-not-allowed');
    expect(verdict(context({}, { allowStacking: true }), [...noteCreation('x'), ...twenty])).toBe('budget-exhausted');
  });

  it('takes a note and a dot on it sent together (an offline client coming back)', () => {
    expect(verdict(context({}), [...noteCreation('n1'), dot('1', 'n1')])).toBe('ok');
  });

  it('lets a dot go where a taken-back one was, in the same update', () => {
    const board = { notes: { a: 'x', b: 'x', c: 'x', d: 'x' }, dots: { v1: 'a', v2: 'b', v3: 'c' } };
    expect(verdict(context(board), [dot('v4', 'd')])).toBe('budget-exhausted');
    expect(verdict(context(board), [remove('votes', [ME.userId, 'v1']), dot('v4', 'd')])).toBe('ok');
  });

  it('counts public and secret dots together, each once while a reveal has it in both', () => {
    const board = { notes: { a: 'x', b: 'x' }, dots: { v1: 'a' }, privateDots: { v1: 'a', v2: null } };
    expect(verdict(context(board, { votesPerPerson: 2 }), [dot('v3', 'b')])).toBe('budget-exhausted');
    const roomier = { ...board, privateDots: { v1: 'a' } };
    expect(verdict(context(roomier, { votesPerPerson: 2 }), [dot('v3', 'b')])).toBe('ok');
  });

  it('keeps a public dot off a note still private to its author, and accepts it in the private space', () => {
    const board = { privateNotes: ['mine'] };
    expect(verdict(context(board), [dot('1', 'mine')])).toBe('note-private');
    expect(verdict(context(board, {}, 'private'), [dot('1', 'mine')])).toBe('ok');
  });
});

describe('projectors', () => {
  it('may send an update that changes nothing, and nothing else', () => {
    const projector: RuleContext = { ...context(), actor: { role: 'projector', identity: null } };
    expect(verdict(projector, [])).toBe('ok');
    expect(verdict(projector, [put('notes', ['n1', 'x'], value(1))])).toBe('read-only');
  });
});
