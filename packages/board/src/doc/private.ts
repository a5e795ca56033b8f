import * as Y from 'yjs';
import { createId, isValidBoardId, type NoteId, type UserId, type VoteId } from '../schema/ids';
import { authorIdFor, USER_ID_LENGTH, type BoardIdentity } from '../identity/derive';
import { LIMITS, NOTE_COLORS, type Note, type NoteInit, type Rating } from '../schema/types';
import { clampNoteSize, isColor, isCoordinate, truncate } from '../schema/validate';
import { hasNote, isNoteMap, notesMap, voterVotes, votesMap } from './access';
import { parseVote } from '../votes/parse';
import { stackKey } from '../votes/rules';
import { createNote, readNoteMap, topZ, type CreateNoteOptions } from './notes';
import { readSession } from './session';
import { readSettings } from './board';
import { noteWasDeleted } from './tombstones';
import { transact, type MutationOptions } from './transact';
import {
  canCastVote,
  castVoteInto,
  voterSpending,
  type CastVoteOptions,
  type CastVoteResult,
  type VoteCheck,
  type VoteTarget,
} from './votes';

/*
 * Silent writing and secret voting. While the facilitator keeps either on, a person's new notes (or dots) go into
 * their *private document*: a second Y.Doc with the same `notes` and `votes` roots, which only that person's
 * connections may open. Nobody else receives a byte of it. When the facilitator turns the mode off, the relay
 * copies every private note (or dot) into the board in one transaction and then removes it from the private
 * document. The invariant the relay keeps: private content exists only for a mode that is on.
 */

const USER_ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${USER_ID_LENGTH}}$`);

/** The name of `userId`'s private document on a board: `<boardId>/<userId>`, also its WebSocket path. */
export function privateDocName(boardId: string, userId: UserId): string {
  return `${boardId}/${userId}`;
}

/** Splits a private document name; null when `name` is not one. */
export function parsePrivateDocName(name: string): { boardId: string; userId: UserId } | null {
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const boardId = name.slice(0, slash);
  const userId = name.slice(slash + 1);
  return isValidBoardId(boardId) && USER_ID_PATTERN.test(userId) ? { boardId, userId } : null;
}

/** What one person edits: the shared board, and their private document (null for a projector). */
export interface Workspace {
  board: Y.Doc;
  own: Y.Doc | null;
}

/** The document that holds `noteId` (the board's copy wins while a reveal is in flight), or null. */
export function docWithNote(space: Workspace, noteId: NoteId): Y.Doc | null {
  if (hasNote(space.board, noteId)) return space.board;
  if (space.own && hasNote(space.own, noteId)) return space.own;
  return null;
}

/** True when `noteId` exists only in this person's private document (nobody else can see it yet). */
export function isPrivateNote(space: Workspace, noteId: NoteId): boolean {
  return docWithNote(space, noteId) === space.own && space.own !== null;
}

/** Where new notes go right now: the private document while writing is silent. */
export function docForNewNotes(space: Workspace): Y.Doc {
  return space.own && readSession(space.board).silentWriting ? space.own : space.board;
}

/** Where new dots go right now: the private document while voting is secret. */
export function docForNewVotes(space: Workspace): Y.Doc {
  return space.own && readSession(space.board).secretVoting ? space.own : space.board;
}

const otherDocs = (space: Workspace, doc: Y.Doc): Y.Doc[] =>
  [space.board, space.own].filter((each): each is Y.Doc => each !== null && each !== doc);

/**
 * Creates a note where the session says (privately while writing is silent), above every note on the canvas, with
 * `author` as its author: their user id on a named board, their author tag for this note on an anonymous one.
 */
export function createNoteIn(
  space: Workspace,
  init: NoteInit,
  options: Omit<CreateNoteOptions, 'authorId'> & { author: BoardIdentity },
): NoteId {
  const into = docForNewNotes(space);
  const id = options.id ?? createId();
  const { author, ...rest } = options;
  const authorId = authorIdFor(author, id, readSettings(space.board).anonymous);
  return createNote(into, init, { ...rest, id, authorId, alsoAbove: otherDocs(space, into) });
}

/** A voter's spending over the board and their private document together (secret dots spend the same budget). */
export function spendingIn(space: Workspace, voterId: UserId): ReturnType<typeof voterSpending> {
  return voterSpending(space.own ? [space.board, space.own] : [space.board], voterId);
}

/** Why a dot was not cast: the board's rules, or a public dot on a note that is still private. */
export type CastVoteInResult = CastVoteResult | { ok: false; reason: 'note-private' };

/** A dot going to the board (`into`) on a note that exists only in the voter's private document. */
function isPublicDotOnPrivateNote(space: Workspace, into: Y.Doc, noteId: NoteId | null): boolean {
  return noteId !== null && into !== space.own && isPrivateNote(space, noteId);
}

/** What `canCastVoteIn` answers: the dot may be cast, or why not (as `castVoteIn` would refuse it). */
export type VoteInCheck = VoteCheck | { ok: false; reason: 'note-private' };

/**
 * Checks, without writing, whether `castVoteIn` would cast `voterId`'s dot on `target` (a note, a cluster, or free):
 * what dots may sit on, the budget and stacking rule over public and secret dots together, and a public dot on a
 * still-private note. The web app asks it before offering a vote button, so the button and the cast never disagree.
 */
export function canCastVoteIn(
  space: Workspace,
  voterId: UserId,
  target: Pick<VoteTarget, 'noteId' | 'clusterId' | 'rating'>,
): VoteInCheck {
  if (isPublicDotOnPrivateNote(space, docForNewVotes(space), target.noteId))
    return { ok: false, reason: 'note-private' };
  return canCastVote(space.board, voterId, target, space.own ? [space.own] : []);
}

/**
 * Casts a dot where the session says (privately while voting is secret), under the board's rules. A public dot on
 * one's own still-private note is refused: everyone else's board would hold a dot pointing at nothing.
 */
export function castVoteIn(
  space: Workspace,
  voterId: UserId,
  target: VoteTarget,
  options?: CastVoteOptions,
): CastVoteInResult {
  const into = docForNewVotes(space);
  if (isPublicDotOnPrivateNote(space, into, target.noteId)) return { ok: false, reason: 'note-private' };
  return castVoteInto(into, space.board, space.own ? [space.own] : [], voterId, target, options);
}

/**
 * Takes back `voterId`'s dots on notes that were deleted from the board: they count in no tally, and every dot spends
 * budget until its voter takes it back (votes/rules). A client calls this when it sees notes deleted, so deleting a
 * note gives its voters their votes back. Not an undoable edit of theirs: pass an origin the undo history ignores.
 */
export function retractOrphanedDots(space: Workspace, voterId: UserId, options?: MutationOptions): number {
  let retracted = 0;
  // Only the current round's dots spend budget; earlier rounds are history and are left as they were.
  const { roundId } = readSession(space.board);
  for (const doc of [space.board, space.own]) {
    const dots = doc ? voterVotes(doc, voterId) : undefined;
    if (!doc || !dots) continue;
    const orphans: VoteId[] = [];
    for (const [voteId, raw] of dots) {
      const vote = parseVote(raw);
      const noteId = vote?.noteId;
      if (!noteId || (vote.round ?? null) !== roundId) continue;
      if (noteWasDeleted(space.board, noteId) && docWithNote(space, noteId) === null) orphans.push(voteId);
    }
    if (orphans.length === 0) continue;
    transact(doc, options, () => orphans.forEach((id) => dots.delete(id)));
    retracted += orphans.length;
  }
  return retracted;
}

/** Takes back one of `voterId`'s dots, public or secret. Returns false when there was no such dot. */
export function retractVoteIn(space: Workspace, voterId: UserId, voteId: VoteId, options?: MutationOptions): boolean {
  for (const doc of [space.own, space.board]) {
    const dots = doc ? voterVotes(doc, voterId) : undefined;
    if (doc && dots?.has(voteId)) {
      transact(doc, options, () => dots.delete(voteId));
      return true;
    }
  }
  return false;
}

/** The voter's rating of one note or cluster in the current round (agreement vote), with the dot that holds it. */
export function ratingIn(
  space: Workspace,
  voterId: UserId,
  target: Pick<VoteTarget, 'noteId' | 'clusterId'>,
): { voteId: VoteId; rating: Rating } | null {
  const { roundId } = readSession(space.board);
  const key = stackKey(target);
  for (const doc of [space.own, space.board]) {
    for (const [voteId, raw] of (doc && voterVotes(doc, voterId)) ?? []) {
      const vote = parseVote(raw);
      if (vote?.rating && (vote.round ?? null) === roundId && stackKey(vote) === key) {
        return { voteId, rating: vote.rating };
      }
    }
  }
  return null;
}

/**
 * Rates a note or cluster in an agreement vote: replaces the voter's earlier rating of it, or takes it back when
 * `rating` is the one already given (pressing the chosen rating again clears it). One rating per option is the
 * stacking rule of an agreement vote (votes/ballots.ts), so the old rating goes before the new one is cast.
 */
export function rateIn(
  space: Workspace,
  voterId: UserId,
  target: VoteTarget & { rating: Rating },
  options?: CastVoteOptions,
): CastVoteInResult {
  const before = ratingIn(space, voterId, target);
  if (before?.rating === target.rating) {
    retractVoteIn(space, voterId, before.voteId, options);
    return { ok: true, voteId: before.voteId };
  }
  const check = canCastVoteIn(space, voterId, target);
  // The earlier rating is what makes the stacking rule refuse: it is about to go.
  if (!check.ok && !(before && check.reason === 'stacking-not-allowed')) return check;
  if (before) retractVoteIn(space, voterId, before.voteId, options);
  return castVoteIn(space, voterId, target, options);
}

/** What a private document holds that nobody else has seen yet. */
export interface PendingContent {
  notes: number;
  dots: number;
}

/** Counts the notes and well-formed dots waiting in `ownerId`'s private document. */
export function pendingIn(own: Y.Doc, ownerId: UserId): PendingContent {
  let notes = 0;
  for (const value of notesMap(own).values()) if (isNoteMap(value)) notes++;
  let dots = 0;
  for (const raw of voterVotes(own, ownerId)?.values() ?? []) if (parseVote(raw)) dots++;
  return { notes, dots };
}

/** Which kinds of private content to reveal. */
export interface RevealKinds {
  notes: boolean;
  votes: boolean;
}

/** How revealed notes are written into the board (see `copyRevealed`). */
export interface RevealOptions extends MutationOptions {
  /** The reveal's time (tests pass a fixed one). */
  now?: number;
  /** Random numbers in [0, 1) for the order on anonymous boards; the platform's CSPRNG by default. */
  random?: () => number;
  /**
   * On an anonymous board a revealed note keeps the author tag its author wrote (the relay checked it when the note
   * was written), and the notes of everyone revealed at once are interleaved by `shuffle`, so neither their authors
   * nor their order give away whose they are. On a named board the author is the owner, as they are.
   */
  anonymous?: boolean;
}

/** What `copyRevealed` found in a private document (all of it is in the board afterwards). */
export interface Revealed {
  notes: NoteId[];
  votes: VoteId[];
}

/** The note's values as the board may hold them: anything out of range in a private note is brought into range. */
function sanitized(note: Note): NoteInit & { text: string } {
  const init: NoteInit & { text: string } = {
    text: truncate(note.text, LIMITS.noteTextLength),
    x: isCoordinate(note.x) ? note.x : 0,
    y: isCoordinate(note.y) ? note.y : 0,
    width: clampNoteSize(note.width),
    height: clampNoteSize(note.height),
    color: isColor(note.color) ? note.color : NOTE_COLORS[0],
  };
  if (note.clusterId !== undefined) init.clusterId = note.clusterId;
  // A sketch stays a sketch: its picture (already checked by readNoteMap) comes out with it.
  if (note.image !== undefined) init.image = note.image;
  return init;
}

/** One person's private document to reveal. */
export interface RevealSource {
  own: Y.Doc;
  ownerId: UserId;
}

/**
 * Copies the private notes and/or dots of everyone in `sources` into the board, keeping their ids, so the reveal is
 * idempotent: what the board already has is not copied again (e.g. a relay that crashed between copying and clearing).
 * Notes are stacked above the board: on a named board each person's in their private order and attributed to them
 * whatever the private copy claims; on an anonymous board interleaved at random, each keeping its author tag, with
 * the reveal time as their creation time (so neither order nor timing tells whose they are). Runs in the caller's
 * transaction when there is one, so a relay reveals everyone's content in one update. Returns what each person had.
 */
export function copyRevealed(
  board: Y.Doc,
  sources: readonly RevealSource[],
  kinds: RevealKinds,
  options: RevealOptions = {},
): Map<UserId, Revealed> {
  const revealed = new Map<UserId, Revealed>();
  for (const { ownerId } of sources) revealed.set(ownerId, { notes: [], votes: [] });
  transact(board, options, () => {
    if (kinds.notes) {
      const waiting: Array<{ note: Note; ownerId: UserId }> = [];
      for (const { own, ownerId } of sources) {
        const mine: Note[] = [];
        for (const [id, value] of notesMap(own)) {
          const note = readNoteMap(id, value);
          if (note) mine.push(note);
        }
        mine.sort((a, b) => a.z - b.z || a.createdAt - b.createdAt);
        for (const note of mine) {
          revealed.get(ownerId)!.notes.push(note.id);
          if (!hasNote(board, note.id)) waiting.push({ note, ownerId });
        }
      }
      if (options.anonymous) shuffle(waiting, options.random ?? cryptoRandom);
      // The top is read once, not once per note (a plenary's reveal).
      let top = topZ(board);
      const now = options.now ?? Date.now();
      for (const { note, ownerId } of waiting) {
        createNote(board, sanitized(note), {
          authorId: options.anonymous ? note.authorId : ownerId,
          now: options.anonymous ? now : note.createdAt,
          id: note.id,
          z: ++top,
        });
      }
    }
    if (kinds.votes) for (const source of sources) copyDots(board, source, revealed.get(source.ownerId)!);
  });
  return revealed;
}

function copyDots(board: Y.Doc, { own, ownerId }: RevealSource, revealed: Revealed): void {
  const privateDots = voterVotes(own, ownerId);
  if (!privateDots || privateDots.size === 0) return;
  let dots = voterVotes(board, ownerId);
  for (const [voteId, raw] of privateDots) {
    const vote = parseVote(raw);
    if (!vote) continue;
    revealed.votes.push(voteId);
    if (dots?.has(voteId)) continue;
    if (!dots) {
      dots = new Y.Map();
      votesMap(board).set(ownerId, dots);
    }
    dots.set(voteId, vote);
  }
}

/** A uniform random number in [0, 1) from the platform's CSPRNG (the order of a reveal must not be predictable). */
function cryptoRandom(): number {
  const words = new Uint32Array(1);
  (globalThis as unknown as { crypto: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto.getRandomValues(words);
  return words[0]! / 2 ** 32;
}

/** Fisher–Yates, in place. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Removes what was revealed from the private document (after the board's copy is safely stored). */
export function dropRevealed(own: Y.Doc, ownerId: UserId, revealed: Revealed, options?: MutationOptions): void {
  if (revealed.notes.length === 0 && revealed.votes.length === 0) return;
  transact(own, options, () => {
    const notes = notesMap(own);
    for (const id of revealed.notes) notes.delete(id);
    const dots = voterVotes(own, ownerId);
    if (dots) for (const id of revealed.votes) dots.delete(id);
  });
}
