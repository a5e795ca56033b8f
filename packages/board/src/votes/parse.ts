import { RATINGS, type Rating, type Vote } from '../schema/types';

/** Reads a stored vote defensively: returns null for anything that is not a well-formed vote. */
export function parseVote(value: unknown): Vote | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const noteId = v['noteId'];
  if (noteId !== null && typeof noteId !== 'string') return null;
  if (
    typeof v['x'] !== 'number' ||
    typeof v['y'] !== 'number' ||
    !Number.isFinite(v['x']) ||
    !Number.isFinite(v['y'])
  ) {
    return null;
  }
  const at = typeof v['at'] === 'number' ? v['at'] : 0;
  const vote: Vote = { noteId, x: v['x'], y: v['y'], at };
  // Optional fields that are malformed are read as absent: the dot stays readable (the relay refuses such values).
  const round = v['round'];
  if (typeof round === 'string') vote.round = round;
  const clusterId = v['clusterId'];
  if (noteId === null && typeof clusterId === 'string') vote.clusterId = clusterId;
  const rating = v['rating'];
  if (isRating(rating)) vote.rating = rating;
  return vote;
}

/** True for one of the agreement scale's ratings. */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** The round a dot was cast in, or null for a dot cast outside rounds. */
export function voteRound(vote: Pick<Vote, 'round'>): string | null {
  return vote.round ?? null;
}
