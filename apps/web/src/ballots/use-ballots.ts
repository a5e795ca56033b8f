import { useMemo } from 'react';
import {
  computeDecisions,
  computeRatings,
  decidersMap,
  readDeciders,
  type Ballot,
  type Decider,
  type Decision,
  type RatingTally,
  type Round,
  type RoundId,
  type Session,
  type UserId,
} from '@notevote/board';
import { useBoard, useMapDerived, useNotes, usePublicVotes, useSession } from '../sync/board-context';
import { useRounds } from '../sync/use-rounds';
import { useViewedRound } from '../sync/use-viewed-round';

/** Every well-formed decider entry, by user id (any client may write the map: `readDeciders` reads it tolerantly). */
export function useDeciders(): ReadonlyMap<UserId, Decider> {
  const { doc } = useBoard().connection;
  return useMapDerived(decidersMap(doc), () => readDeciders(doc));
}

/** This person's own decider entry (named by the facilitator, accepted or not), if any. */
export function useMyDecider(): Decider | undefined {
  const { connection } = useBoard();
  const deciders = useDeciders();
  const me = connection.deciderId;
  return me === null ? undefined : deciders.get(me);
}

/**
 * How a round voted: the round in progress by the session's rules (what its dots are judged by now; outside rounds
 * too), an earlier round by what it recorded when its vote began (`dots` for rounds from before ballots).
 */
export function ballotOfRound(
  round: RoundId | null,
  rounds: readonly Round[],
  session: Pick<Session, 'roundId' | 'ballot'>,
): Ballot {
  if (round === session.roundId) return session.ballot;
  return rounds.find((each) => each.id === round)?.ballot ?? 'dots';
}

/** The ballot of the round on show (the Results panel's choice, the round in progress by default). */
export function useViewedBallot(): Ballot {
  const session = useSession();
  const rounds = useRounds();
  const { round } = useViewedRound();
  return ballotOfRound(round, rounds, session);
}

/**
 * The agreement ratings of one round by option, from the public dots (like every tally: secret ratings count once
 * revealed); recomputed only when the public dots or the notes change.
 */
export function useRoundRatings(round: RoundId | null, enabled: boolean): ReadonlyMap<string, RatingTally> {
  const { connection } = useBoard();
  const votes = usePublicVotes();
  const notes = useNotes();
  return useMemo(() => {
    // The ratings read the document; the public dots and the notes say when they may have changed.
    void votes;
    void notes;
    return enabled ? computeRatings(connection.doc, { round }) : new Map<string, RatingTally>();
  }, [connection, round, enabled, votes, notes]);
}

/** The deciders' supervotes of one round (each decider's choices in the order cast), from the public dots. */
export function useRoundDecisions(round: RoundId | null, enabled: boolean): readonly Decision[] {
  const { connection } = useBoard();
  const votes = usePublicVotes();
  const notes = useNotes();
  const deciders = useDeciders();
  return useMemo(() => {
    void votes;
    void notes;
    void deciders;
    return enabled ? computeDecisions(connection.doc, { round }) : [];
  }, [connection, round, enabled, votes, notes, deciders]);
}
