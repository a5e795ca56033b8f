import { describe, expect, it } from 'vitest';
import type { Note, PlacedVote } from '@notevote/board';
import { placeDots, sameCloud } from './dot-cloud';
import { PERSON_COLORS } from '../sync/identity';
import { testNote } from './test-notes';

const note = (id: string, x: number, y: number): Note => testNote(id, { x, y });

const placed = (key: string, voterId: string, noteId: string | null, x: number, y: number): PlacedVote =>
  ({ key, voterId, voteId: key, vote: { noteId, x, y, at: 0 } }) as unknown as PlacedVote;

describe('placeDots', () => {
  const notes = new Map([note('n1', 100, 200)].map((n) => [n.id, n]));
  const people = new Map([
    ['ana', { color: '#e5484d' }],
    ['bo', { color: '#3b82f6' }],
    ['me', { color: '#16a34a' }],
  ]);

  it('places dots on notes relative to the note, free dots where they are', () => {
    const { others } = placeDots(
      [placed('a', 'ana', 'n1', 10, 20), placed('b', 'bo', null, 5, 6)],
      new Map(),
      notes,
      people,
      'me',
    );
    expect(others.count).toBe(2);
    expect([others.xs[0], others.ys[0], others.xs[1], others.ys[1]]).toEqual([110, 220, 5, 6]);
  });

  it('places dots on a cluster relative to its frame, and leaves out those on a cluster with no frame', () => {
    const onCluster = (key: string, voterId: string, clusterId: string, x: number, y: number): PlacedVote =>
      ({ key, voterId, voteId: key, vote: { noteId: null, clusterId, x, y, at: 0 } }) as unknown as PlacedVote;
    const origins = new Map([['A', { x: -24, y: -80 }]]);
    const { own, others } = placeDots(
      [onCluster('a', 'ana', 'A', 10, 20), onCluster('m', 'me', 'A', 1, 2), onCluster('gone', 'bo', 'B', 1, 1)],
      new Map(),
      notes,
      people,
      'me',
      origins,
    );
    expect(others.count).toBe(1);
    expect([others.xs[0], others.ys[0]]).toEqual([-14, -60]);
    expect(own.map((dot) => [dot.x, dot.y])).toEqual([[-23, -78]]);
  });

  it('tells a cloud that draws the same dots from one that does not (sameCloud)', () => {
    const votes = [placed('a', 'ana', 'n1', 10, 20), placed('b', 'bo', null, 5, 6)];
    const { others } = placeDots(votes, new Map(), notes, people, 'me');
    // Another note moved: a new notes map, the same dots.
    const moved = new Map([...notes, ['n9', testNote('n9', { x: 900 })]]);
    expect(sameCloud(others, placeDots(votes, new Map(), moved, people, 'me').others)).toBe(true);
    // The dots' note moved: they moved with it.
    const shifted = new Map([['n1', testNote('n1', { x: 101, y: 200 })]]);
    expect(sameCloud(others, placeDots(votes, new Map(), shifted, people, 'me').others)).toBe(false);
    expect(sameCloud(others, placeDots(votes.slice(1), new Map(), notes, people, 'me').others)).toBe(false);
  });

  it('indexes each voter colour once in a palette', () => {
    const votes = [placed('a', 'ana', 'n1', 1, 1), placed('b', 'bo', 'n1', 2, 2), placed('c', 'ana', 'n1', 3, 3)];
    const { others } = placeDots(votes, new Map(), notes, people, 'me');
    expect(others.palette).toEqual(['#e5484d', '#3b82f6']);
    expect([...others.colorIndex.subarray(0, others.count)]).toEqual([0, 1, 0]);
  });

  it('keeps this person’s own dots apart, marking the secret ones', () => {
    const secret = placed('s', 'me', 'n1', 4, 4);
    const { own, others } = placeDots(
      [placed('mine', 'me', 'n1', 1, 1), secret, placed('a', 'ana', 'n1', 2, 2)],
      new Map([['s', secret]]),
      notes,
      people,
      'me',
    );
    expect(own.map((dot) => [dot.key, dot.secret, dot.color])).toEqual([
      ['mine', false, '#16a34a'],
      ['s', true, '#16a34a'],
    ]);
    expect(others.count).toBe(1);
  });

  it('leaves out dots whose note was deleted and colours voters with no stored colour by their pseudonym', () => {
    const dots = [placed('gone', 'ana', 'deleted', 1, 1), placed('who', 'stranger', 'n1', 1, 1)];
    const { others } = placeDots(dots, new Map(), notes, people, 'me');
    expect(others.count).toBe(1);
    expect(PERSON_COLORS).toContain(others.palette[0]);
    // The same voter always gets the same colour (an anonymous board stores none).
    expect(placeDots(dots, new Map(), notes, people, null).others.palette).toEqual(others.palette);
  });
});
