import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import { useBoard, useNotes, useSession, useUi, useVotes } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { votingClosed } from '../sync/permissions';
import { focusBoardCanvas } from '../ui/focus-return';
import { clusterLabel } from '../ui/cluster-names';
import { NAME_LENGTH, noteLabel } from '../ui/note-list-model';
import { RATING_BAR_ID, type VoteSubject } from '../ui/vote-commands';
import { RatingButtons } from './RatingButtons';
import { myRatingsByTarget } from './ratings';
import './ballots.css';

/**
 * In an agreement vote, the rating buttons of the note selected on the board (or of its cluster, in a vote on
 * clusters), over the bottom of the board: a click or a tap on a note, or Tab to it and D, offers the six ratings
 * there, as the notes list offers them for every note. Escape gives the focus back to the board.
 */
export function SelectionRating() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const selection = useUi((s) => s.selection);
  const notes = useNotes();
  const votes = useVotes();
  const clusters = useClusters();
  if (session.ballot !== 'agreement' || selection.size !== 1 || votingClosed(connection) !== null) return null;
  const note = notes.get([...selection][0]!);
  if (!note) return null;
  let subject: VoteSubject = { noteId: note.id };
  let key: string = note.id;
  let label = t('ballots.rate.group', { text: noteLabel(note.text, t('noteList.untitled'), NAME_LENGTH) });
  if (session.dotsOn === 'clusters') {
    if (note.clusterId === undefined) return null;
    subject = { clusterId: note.clusterId };
    key = `cluster:${note.clusterId}`;
    const name = clusterLabel(clusters, note.clusterId, t('clusters.unnamed'));
    label = t('ballots.rate.groupCluster', { name: noteLabel(name, '', NAME_LENGTH) });
  }
  const current = myRatingsByTarget(votes.values(), connection.voterId, session.roundId).get(key) ?? null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    focusBoardCanvas();
  };
  return (
    <div id={RATING_BAR_ID} className="selection-rating" data-testid="selection-rating" onKeyDown={onKeyDown}>
      <p className="selection-rating-label" aria-hidden="true">
        {label}
      </p>
      <RatingButtons subject={subject} label={label} current={current} blocked={null} reasonId={RATING_BAR_ID} />
    </div>
  );
}
