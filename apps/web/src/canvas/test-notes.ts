import type { Note } from '@notevote/board';

/** A plain 100 × 100 note for canvas tests; pass only what a test is about. */
export function testNote(id: string, fields: Partial<Omit<Note, 'id'>> = {}): Note {
  return {
    id,
    text: '',
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    color: '#fff475',
    authorId: 'u',
    createdAt: 0,
    z: 0,
    ...fields,
  };
}
