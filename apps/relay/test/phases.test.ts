import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  allVotes,
  castVote,
  castVoteIn,
  computeTally,
  createNote,
  createNoteIn,
  privateDocName,
  readNotes,
  readRound,
  readSession,
  setPhase,
  setTimerAdvances,
  startRound,
  startTimer,
  voterVotes,
  type BoardIdentity,
  type NoteId,
  type Phase,
  type Tally,
} from '@notevote/board';
import { createMemoryStore } from '../src/storage/memory-store';
import { openSqliteStore } from '../src/storage/sqlite-store';
import type { DocStore } from '../src/storage/types';
import { CloseCode } from '../src/sync/close-codes';
import { record, type Recorder } from './recorder';
import {
  attemptChange,
  connectClient,
  deferCleanups,
  deviceKey,
  spawnRelay,
  startRelayClosedAfter,
  tempDir,
  waitFor,
  type Access,
  type AccessIssuer,
  joinWithPrivateDoc,
} from './helpers';

/*
 * Running a sprint through the relay, with the stock y-websocket client: a facilitator moves a round through its
 * phases (setPhase, as the web app does), participants write and vote as the web app would (into their private
 * documents while a phase keeps them secret), and raw recorders in other roles prove what they received and when.
 * Then the relay's phase clock: a timebox with auto-advance ends the phase by itself — live, after the board was
 * unloaded, and after the relay was restarted.
 */

const cleanups = deferCleanups();
/** Generous: the machine running the tests may be busy. Nothing here asserts how fast anything happens. */
const EVENTUALLY_MS = 15_000;

interface Endpoint {
  wsUrl: string;
  access: AccessIssuer;
}

/** Someone on the board: their board client and the client of their private document. */
interface Person {
  userId: string;
  identity: BoardIdentity;
  access: Access;
  board: WebsocketProvider;
  own: WebsocketProvider;
}

async function join(endpoint: Endpoint, boardId: string, role: 'facilitator' | 'participant'): Promise<Person> {
  return joinWithPrivateDoc(endpoint.wsUrl, boardId, await endpoint.access(boardId, role, deviceKey()), cleanups);
}

const space = (person: Person) => ({ board: person.board.doc, own: person.own.doc });
const sessionOf = (person: Person) => readSession(person.board.doc);

/** The facilitator moves the board to `phase` (the relay's clock is this machine's), and everyone sees it. */
async function movePhase(facilitator: Person, everyone: Person[], phase: Phase): Promise<void> {
  setPhase(facilitator.board.doc, phase, { now: Date.now() });
  for (const person of everyone) await waitFor(() => sessionOf(person).phase === phase, `${phase} to reach everyone`);
}

/**
 * Every distinct value `read` takes in a recorder's replica, one per update the relay sent. Content revealed "at
 * once" goes from nothing to everything in one step.
 */
function stepsOf<T>(recorder: Recorder, read: (doc: Y.Doc) => T): T[] {
  const steps: T[] = [read(recorder.shadow)];
  recorder.shadow.on('afterTransaction', () => {
    const value = read(recorder.shadow);
    if (value !== steps.at(-1)) steps.push(value);
  });
  return steps;
}

const noteCount = (doc: Y.Doc) => readNotes(doc).length;
const dotCount = (doc: Y.Doc) => [...allVotes(doc)].length;

/** Sends one change the honest client would not (see `attemptChange`). */
const attempt = (wsUrl: string, name: string, access: Access, replicaOf: Y.Doc, change: (doc: Y.Doc) => void) =>
  attemptChange(wsUrl, name, access, replicaOf, change, cleanups);

/** Votes per note, derived from the dots cast (what the tally must show). */
function expectedVotes(
  cast: ReadonlyArray<{ voter: string; noteId: NoteId }>,
): Map<NoteId, { votes: number; voters: number }> {
  const byNote = new Map<NoteId, string[]>();
  for (const { voter, noteId } of cast) byNote.set(noteId, [...(byNote.get(noteId) ?? []), voter]);
  return new Map(
    [...byNote].map(([noteId, voters]) => [noteId, { votes: voters.length, voters: new Set(voters).size }]),
  );
}

const votesOf = (tally: Tally) => new Map([...tally.notes].map(([id, { votes, voters }]) => [id, { votes, voters }]));

describe('a round run through the relay', () => {
  it('keeps notes private until Reveal and dots secret until Results, per round, enforcing each phase', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const boardId = 'sprint-round';
    const facilitator = await join(r, boardId, 'facilitator');
    const amina = await join(r, boardId, 'participant');
    const bruno = await join(r, boardId, 'participant');
    const everyone = [facilitator, amina, bruno];
    // A raw participant and the projector record every byte the relay sends them.
    const recorders = [
      await record(r.wsUrl, boardId, await r.access(boardId, 'participant'), cleanups),
      await record(r.wsUrl, boardId, await r.access(boardId, 'projector'), cleanups),
    ];
    const noteSteps = recorders.map((recorder) => stepsOf(recorder, noteCount));
    const dotSteps = recorders.map((recorder) => stepsOf(recorder, dotCount));

    // Write: silent writing; new notes go to each author's private document.
    await movePhase(facilitator, everyone, 'write');
    const round1 = sessionOf(facilitator).roundId!;
    expect(sessionOf(amina)).toMatchObject({ silentWriting: true, secretVoting: false, roundId: round1 });
    const aminaNote = createNoteIn(
      space(amina),
      { x: 0, y: 0, text: 'SECRET-amina-shared-evidence' },
      { author: amina.identity },
    );
    const brunoNote = createNoteIn(
      space(bruno),
      { x: 300, y: 0, text: 'SECRET-bruno-legal-aid' },
      { author: bruno.identity },
    );
    expect(readNotes(amina.own.doc).map((note) => note.id)).toEqual([aminaNote]);
    // The counts everyone sees say two notes are waiting, so the relay has both.
    for (const recorder of recorders)
      await waitFor(() => (recorder.latestSummary() as { notes?: number } | null)?.notes === 2, 'the counts');
    for (const recorder of recorders) {
      expect(recorder.received('SECRET-')).toBe(false);
      expect(noteCount(recorder.shadow)).toBe(0);
    }
    expect(noteCount(facilitator.board.doc)).toBe(0);

    // Reveal: every note appears at once.
    await movePhase(facilitator, everyone, 'reveal');
    for (const recorder of recorders)
      await waitFor(() => noteCount(recorder.shadow) === 2, 'the notes to be revealed', EVENTUALLY_MS);
    for (const steps of noteSteps) expect(steps).toEqual([0, 2]);
    expect(
      readNotes(recorders[1]!.shadow)
        .map((note) => note.text)
        .sort(),
    ).toEqual(['SECRET-amina-shared-evidence', 'SECRET-bruno-legal-aid']);
    await waitFor(() => noteCount(amina.board.doc) === 2 && noteCount(bruno.board.doc) === 2, 'everyone to see them');

    // Vote: secret dots within the round's budget.
    setPhase(facilitator.board.doc, 'vote', { now: Date.now(), votesPerPerson: 2 });
    for (const person of everyone)
      await waitFor(() => sessionOf(person).phase === 'vote' && sessionOf(person).votesPerPerson === 2, 'Vote');
    expect(sessionOf(amina)).toMatchObject({ silentWriting: false, secretVoting: true });
    const cast: Array<{ voter: string; noteId: NoteId }> = [];
    const vote = (person: Person, noteId: NoteId) => {
      const result = castVoteIn(space(person), person.userId, { noteId, x: 10, y: 10 });
      if (result.ok) cast.push({ voter: person.userId, noteId });
      return result;
    };
    expect(vote(amina, brunoNote).ok).toBe(true);
    expect(vote(amina, aminaNote).ok).toBe(true);
    expect(vote(amina, aminaNote)).toMatchObject({ ok: false, reason: 'budget-exhausted' });
    expect(vote(bruno, brunoNote).ok).toBe(true);
    for (const recorder of recorders)
      await waitFor(() => (recorder.latestSummary() as { dots?: number } | null)?.dots === 3, 'the dot counts');
    for (const recorder of recorders) expect(dotCount(recorder.shadow)).toBe(0);
    expect(dotCount(facilitator.board.doc)).toBe(0);

    // What the web app never sends is refused: a public dot during secret voting, a dot without its round, a note.
    expect(
      await attempt(r.wsUrl, boardId, amina.access, amina.board.doc, (doc) => {
        castVote(doc, amina.userId, { noteId: aminaNote, x: 1, y: 1 });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'secret-voting' });
    expect(
      await attempt(r.wsUrl, privateDocName(boardId, bruno.userId), bruno.access, bruno.own.doc, (doc) => {
        voterVotes(doc, bruno.userId)!.set('no-round', { noteId: aminaNote, x: 1, y: 1, at: Date.now() });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'wrong-round' });
    expect(
      await attempt(r.wsUrl, boardId, bruno.access, bruno.board.doc, (doc) => {
        createNote(doc, { x: 0, y: 400, text: 'late idea' }, { authorId: bruno.userId });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'phase-closed' });

    // Results: every dot appears at once, and the tally is the votes cast.
    await movePhase(facilitator, everyone, 'results');
    for (const recorder of recorders)
      await waitFor(() => dotCount(recorder.shadow) === 3, 'the dots to be shown', EVENTUALLY_MS);
    for (const steps of dotSteps) expect(steps).toEqual([0, 3]);
    for (const recorder of recorders) expect(votesOf(computeTally(recorder.shadow))).toEqual(expectedVotes(cast));
    expect(
      await attempt(r.wsUrl, privateDocName(boardId, amina.userId), amina.access, amina.own.doc, (doc) => {
        createNote(doc, { x: 0, y: 400, text: 'after the vote' }, { authorId: amina.userId });
      }),
    ).toEqual({ code: CloseCode.forbidden, reason: 'phase-closed' });

    // Back to Vote: voting reopens (secret again), and Bruno spends his second dot.
    await movePhase(facilitator, everyone, 'vote');
    expect(sessionOf(bruno).secretVoting).toBe(true);
    expect(vote(bruno, aminaNote).ok).toBe(true);
    await waitFor(() => (recorders[1]!.latestSummary() as { dots?: number } | null)?.dots === 1, 'the new dot count');
    await movePhase(facilitator, everyone, 'results');
    for (const recorder of recorders)
      await waitFor(() => dotCount(recorder.shadow) === 4, 'the reopened vote to be shown', EVENTUALLY_MS);
    const round1Tally = votesOf(computeTally(recorders[1]!.shadow, { round: round1 }));
    expect(round1Tally).toEqual(expectedVotes(cast));

    // A second round votes again: round 1's dots do not spend its budget, and round 1's tally stays as it was.
    startRound(facilitator.board.doc, { now: Date.now(), phase: 'vote', votesPerPerson: 2, title: 'Top ideas' });
    const round2 = sessionOf(facilitator).roundId!;
    expect(round2).not.toBe(round1);
    for (const person of everyone) await waitFor(() => sessionOf(person).roundId === round2, 'round 2');
    const cast2: Array<{ voter: string; noteId: NoteId }> = [];
    for (const noteId of [aminaNote, brunoNote]) {
      expect(castVoteIn(space(amina), amina.userId, { noteId, x: 20, y: 20 }).ok).toBe(true);
      cast2.push({ voter: amina.userId, noteId });
    }
    await waitFor(() => (recorders[1]!.latestSummary() as { dots?: number } | null)?.dots === 2, 'round 2 counts');
    await movePhase(facilitator, everyone, 'results');
    for (const recorder of recorders) {
      await waitFor(() => dotCount(recorder.shadow) === 6, "round 2's dots to be shown", EVENTUALLY_MS);
      expect(votesOf(computeTally(recorder.shadow, { round: round2 }))).toEqual(expectedVotes(cast2));
      expect(votesOf(computeTally(recorder.shadow, { round: round1 }))).toEqual(round1Tally);
    }
    expect(readRound(recorders[1]!.shadow, round1)?.endedAt).not.toBeNull();
  });
});

/** A board in Write with one private note stored, and a running timebox of `ms` with auto-advance on. */
async function writingWithTimebox(endpoint: Endpoint, boardId: string, ms: number) {
  const facilitator = await join(endpoint, boardId, 'facilitator');
  const amina = await join(endpoint, boardId, 'participant');
  await movePhase(facilitator, [facilitator, amina], 'write');
  createNoteIn(space(amina), { x: 0, y: 0, text: 'SECRET-written-before-the-bell' }, { author: amina.identity });
  // Her second device receives the note only once the relay has stored it.
  const phone = connectClient(endpoint.wsUrl, privateDocName(boardId, amina.userId), amina.access);
  cleanups.push(() => phone.destroy());
  await waitFor(() => noteCount(phone.doc) === 1, 'the private note to be stored');
  phone.destroy();
  setTimerAdvances(facilitator.board.doc, true);
  startTimer(facilitator.board.doc, ms, { now: Date.now() });
  const endsAt = sessionOf(facilitator).timerEndsAt!;
  // Relayed to Amina means stored.
  await waitFor(() => sessionOf(amina).timerEndsAt === endsAt, 'the timebox to be stored');
  return {
    facilitator,
    amina,
    endsAt,
    leave: () => [facilitator, amina].forEach((p) => (p.board.destroy(), p.own.destroy())),
  };
}

/** Resolves once the relay's clock (this machine's) has passed `time`. */
async function until(time: number): Promise<void> {
  while (Date.now() <= time) await new Promise((resolve) => setTimeout(resolve, Math.max(1, time - Date.now() + 1)));
}

/** The board's phase as stored (read with the store's own load). */
async function storedPhase(store: DocStore, boardId: string): Promise<Phase> {
  const doc = new Y.Doc();
  const stored = await store.load(boardId);
  if (stored) Y.applyUpdate(doc, stored.update);
  return readSession(doc).phase;
}

/** Waits until the projector sees the round moved on to Reveal by the relay, with the note revealed. */
async function expectRevealedByRelay(recorder: Recorder, endsAt: number): Promise<void> {
  await waitFor(
    () => readSession(recorder.shadow).phase === 'reveal' && noteCount(recorder.shadow) === 1,
    'the relay to move on to Reveal',
    EVENTUALLY_MS,
  );
  expect(readNotes(recorder.shadow)[0]?.text).toBe('SECRET-written-before-the-bell');
  const session = readSession(recorder.shadow);
  // The phase change stopped the timebox, so it is not due again; the round records when Reveal began.
  expect(session).toMatchObject({ silentWriting: false, timerEndsAt: null, timerAdvances: true });
  expect(readRound(recorder.shadow, session.roundId!)?.phases.reveal).toBeGreaterThanOrEqual(endsAt);
}

describe('the phase clock', () => {
  it('moves Write on to Reveal when the timebox runs out, and reveals', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const boardId = 'bell';
    const projector = await record(r.wsUrl, boardId, await r.access(boardId, 'projector'), cleanups);
    const { endsAt } = await writingWithTimebox(r, boardId, 300);
    await expectRevealedByRelay(projector, endsAt);
  });

  it('moves on as soon as the board loads again when the timebox ran out while it was unloaded', async () => {
    const store = createMemoryStore();
    const r = await startRelayClosedAfter(cleanups, { unloadDelayMs: 0 }, store);
    const boardId = 'bell-unloaded';
    const { endsAt, leave } = await writingWithTimebox(r, boardId, 1_500);
    leave();
    await waitFor(() => !r.app.rooms.isActive(boardId), 'the board to unload');
    expect(await storedPhase(store, boardId), 'the board unloaded before its timebox ran out').toBe('write');
    await until(endsAt);
    const projector = await record(r.wsUrl, boardId, await r.access(boardId, 'projector'), cleanups);
    await expectRevealedByRelay(projector, endsAt);
  });

  it('moves on as soon as the board loads when the timebox ran out while the relay was stopped', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const boardId = 'bell-restart';
    const first = await spawnRelay(dir);
    cleanups.push(
      () => first.child.kill('SIGKILL'),
      () => first.closeDirectory(),
    );
    const { endsAt, leave } = await writingWithTimebox(first, boardId, 2_000);
    leave();
    first.child.kill('SIGTERM');
    await first.stopped;
    const store = openSqliteStore({ path: path.join(dir, 'notevote.db') });
    try {
      expect(await storedPhase(store, boardId), 'the relay stopped before the timebox ran out').toBe('write');
    } finally {
      await store.close();
    }
    await until(endsAt);

    const second = await spawnRelay(dir);
    cleanups.push(
      () => second.child.kill('SIGKILL'),
      () => second.closeDirectory(),
    );
    const projector = await record(second.wsUrl, boardId, await second.access(boardId, 'projector'), cleanups);
    await expectRevealedByRelay(projector, endsAt);
  }, 60_000);
});
