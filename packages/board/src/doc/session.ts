import type * as Y from 'yjs';
import {
  BALLOTS,
  DEFAULT_SESSION,
  DOTS_ON,
  LIMITS,
  PHASES,
  type Ballot,
  type DotsOn,
  type Phase,
  type Session,
} from '../schema/types';
import { requireVoteBudget, BoardInputError } from '../schema/validate';
import { sessionMap } from './access';
import { transact, type MutationOptions } from './transact';

const isPhase = (value: unknown): value is Phase =>
  typeof value === 'string' && (PHASES as readonly string[]).includes(value);
const isDotsOn = (value: unknown): value is DotsOn =>
  typeof value === 'string' && (DOTS_ON as readonly string[]).includes(value);
const isBallot = (value: unknown): value is Ballot =>
  typeof value === 'string' && (BALLOTS as readonly string[]).includes(value);
const nullableNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const nullableDuration = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, LIMITS.maxTimerMs) : null;

type Flag = 'allowStacking' | 'locked' | 'silentWriting' | 'secretVoting' | 'timerAdvances';

const flag = (map: Y.Map<unknown>, key: Flag): boolean => {
  const value = map.get(key);
  return typeof value === 'boolean' ? value : DEFAULT_SESSION[key];
};

/** Reads the session settings, falling back to defaults for anything missing or malformed. */
export function readSession(doc: Y.Doc): Session {
  const map = sessionMap(doc);
  const phase = map.get('phase');
  const votesPerPerson = map.get('votesPerPerson');
  const roundId = map.get('roundId');
  const dotsOn = map.get('dotsOn');
  const ballot = map.get('ballot');
  return {
    phase: isPhase(phase) ? phase : DEFAULT_SESSION.phase,
    votesPerPerson:
      typeof votesPerPerson === 'number' && Number.isInteger(votesPerPerson) && votesPerPerson >= 0
        ? Math.min(votesPerPerson, LIMITS.maxDotsPerPerson)
        : DEFAULT_SESSION.votesPerPerson,
    allowStacking: flag(map, 'allowStacking'),
    locked: flag(map, 'locked'),
    silentWriting: flag(map, 'silentWriting'),
    secretVoting: flag(map, 'secretVoting'),
    roundId: typeof roundId === 'string' && roundId.length > 0 ? roundId : null,
    dotsOn: isDotsOn(dotsOn) ? dotsOn : DEFAULT_SESSION.dotsOn,
    ballot: isBallot(ballot) ? ballot : DEFAULT_SESSION.ballot,
    timerEndsAt: nullableNumber(map.get('timerEndsAt')),
    timerDurationMs: nullableDuration(map.get('timerDurationMs')),
    timerPausedMs: nullableDuration(map.get('timerPausedMs')),
    timerAdvances: flag(map, 'timerAdvances'),
  };
}

/** Changes session settings (facilitator only; the relay enforces who may). Only the given keys are written. */
export function updateSession(doc: Y.Doc, changes: Partial<Session>, options?: MutationOptions): void {
  if (changes.votesPerPerson !== undefined) requireVoteBudget(changes.votesPerPerson);
  if (changes.phase !== undefined && !isPhase(changes.phase)) {
    throw new BoardInputError(`phase must be one of ${PHASES.join(', ')}, got ${String(changes.phase)}`);
  }
  if (changes.dotsOn !== undefined && !isDotsOn(changes.dotsOn)) {
    throw new BoardInputError(`dotsOn must be one of ${DOTS_ON.join(', ')}, got ${String(changes.dotsOn)}`);
  }
  if (changes.ballot !== undefined && !isBallot(changes.ballot)) {
    throw new BoardInputError(`ballot must be one of ${BALLOTS.join(', ')}, got ${String(changes.ballot)}`);
  }
  const map = sessionMap(doc);
  transact(doc, options, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  });
}
