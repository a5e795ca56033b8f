import type { NoteId } from '../schema/ids';
import type { Decider } from '../schema/types';
import { parseVote } from '../votes/parse';
import type { Action } from './actions';
import type { DocChange, Where } from './changes';
import { BOARD_SCHEMA, slotAt, type DocumentSchema, type Slot } from './document';
import type { RefusalCode } from './refusals';
import { fitsWritten } from './shapes';

/**
 * Turns what an update does to places into what it means (actions), checking every written value against the
 * schema on the way. Fields written into a note created by the same update are part of creating it; removals inside
 * a note deleted by the same update are part of deleting it.
 */
export function interpretChanges(
  changes: readonly DocChange[],
  where: Where,
  schema: DocumentSchema,
): { actions: Action[] } | { refusal: RefusalCode } {
  const placed: Array<{ change: Exclude<DocChange, { op: 'stray' }>; slot: Slot }> = [];
  for (const change of changes) {
    const found = slotAt(schema, change.root, change.op === 'stray' ? [] : change.keys);
    if ('missing' in found && (change.op !== 'stray' || found.missing === 'root')) {
      return { refusal: missingPlace(change.root, where, found.missing) };
    }
    if (change.op === 'stray' || 'missing' in found) return { refusal: 'invalid-value' };
    const { slot } = found;
    if (change.op === 'put' && !fitsWritten(slot.shape, change.written)) return { refusal: 'invalid-value' };
    if (change.op === 'text' && !(slot.shape.kind === 'text' && change.length <= slot.shape.maxLength)) {
      return { refusal: 'invalid-value' };
    }
    placed.push({ change, slot });
  }

  const created = new Map<NoteId, Set<string>>();
  const deleted = new Set<NoteId>();
  for (const { change, slot } of placed) {
    if (slot.act !== 'note') continue;
    const noteId = change.keys[0]!;
    if (change.op === 'put') created.set(noteId, new Set());
    else if (change.op === 'remove') deleted.add(noteId);
  }

  const actions: Action[] = [];
  const authorOf = new Map<NoteId, string>();
  for (const { change, slot } of placed) {
    const [first = '', second = ''] = change.keys;
    const noteFields = created.get(first);
    switch (slot.act) {
      case 'note':
        if (change.op === 'put') actions.push({ type: 'create-note', noteId: first, authorId: null });
        else actions.push({ type: 'delete-note', noteId: first });
        break;
      case 'note-text':
      case 'note-layout':
      case 'note-fixed':
        if (noteFields && change.op !== 'remove') {
          noteFields.add(second);
          if (
            slot.act === 'note-fixed' &&
            second === 'authorId' &&
            change.op === 'put' &&
            change.written.kind === 'value'
          )
            authorOf.set(first, change.written.value as string);
        } else if (change.op !== 'put' && deleted.has(first)) {
          // Part of deleting the note.
        } else if (slot.act === 'note-text') actions.push({ type: 'edit-note', noteId: first });
        else if (slot.act === 'note-layout') actions.push({ type: 'arrange-note', noteId: first });
        else actions.push({ type: 'change-fixed-field', noteId: first });
        break;
      case 'ballot':
        actions.push({ type: change.op === 'put' ? 'open-ballot' : 'clear-ballot', voterId: first });
        break;
      case 'dot':
        if (change.op === 'put') {
          const vote = change.written.kind === 'value' ? parseVote(change.written.value) : null;
          if (!vote) return { refusal: 'invalid-value' };
          actions.push({ type: 'add-dot', voterId: first, voteId: second, vote });
        } else {
          // The dot taken away, when the update says (a plain value it overwrote or deleted): its round matters.
          const taken = change.op === 'remove' && change.previous !== undefined ? parseVote(change.previous) : null;
          actions.push({
            type: 'remove-dot',
            voterId: first,
            voteId: second,
            ...(taken ? { round: taken.round ?? null } : {}),
          });
        }
        break;
      case 'cluster':
        actions.push({ type: 'arrange-cluster', clusterId: first });
        break;
      case 'round':
        actions.push({ type: 'change-round', roundId: first });
        break;
      case 'person':
        actions.push({ type: 'set-person', userId: first });
        break;
      case 'decider':
        actions.push({
          type: 'set-decider',
          userId: first,
          entry: change.op === 'put' && change.written.kind === 'value' ? (change.written.value as Decider) : null,
        });
        break;
      case 'settings':
        actions.push({ type: 'change-settings', key: first });
        break;
      case 'title':
        actions.push({ type: 'change-title' });
        break;
      case 'language':
        actions.push({ type: 'change-language' });
        break;
      case 'relay':
        actions.push({ type: 'write-relay-field', key: first });
        break;
    }
  }

  // A new note must arrive whole, so every reader finds its required fields.
  for (const [noteId, fields] of created) {
    const required = (slotAt(schema, 'notes', [noteId]) as { slot: Slot }).slot.required ?? [];
    if (!required.every((field) => fields.has(field))) return { refusal: 'invalid-value' };
  }
  for (const action of actions) {
    if (action.type === 'create-note') action.authorId = authorOf.get(action.noteId) ?? null;
  }
  return { actions };
}

function missingPlace(root: string, where: Where, missing: 'root' | 'key'): RefusalCode {
  if (missing === 'root' && where === 'private' && Object.prototype.hasOwnProperty.call(BOARD_SCHEMA, root)) {
    return 'private-scope';
  }
  return 'outside-schema';
}
