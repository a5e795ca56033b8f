import * as Y from 'yjs';

/**
 * Gives `note` the fields of a real note, as the web app creates one: the schema notevote's validation checks, so the
 * same update is valid on every server.
 */
export function fillNote(note: Y.Map<unknown>, fields: { text: string; x: number; y: number; authorId: string }): void {
  note.set('text', new Y.Text(fields.text));
  note.set('x', fields.x);
  note.set('y', fields.y);
  note.set('width', 200);
  note.set('height', 200);
  note.set('color', '#ffd54f');
  note.set('authorId', fields.authorId);
  note.set('createdAt', Date.now());
}
