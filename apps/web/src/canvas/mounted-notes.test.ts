import { describe, expect, it } from 'vitest';
import type { Note } from '@notevote/board';
import { mountedNotes } from './mounted-notes';
import { testNote } from './test-notes';

const note = (id: string): Note => testNote(id);

describe('mounted notes', () => {
  const ordered = ['a', 'b', 'c', 'd'].map(note);
  const needs =
    (...ids: string[]) =>
    (n: Note) =>
      ids.includes(n.id);

  it('mounts the notes needed now, bottom to top', () => {
    expect(mountedNotes(ordered, needs('c', 'a'), new Set()).map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('keeps notes mounted before, so coming back costs no remount', () => {
    expect(mountedNotes(ordered, needs('d'), new Set(['a', 'b'])).map((n) => n.id)).toEqual(['a', 'b', 'd']);
  });

  it('lets go of the earlier ones once there would be too many', () => {
    expect(mountedNotes(ordered, needs('d'), new Set(['a', 'b']), 2).map((n) => n.id)).toEqual(['d']);
  });

  it('drops deleted notes', () => {
    expect(mountedNotes(ordered, needs('a'), new Set(['gone'])).map((n) => n.id)).toEqual(['a']);
  });
});
