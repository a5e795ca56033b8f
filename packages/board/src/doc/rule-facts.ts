import type * as Y from 'yjs';
import type { ClusterId, NoteId, UserId, VoteId } from '../schema/ids';
import { NOTE_KEYS } from '../schema/types';
import type { DotTarget, NoteFact, RuleFacts } from '../rules/actions';
import type { Where } from '../rules/changes';
import { parseVote } from '../votes/parse';
import { clustersMap, hasNote, isNoteMap, notesMap, voterVotes } from './access';
import { readDecider } from './deciders';
import type { Workspace } from './private';
import { readSession } from './session';
import { noteWasDeleted } from './tombstones';
import { voterDots } from './votes';

/**
 * The facts `authorize` needs, read from a person's workspace: the board and (if they have one) their private
 * document. The relay builds the same workspace for the sender of an update; the web app has its own.
 */
export function workspaceFacts(space: Workspace, where: Where): RuleFacts {
  const docOf = (place: Where): Y.Doc | null => (place === 'board' ? space.board : space.own);
  const round = () => readSession(space.board).roundId;
  return {
    note(noteId: NoteId): NoteFact | undefined {
      const doc = docOf(where);
      if (!doc) return undefined;
      const note = notesMap(doc).get(noteId);
      if (isNoteMap(note)) {
        const authorId = note.get(NOTE_KEYS.authorId);
        return { live: true, authorId: typeof authorId === 'string' ? authorId : null };
      }
      return notesMap(doc)._map.has(noteId) ? { live: false, authorId: null } : undefined;
    },
    dotTarget(noteId: NoteId): DotTarget {
      if (hasNote(space.board, noteId)) return 'board';
      if (space.own && hasNote(space.own, noteId)) return 'private';
      if (noteWasDeleted(space.board, noteId) || (space.own && noteWasDeleted(space.own, noteId))) return 'deleted';
      return 'unknown';
    },
    ballot(voterId: UserId, place: Where) {
      const doc = docOf(place);
      return doc ? voterDots(doc, voterId, round()) : new Map();
    },
    dotWasRemoved(voterId: UserId, voteId: VoteId) {
      const item = voterVotes(space.board, voterId)?._map.get(voteId);
      return item !== undefined && item.deleted;
    },
    hasCluster(clusterId: ClusterId) {
      return clustersMap(space.board).has(clusterId);
    },
    decider(userId: UserId) {
      return readDecider(space.board, userId);
    },
    holdsEarlierDots(voterId: UserId, place: Where) {
      const doc = docOf(place);
      const current = round();
      for (const raw of (doc && voterVotes(doc, voterId)?.values()) ?? []) {
        const vote = parseVote(raw);
        if (vote && (vote.round ?? null) !== current) return true;
      }
      return false;
    },
  };
}
