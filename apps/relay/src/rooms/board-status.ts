import { PHASES, readMeta, readRounds, readSession, type Phase } from '@notevote/board';
import type * as Y from 'yjs';
import type { RoomMember } from './member';

/**
 * What an event's organiser sees of each team's board at a glance: its title, how many people are on it now and where
 * its session is. Read from the board's document and its room; never stored.
 */
export interface BoardStatus {
  title: string;
  /** People on the board now: distinct user ids among its connections, projectors not counted. */
  online: number;
  phase: Phase;
  /** The number of the round in progress, or null outside rounds. */
  round: number | null;
}

/** People in a board's room now: a person with the board open on two devices (or tabs) counts once. */
export function peopleOnline(members: Iterable<RoomMember>): number {
  const people = new Set<string>();
  for (const member of members) {
    if (member.channel === 'board' && member.role !== 'projector' && member.userId !== null) people.add(member.userId);
  }
  return people.size;
}

/** The board's status from its document, with `online` counted by whoever holds its room (0 when nobody does). */
export function statusOf(doc: Y.Doc, online: number): BoardStatus {
  const session = readSession(doc);
  const round = session.roundId === null ? undefined : readRounds(doc).find((entry) => entry.id === session.roundId);
  return { title: readMeta(doc)?.title ?? '', online, phase: session.phase, round: round?.number ?? null };
}

/** A status as another relay instance sent it (cluster/), or null when it is not one. */
export function readBoardStatus(value: unknown): BoardStatus | null {
  if (typeof value !== 'object' || value === null) return null;
  const { title, online, phase, round } = value as Record<string, unknown>;
  if (typeof title !== 'string' || !Number.isSafeInteger(online) || (online as number) < 0) return null;
  if (!(PHASES as readonly unknown[]).includes(phase)) return null;
  if (round !== null && !Number.isSafeInteger(round)) return null;
  return { title, online: online as number, phase: phase as Phase, round: round as number | null };
}
