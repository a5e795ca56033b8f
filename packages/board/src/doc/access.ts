import * as Y from 'yjs';
import { ROOT } from '../schema/types';
import type { NoteId, UserId, VoteId } from '../schema/ids';
import type { Person, Vote } from '../schema/types';
import { parseVote } from '../votes/parse';

/** A note's shared map: `text` is a Y.Text, every other key a plain value (see NOTE_KEYS). */
export type NoteMap = Y.Map<unknown>;
/** One voter's dots, keyed by vote id. Only that voter writes here, which keeps ownership structural. */
export type VoterVotes = Y.Map<Vote>;

/** The `meta` map: schemaVersion, title, createdAt. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

/** The `notes` map: note id → NoteMap. */
export function notesMap(doc: Y.Doc): Y.Map<NoteMap> {
  return doc.getMap<NoteMap>(ROOT.notes);
}

/** The `votes` map: voter id → that voter's dots. */
export function votesMap(doc: Y.Doc): Y.Map<VoterVotes> {
  return doc.getMap<VoterVotes>(ROOT.votes);
}

/** The `people` map: user id → { name, color }. */
export function peopleMap(doc: Y.Doc): Y.Map<Person> {
  return doc.getMap<Person>(ROOT.people);
}

/** The `session` map, written by the facilitator. */
export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.session);
}

/** The `rounds` map: round id → that round's record (a Y.Map; see `readRounds`). */
export function roundsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.rounds);
}

/** The `clusters` map: cluster id → { name, createdAt }. */
export function clustersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.clusters);
}

/** The `deciders` map: user id → { name, accepted } (supervotes). */
export function decidersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.deciders);
}

/** True when `value` is a note's shared map (third-party writers may leave other values under `notes`). */
export function isNoteMap(value: unknown): value is NoteMap {
  return value instanceof Y.Map;
}

/** The dots of one voter, or undefined when they never voted. */
export function voterVotes(doc: Y.Doc, voterId: UserId): VoterVotes | undefined {
  const entry = votesMap(doc).get(voterId);
  return entry instanceof Y.Map ? entry : undefined;
}

/** Every well-formed vote in the document, with its voter and id. */
export function* allVotes(doc: Y.Doc): Generator<{ voterId: UserId; voteId: VoteId; vote: Vote }> {
  for (const [voterId, dots] of votesMap(doc)) {
    if (!(dots instanceof Y.Map)) continue;
    for (const [voteId, raw] of dots) {
      const vote = parseVote(raw);
      if (vote) yield { voterId, voteId, vote };
    }
  }
}

/** True when the note exists. */
export function hasNote(doc: Y.Doc, noteId: NoteId): boolean {
  return isNoteMap(notesMap(doc).get(noteId));
}
