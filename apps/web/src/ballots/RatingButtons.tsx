import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '@notevote/board';
import { useBoard } from '../sync/board-context';
import { rateSubject, type VoteSubject } from '../ui/vote-commands';
import type { VoteBlock } from '../ui/note-list-model';
import { RATING_COLORS } from './ratings';
import './ballots.css';

export interface RatingButtonsProps {
  subject: VoteSubject;
  /** The group's name, which says what is rated: "Your rating of “Shared seizure database”". */
  label: string;
  /** The rating this person gave it in the round in progress, or null. */
  current: Rating | null;
  /** Why rating is refused now (voting closed, a private note…), or null. */
  blocked: VoteBlock | null;
  /** The id of the sentence that says why rating is blocked. */
  reasonId: string;
}

/**
 * The agreement scale for one option: six toggle buttons, strongly disagree to strongly agree and "unsure", in a group
 * named after the option, so each button's name is its visible words. The rating given is pressed (`aria-pressed`);
 * pressing it again takes it back. Blocked, they stay focusable (`aria-disabled`) and say why when pressed, as the
 * vote buttons do.
 */
export const RatingButtons = memo(function RatingButtons({
  subject,
  label,
  current,
  blocked,
  reasonId,
}: RatingButtonsProps) {
  const { t } = useTranslation();
  const board = useBoard();
  return (
    <div role="group" aria-label={label} className="rating-buttons" data-testid="rating-buttons">
      {RATINGS.map((rating) => (
        <button
          key={rating}
          type="button"
          className="rating-button"
          aria-pressed={current === rating}
          aria-disabled={blocked ? true : undefined}
          aria-describedby={blocked ? reasonId : undefined}
          data-rating={rating}
          onClick={() => rateSubject(board, subject, rating, t)}
        >
          <span className="rating-swatch" aria-hidden="true" style={{ backgroundColor: RATING_COLORS[rating] }} />
          {t(`ballots.rate.names.${rating}`)}
        </button>
      ))}
    </div>
  );
});
