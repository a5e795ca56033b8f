import type * as Y from 'yjs';
import { DEFAULT_SESSION, PHASES, type Phase, type Session } from '../schema/types';
import { requireVoteBudget, BoardInputError } from '../schema/validate';
import { sessionMap } from './access';
import { transact, type MutationOptions } from './transact';

const isPhase = (value: unknown): value is Phase =>
  typeof value === 'string' && (PHASES as readonly string[]).includes(value);
const nullableNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

type Flag = 'allowStacking' | 'locked' | 'silentWriting' | 'secretVoting';

const flag = (map: Y.Map<unknown>, key: Flag): boolean => {
  const value = map.get(key);
  return typeof value === 'boolean' ? value : DEFAULT_SESSION[key];
};

/** Reads the session settings, falling back to defaults for anything missing or malformed. */
export function readSession(doc: Y.Doc): Session {
  const map = sessionMap(doc);
  const phase = map.get('phase');
  const votesPerPerson = map.get('votesPerPerson');
  return {
    phase: isPhase(phase) ? phase : DEFAULT_SESSION.phase,
    votesPerPerson:
      typeof votesPerPerson === 'number' && Number.isInteger(votesPerPerson) && votesPerPerson >= 0
        ? votesPerPerson
        : DEFAULT_SESSION.votesPerPerson,
    allowStacking: flag(map, 'allowStacking'),
    locked: flag(map, 'locked'),
    silentWriting: flag(map, 'silentWriting'),
    secretVoting: flag(map, 'secretVoting'),
    timerEndsAt: nullableNumber(map.get('timerEndsAt')),
    timerDurationMs: nullableNumber(map.get('timerDurationMs')),
  };
}

/** Changes session settings (facilitator only; the relay enforces who may). Only the given keys are written. */
export function updateSession(doc: Y.Doc, changes: Partial<Session>, options?: MutationOptions): void {
  if (changes.votesPerPerson !== undefined) requireVoteBudget(changes.votesPerPerson);
  if (changes.phase !== undefined && !isPhase(changes.phase)) {
    throw new BoardInputError(`phase must be one of ${PHASES.join(', ')}, got ${String(changes.phase)}`);
  }
  const map = sessionMap(doc);
  transact(doc, options, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  });
}
