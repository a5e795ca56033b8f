import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canCastVoteIn, resultsVisible } from '@notevote/board';
import { useBoard, useMeta, useNotes, useSession, useTally, useVotes } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import type { VotingClosed } from '../sync/permissions';
import { framesOf } from '../canvas/cluster-frames';
import { clusterLabel } from './cluster-names';
import { NAME_LENGTH, noteLabel, voteControls } from './note-list-model';
import { VoteButtons } from './VoteButtons';
import { RatingButtons } from '../ballots/RatingButtons';
import { myRatingsByTarget } from '../ballots/ratings';
import { clusterTallyText } from '../ballots/spread';

/**
 * The clusters in the notes list, by name: each with how many notes it holds and, while counts are visible, its
 * votes and supporters. In a round that votes on clusters, the clusters get the vote buttons ("Vote for cluster
 * “…”"), under the same rules as the canvas; otherwise each note's item says which cluster it is in.
 */
export function ClusterList({
  mine,
  closed,
  reasonId,
  actions,
}: {
  /** This person's dots by what they sit on (`cluster:<id>` for a cluster). */
  mine: ReadonlyMap<string, readonly string[]>;
  closed: VotingClosed | null;
  /** The id of the list's status line, which says why voting is closed. */
  reasonId: string;
  /** Whether the items get buttons (not on a projector, which has nothing to press). */
  actions: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { connection } = useBoard();
  const notes = useNotes();
  const clusters = useClusters();
  const session = useSession();
  const tally = useTally();
  const votes = useVotes();
  const anonymous = useMeta()?.anonymous ?? false;
  const headingId = useId();
  const onClusters = session.dotsOn === 'clusters';
  const frames = framesOf(notes);
  if (frames.length === 0 && !onClusters) return null;
  const collator = new Intl.Collator(i18n.language);
  const unnamed = t('clusters.unnamed');
  const items = frames
    .map(({ clusterId }) => ({ clusterId, name: clusterLabel(clusters, clusterId, unnamed) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const me = connection.voterId;
  const countsVisible = resultsVisible(session.phase);
  // In an agreement vote on clusters, each cluster gets the rating buttons instead of the vote buttons.
  const rates = session.ballot === 'agreement';
  const myRatings = rates && onClusters ? myRatingsByTarget(votes.values(), me, session.roundId) : null;
  return (
    <>
      <h3 id={headingId}>{t('noteList.clustersHeading')}</h3>
      {items.length === 0 ? (
        <p className="note-list-hint">{t('noteList.noClusters')}</p>
      ) : (
        <ul className="note-list-items" aria-labelledby={headingId}>
          {items.map(({ clusterId, name }) => {
            const entry = tally.clusters.get(clusterId);
            const noteCount = t('clusters.outline.notes', { count: entry?.noteCount ?? 0 });
            const myDots = mine.get(`cluster:${clusterId}`)?.length ?? 0;
            const shortName = noteLabel(name, unnamed, NAME_LENGTH);
            const vote =
              actions && onClusters && !rates
                ? voteControls({
                    closed,
                    check:
                      closed || !me
                        ? { ok: true }
                        : canCastVoteIn(connection.workspace, me, { noteId: null, clusterId }),
                    myDots,
                    stacking: session.allowStacking,
                  })
                : null;
            const summary =
              countsVisible && entry
                ? t('clusters.outline.clusterTally', {
                    name,
                    notes: noteCount,
                    // Its supporters, unless that would tell who on an anonymous board (fewer than three).
                    tally: clusterTallyText(t, entry.votes, entry.voters, anonymous),
                  })
                : t('clusters.outline.cluster', { name, notes: noteCount });
            return (
              <li key={clusterId} className="note-list-item" data-testid="cluster-item">
                <p className="note-list-summary" data-testid="cluster-summary">
                  {summary}
                </p>
                {myDots > 0 && <p className="note-list-details">{t('noteList.yourDots', { count: myDots })}</p>}
                {vote && (
                  <div className="note-list-actions">
                    <VoteButtons
                      subject={{ clusterId }}
                      voteName={t('noteList.voteCluster', { name: shortName })}
                      takeBackName={t('noteList.takeBackCluster', { name: shortName })}
                      main={vote.main}
                      blocked={vote.blocked}
                      takeBack={vote.takeBack}
                      reasonId={reasonId}
                    />
                  </div>
                )}
                {myRatings && actions && (
                  <div className="note-list-actions">
                    <RatingButtons
                      subject={{ clusterId }}
                      label={t('ballots.rate.groupCluster', { name: shortName })}
                      current={myRatings.get(`cluster:${clusterId}`) ?? null}
                      blocked={closed}
                      reasonId={reasonId}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
