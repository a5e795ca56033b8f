import * as Y from 'yjs';
import { createId, type RoundId } from '../schema/ids';
import { LIMITS, type Ballot, type DotsOn, type Phase, type Session } from '../schema/types';
import { BoardInputError, requireVoteBudget, truncate } from '../schema/validate';
import { modesOf } from '../rules/phases';
import { stoppedTimer } from '../timer/timer';
import { roundsMap, sessionMap } from './access';
import { phaseTimeKey, readRounds } from './rounds';
import { readSession } from './session';
import { transact, type MutationOptions } from './transact';

/*
 * Running a sprint: the facilitator (or the relay, when a timebox runs out) moves the board from phase to phase. A
 * phase change is one transaction that sets the phase, the secrecy modes that go with it (rules/phases.ts: their
 * effects, such as the reveal, follow from `transition`), the round's record, and stops the timebox.
 */

/** Options of a phase change: `now` is the relay's clock (the web app passes its estimate of it). */
export interface PhaseOptions extends MutationOptions {
  now?: number;
}

/**
 * The vote's rules, chosen when a round goes to Vote, as session values (`votingRules` in votes/ballots.ts turns the
 * facilitator's choice of ballot into them).
 */
export interface VoteRules {
  votesPerPerson?: number;
  allowStacking?: boolean;
  dotsOn?: DotsOn;
  ballot?: Ballot;
}

/** What starting a round takes: its title (optional), the phase it starts in, and its vote's rules. */
export interface RoundStart extends PhaseOptions, VoteRules {
  title?: string;
  /** Write by default; a round voting again on what is there (e.g. on the top clusters) starts at Vote. */
  phase?: Exclude<Phase, 'open'>;
  id?: RoundId;
}

/**
 * Moves the board to `phase`. Outside a round, a round phase starts one (Round 1, 2…); `open` ends the round in
 * progress. Modes follow the phase; the timebox stops (a new phase gets a new timebox).
 */
export function setPhase(doc: Y.Doc, phase: Phase, options: PhaseOptions & VoteRules = {}): void {
  if (phase !== 'open' && readSession(doc).roundId === null) {
    startRound(doc, { ...options, phase });
    return;
  }
  transact(doc, options, () => enterPhase(doc, phase, options));
}

/** Starts a new round (ending the one in progress) in its first phase. Returns its id. */
export function startRound(doc: Y.Doc, start: RoundStart = {}): RoundId {
  const now = Math.floor(start.now ?? Date.now());
  const id = start.id ?? createId();
  transact(doc, start, () => {
    endRoundInProgress(doc, now);
    const number = readRounds(doc).reduce((highest, round) => Math.max(highest, round.number), 0) + 1;
    const round = new Y.Map<unknown>();
    roundsMap(doc).set(id, round);
    round.set('number', number);
    round.set('title', truncate(start.title?.trim() ?? '', LIMITS.roundTitleLength));
    round.set('startedAt', now);
    sessionMap(doc).set('roundId', id);
    enterPhase(doc, start.phase ?? 'write', { ...start, now });
  });
  return id;
}

/** Renames a round (the facilitator's label for the report, e.g. "Second vote: top clusters"). */
export function setRoundTitle(doc: Y.Doc, id: RoundId, title: string, options?: MutationOptions): void {
  const round = roundsMap(doc).get(id);
  if (!(round instanceof Y.Map)) throw new BoardInputError(`there is no round ${id}`);
  transact(doc, options, () => round.set('title', truncate(title.trim(), LIMITS.roundTitleLength)));
}

function enterPhase(doc: Y.Doc, phase: Phase, options: PhaseOptions & VoteRules): void {
  const now = Math.floor(options.now ?? Date.now());
  const before = readSession(doc);
  const changes: Partial<Session> = { phase, ...stoppedTimer(before) };
  if (options.votesPerPerson !== undefined) changes.votesPerPerson = requireVoteBudget(options.votesPerPerson);
  if (options.allowStacking !== undefined) changes.allowStacking = options.allowStacking;
  if (options.dotsOn !== undefined) changes.dotsOn = options.dotsOn;
  if (options.ballot !== undefined) changes.ballot = options.ballot;
  if (phase === 'open') {
    endRoundInProgress(doc, now);
    Object.assign(changes, { roundId: null, silentWriting: false, secretVoting: false });
  } else {
    // The ballot being chosen with this move decides whether the vote is secret (a supervote is not).
    Object.assign(changes, modesOf(phase, { ...before, ballot: changes.ballot ?? before.ballot }));
  }
  const session = sessionMap(doc);
  for (const [key, value] of Object.entries(changes)) if (session.get(key) !== value) session.set(key, value);

  const roundId = phase === 'open' ? null : readSession(doc).roundId;
  const round = roundId === null ? undefined : roundsMap(doc).get(roundId);
  if (phase === 'open' || !(round instanceof Y.Map)) return;
  round.set(phaseTimeKey(phase), now);
  if (phase === 'vote') {
    const rules = readSession(doc);
    round.set('votesPerPerson', rules.votesPerPerson);
    round.set('dotsOn', rules.dotsOn);
    round.set('ballot', rules.ballot);
  }
}

function endRoundInProgress(doc: Y.Doc, now: number): void {
  const { roundId } = readSession(doc);
  const round = roundId === null ? undefined : roundsMap(doc).get(roundId);
  if (round instanceof Y.Map && round.get('endedAt') == null) round.set('endedAt', now);
}
