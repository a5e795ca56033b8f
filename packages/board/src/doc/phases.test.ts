import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from './notes';
import { readRounds } from './rounds';
import { readSession, updateSession } from './session';
import { setPhase, setRoundTitle, startRound } from './phases';
import { extendTimer, pauseTimer, resumeTimer, startTimer, stopTimer } from './timer';
import { castVote, voterSpending } from './votes';

describe('running rounds', () => {
  it('starts Round 1 at Write when the facilitator first picks a phase, with writing silent', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'write', { now: 1_000 });
    const session = readSession(doc);
    expect(session).toMatchObject({ phase: 'write', silentWriting: true, secretVoting: false });
    const [round] = readRounds(doc);
    expect(round).toMatchObject({ id: session.roundId, number: 1, startedAt: 1_000, phases: { write: 1_000 } });
  });

  it('keeps each phase’s start time and the vote’s rules in the round', () => {
    const doc = new Y.Doc();
    startRound(doc, { now: 0, title: 'Cybercrime: first round' });
    setPhase(doc, 'reveal', { now: 100 });
    setPhase(doc, 'vote', { now: 200, votesPerPerson: 3, dotsOn: 'notes', allowStacking: true });
    expect(readSession(doc)).toMatchObject({
      phase: 'vote',
      secretVoting: true,
      silentWriting: false,
      votesPerPerson: 3,
      dotsOn: 'notes',
      allowStacking: true,
    });
    setPhase(doc, 'results', { now: 300 });
    expect(readSession(doc)).toMatchObject({ secretVoting: false, silentWriting: false });
    const [round] = readRounds(doc);
    expect(round).toMatchObject({
      title: 'Cybercrime: first round',
      phases: { write: 0, reveal: 100, vote: 200, results: 300 },
      votesPerPerson: 3,
      dotsOn: 'notes',
      endedAt: null,
    });
    setRoundTitle(doc, round!.id, 'Round one');
    expect(readRounds(doc)[0]!.title).toBe('Round one');
  });

  it('numbers rounds, ends the previous one, and gives each its own budget', () => {
    const doc = new Y.Doc();
    createNote(doc, { x: 0, y: 0, text: 'idea' }, { authorId: 'a', id: 'n1', now: 1 });
    const first = startRound(doc, { now: 10, phase: 'vote', votesPerPerson: 1 });
    expect(castVote(doc, 'bruno', { noteId: 'n1', x: 1, y: 1 }).ok).toBe(true);
    expect(castVote(doc, 'bruno', { noteId: null, x: 1, y: 1 })).toEqual({ ok: false, reason: 'budget-exhausted' });
    const second = startRound(doc, { now: 20, phase: 'vote' });
    expect(voterSpending(doc, 'bruno').spent).toBe(0);
    expect(castVote(doc, 'bruno', { noteId: 'n1', x: 1, y: 1 }).ok).toBe(true);
    const rounds = readRounds(doc);
    expect(rounds.map((r) => [r.id, r.number, r.endedAt])).toEqual([
      [first, 1, 20],
      [second, 2, null],
    ]);
  });

  it('goes back from Vote without showing the dots cast so far, and shows them at Results', () => {
    const doc = new Y.Doc();
    startRound(doc, { now: 0, phase: 'vote' });
    setPhase(doc, 'reveal', { now: 5 });
    expect(readSession(doc)).toMatchObject({ phase: 'reveal', secretVoting: true });
    setPhase(doc, 'vote', { now: 6 });
    setPhase(doc, 'results', { now: 7 });
    expect(readSession(doc).secretVoting).toBe(false);
  });

  it('goes back to open when the round ends', () => {
    const doc = new Y.Doc();
    const id = startRound(doc, { now: 0 });
    setPhase(doc, 'open', { now: 50 });
    expect(readSession(doc)).toMatchObject({ phase: 'open', roundId: null, silentWriting: false, secretVoting: false });
    expect(readRounds(doc)[0]).toMatchObject({ id, endedAt: 50 });
  });

  it('stops the timebox when the phase changes, keeping its length', () => {
    const doc = new Y.Doc();
    startRound(doc, { now: 0 });
    startTimer(doc, 180_000, { now: 0 });
    setPhase(doc, 'reveal', { now: 1_000 });
    expect(readSession(doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: null, timerDurationMs: 180_000 });
  });
});

describe('the timebox in the document', () => {
  it('starts, pauses, resumes, extends and stops in the relay clock', () => {
    const doc = new Y.Doc();
    startTimer(doc, 60_000, { now: 1_000 });
    expect(readSession(doc).timerEndsAt).toBe(61_000);
    pauseTimer(doc, { now: 21_000 });
    expect(readSession(doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: 40_000 });
    extendTimer(doc, 60_000, { now: 30_000 });
    expect(readSession(doc)).toMatchObject({ timerPausedMs: 100_000 });
    resumeTimer(doc, { now: 50_000 });
    expect(readSession(doc)).toMatchObject({ timerEndsAt: 150_000, timerPausedMs: null });
    stopTimer(doc);
    expect(readSession(doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: null });
  });

  it('refuses a timebox of nothing or of more than a day, and keeps extensions within a day', () => {
    const doc = new Y.Doc();
    expect(() => startTimer(doc, 0, { now: 0 })).toThrow(/timebox/);
    expect(() => startTimer(doc, 86_400_001, { now: 0 })).toThrow(/timebox/);
    startTimer(doc, 86_000_000, { now: 0 });
    pauseTimer(doc, { now: 0 });
    extendTimer(doc, 3_600_000, { now: 0 });
    expect(readSession(doc).timerPausedMs).toBe(86_400_000);
  });

  it('reads a malformed timer as no timer', () => {
    const doc = new Y.Doc();
    updateSession(doc, {});
    doc.getMap('session').set('timerPausedMs', -5);
    doc.getMap('session').set('timerEndsAt', 'soon');
    expect(readSession(doc)).toMatchObject({ timerPausedMs: null, timerEndsAt: null });
  });
});
