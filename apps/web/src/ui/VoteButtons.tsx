import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../sync/board-context';
import { isVotingClosed, type VoteBlock } from './note-list-model';
import { takeBackVote, toggleVote, type VoteSubject } from './vote-commands';

export interface VoteButtonsProps {
  subject: VoteSubject;
  /** The buttons' names: "Vote for “…”" and "Take back your vote for “…”" (each begins with its visible words). */
  voteName: string;
  takeBackName: string;
  main: 'vote' | 'take-back';
  blocked: VoteBlock | null;
  /** Stacking: a second button takes back one of several dots. */
  takeBack: boolean;
  /** The id of the sentence saying why the buttons are blocked. */
  reasonId: string;
}

/**
 * A note's (or cluster's) vote button, named after it. One dot per note: the button toggles between "Vote" and "Take
 * back", and stays the same element, so focus stays on it. Blocked (budget spent, voting closed…), it stays focusable
 * (`aria-disabled`, described by the reason) and pressing it says why, as the canvas does for a refused click.
 */
export const VoteButtons = memo(function VoteButtons(props: VoteButtonsProps) {
  const { t } = useTranslation();
  const board = useBoard();
  const mainButton = useRef<HTMLButtonElement>(null);
  const { subject, main, blocked, takeBack, reasonId } = props;
  return (
    <>
      <button
        ref={mainButton}
        type="button"
        className="note-list-vote"
        aria-label={main === 'vote' ? props.voteName : props.takeBackName}
        aria-disabled={blocked ? true : undefined}
        aria-describedby={blocked ? reasonId : undefined}
        data-voted={main === 'take-back' || undefined}
        onClick={() => toggleVote(board, subject, t)}
      >
        {t(main === 'vote' ? 'noteList.voteShort' : 'noteList.takeBackShort')}
      </button>
      {takeBack && (
        <button
          type="button"
          aria-label={props.takeBackName}
          aria-disabled={blocked && isVotingClosed(blocked) ? true : undefined}
          aria-describedby={blocked && isVotingClosed(blocked) ? reasonId : undefined}
          onClick={() => {
            // Taking back the last dot removes this button: focus goes on to the vote button beside it.
            if (!takeBackVote(board, subject, t)) return;
            requestAnimationFrame(() => {
              if (!document.activeElement || document.activeElement === document.body) mainButton.current?.focus();
            });
          }}
        >
          {t('noteList.takeBackShort')}
        </button>
      )}
    </>
  );
});
