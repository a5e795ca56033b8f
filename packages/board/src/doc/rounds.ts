import * as Y from 'yjs';
import type { RoundId } from '../schema/ids';
import {
  BALLOTS,
  DOTS_ON,
  LIMITS,
  ROUND_PHASES,
  type Ballot,
  type DotsOn,
  type Round,
  type RoundPhase,
} from '../schema/types';
import { truncate } from '../schema/validate';
import { roundsMap } from './access';

/** The key under which a round keeps when `phase` last began. */
export const phaseTimeKey = (phase: RoundPhase): string => `${phase}At`;

const time = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** Reads one round's record, or null when it is not a round (third-party writers may leave anything). */
export function readRoundMap(id: RoundId, value: unknown): Round | null {
  if (!(value instanceof Y.Map)) return null;
  const number = value.get('number');
  const title = value.get('title');
  const votesPerPerson = value.get('votesPerPerson');
  const dotsOn = value.get('dotsOn');
  const ballot = value.get('ballot');
  const phases: Partial<Record<RoundPhase, number>> = {};
  for (const phase of ROUND_PHASES) {
    const at = time(value.get(phaseTimeKey(phase)));
    if (at !== null) phases[phase] = at;
  }
  return {
    id,
    number: typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : 0,
    title: typeof title === 'string' ? truncate(title, LIMITS.roundTitleLength) : '',
    startedAt: time(value.get('startedAt')) ?? 0,
    phases,
    votesPerPerson:
      typeof votesPerPerson === 'number' && Number.isInteger(votesPerPerson) && votesPerPerson >= 0
        ? votesPerPerson
        : null,
    dotsOn: typeof dotsOn === 'string' && (DOTS_ON as readonly string[]).includes(dotsOn) ? (dotsOn as DotsOn) : null,
    ballot: typeof ballot === 'string' && (BALLOTS as readonly string[]).includes(ballot) ? (ballot as Ballot) : null,
    endedAt: time(value.get('endedAt')),
  };
}

/** Every round of the board, oldest first (by number, then start, then id: every client orders them alike). */
export function readRounds(doc: Y.Doc): Round[] {
  const rounds: Round[] = [];
  roundsMap(doc).forEach((value, id) => {
    const round = readRoundMap(id, value);
    if (round) rounds.push(round);
  });
  return rounds.sort((a, b) => a.number - b.number || a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
}

/** One round, or null. */
export function readRound(doc: Y.Doc, id: RoundId): Round | null {
  return readRoundMap(id, roundsMap(doc).get(id));
}
