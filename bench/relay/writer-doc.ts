import * as Y from 'yjs';
import { fillNote } from './note-fields';

/** One Yjs struct id packed into a number, to look up when an update was sent. Client ids are kept below 2^30. */
export const structKey = (client: number, clock: number): number => client * 4_194_304 + clock;

/**
 * A writer's own small document: the note it created, nothing of anyone else's. Setting `x` on its own note makes
 * an update that references only the writer's own structs, so it is valid against any copy of the board without
 * the writer holding the board (and notevote's validation sees an ordinary participant moving its note).
 */
export class WriterDoc {
  private readonly doc = new Y.Doc();
  private readonly note = new Y.Map<unknown>();
  private lastUpdate: Uint8Array | null = null;

  constructor(
    readonly clientId: number,
    private readonly noteId: string,
    private readonly authorId: string,
  ) {
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array) => {
      this.lastUpdate = update;
    });
  }

  /** The update that creates the note (a real note: text, position, size, colour, author). */
  createNote(text: string): Uint8Array {
    return this.change(() => {
      fillNote(this.note, { text, x: 0, y: 0, authorId: this.authorId });
      this.doc.getMap('notes').set(this.noteId, this.note);
    });
  }

  /** Moves the note (one struct); `key` identifies that struct in whatever update the server relays. */
  move(x: number): { update: Uint8Array; key: number } {
    const clock = Y.getState(this.doc.store, this.clientId);
    return { update: this.change(() => this.note.set('x', x)), key: structKey(this.clientId, clock) };
  }

  /** What the server is missing of this document, for answering its sync step 1. */
  diffFor(stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  private change(edit: () => void): Uint8Array {
    this.doc.transact(edit);
    const update = this.takeUpdate();
    if (!update) throw new Error('the edit changed nothing');
    return update;
  }

  private takeUpdate(): Uint8Array | null {
    const update = this.lastUpdate;
    this.lastUpdate = null;
    return update;
  }
}
