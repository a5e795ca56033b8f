import * as Y from 'yjs';
import { fillNote } from './note-fields';

const NOTE_TEXT_LENGTH = 1_000;

/**
 * A board update of about `bytes` bytes: notes with long texts, as after a big brainstorm. Built in one
 * transaction by one client, so it is one self-contained update a facilitator can send.
 */
export function largeBoardUpdate(clientId: number, authorId: string, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const notes = doc.getMap<Y.Map<unknown>>('notes');
  const noteCount = Math.max(1, Math.round(bytes / (NOTE_TEXT_LENGTH + 120)));
  doc.transact(() => {
    for (let i = 0; i < noteCount; i++) {
      const note = new Y.Map<unknown>();
      const words = `idea ${i} `.repeat(Math.ceil(NOTE_TEXT_LENGTH / 8)).slice(0, NOTE_TEXT_LENGTH);
      fillNote(note, { text: words, x: (i % 40) * 220, y: Math.floor(i / 40) * 220, authorId });
      notes.set(`big${i}`, note);
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
