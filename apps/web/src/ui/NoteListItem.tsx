import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteId, Rating } from '@notevote/board';
import { RatingButtons } from '../ballots/RatingButtons';
import { useBoard } from '../sync/board-context';
import { editNote, showNote } from './commands';
import { focusBoardCanvas } from './focus-return';
import { announcer } from './announcer';
import type { VoteBlock, VoteControls } from './note-list-model';
import { VoteButtons } from './VoteButtons';
import type { SketchKind } from '../sketches/sketch-names';
import type { TFunction } from 'i18next';

export interface NoteListItemProps {
  noteId: NoteId;
  /** Its words (or "Untitled note"), with the dot count while counts are visible: "Open data — 2 votes". */
  summary: string;
  /** Its words as they go into button names (long texts cut short). */
  name: string;
  cluster: string | null;
  isPrivate: boolean;
  mine: boolean;
  /** This person's dots on it in the round in progress (their own: never secret to them). */
  myDots: number;
  /**
   * The vote controls (`VoteControls`), or null when dots do not go on notes now (a vote on clusters). Passed as plain
   * values, not one object made fresh on each render, so `memo` skips the notes whose controls did not change.
   */
  voteMain: VoteControls['main'] | null;
  voteBlocked: VoteBlock | null;
  voteTakeBack: boolean;
  /** The id of the sentence that says why voting is blocked (the list's status line, or this item's own). */
  reasonId: string;
  /** Why one more dot may not go on this note in particular (stacking, a private note), or null. */
  ownReason: string | null;
  mayEdit: boolean;
  /** Whether it is a sketch, and whether it has a description (its author is asked for one). */
  sketch: SketchKind;
  /** Whether it has buttons at all (not on a projector, which has nothing to press). */
  actions: boolean;
  /** In an agreement vote, its rating buttons instead of the vote buttons: whether it has them, and the rating given. */
  rates: boolean;
  rating: Rating | null;
  /** Why rating it is refused now, or null. */
  rateBlocked: VoteBlock | null;
  /** Who is behind its count once counts are visible ("From 7 people", or its ratings in words), or null. */
  support: string | null;
}

/**
 * One note in the notes list: its words and count, its cluster, whether it is yours or still private, and what can be
 * done with it without a pointer — select it on the board, edit it, vote for it or take the vote back.
 */
export const NoteListItem = memo(function NoteListItem(props: NoteListItemProps) {
  const { t } = useTranslation();
  const board = useBoard();
  const { noteId, name, voteMain } = props;
  const ownReasonId = `${props.reasonId}-${noteId}`;
  const details = [
    props.support,
    props.cluster !== null ? t('noteList.inCluster', { name: props.cluster }) : null,
    props.mine ? t('noteList.yours') : null,
    props.myDots > 0 ? t('noteList.yourDots', { count: props.myDots }) : null,
    props.sketch === 'undescribed' && props.mine ? t('sketches.list.prompt') : null,
  ].filter((detail): detail is string => detail !== null);
  return (
    <li className="note-list-item" data-testid="note-item" data-note-id={noteId}>
      <p className="note-list-summary" data-testid="note-summary">
        {props.summary}
        {props.isPrivate && <span className="note-list-private"> {t('noteList.private')}</span>}
      </p>
      {details.length > 0 && <p className="note-list-details">{details.join(' · ')}</p>}
      {props.ownReason && (
        <p className="note-list-reason" id={ownReasonId}>
          {props.ownReason}
        </p>
      )}
      {props.actions && (
        <div className="note-list-actions">
          <button
            type="button"
            aria-label={t('noteList.showNamed', { text: name })}
            onClick={() => {
              showNote(board, noteId);
              announcer.say('selection', t('noteList.shown', { text: name }), { now: true });
              focusBoardCanvas();
            }}
          >
            {t('noteList.show')}
          </button>
          {props.mayEdit && (
            <button
              type="button"
              aria-label={editName(t, props.sketch, name)}
              onClick={() => {
                showNote(board, noteId);
                editNote(board, noteId);
              }}
            >
              {props.sketch === null
                ? t('noteList.edit')
                : t(props.sketch === 'described' ? 'sketches.list.editDescription' : 'sketches.list.addDescription')}
            </button>
          )}
          {voteMain && (
            <VoteButtons
              subject={{ noteId }}
              voteName={t('noteList.vote', { text: name })}
              takeBackName={t('noteList.takeBack', { text: name })}
              main={voteMain}
              blocked={props.voteBlocked}
              takeBack={props.voteTakeBack}
              reasonId={props.ownReason ? ownReasonId : props.reasonId}
            />
          )}
          {props.rates && (
            <RatingButtons
              subject={{ noteId }}
              label={t('ballots.rate.group', { text: name })}
              current={props.rating}
              blocked={props.rateBlocked}
              reasonId={props.ownReason ? ownReasonId : props.reasonId}
            />
          )}
        </div>
      )}
    </li>
  );
});

/** The edit button's name: "Edit “…”" for a note; for a sketch, editing (or adding) its description. */
function editName(t: TFunction, sketch: SketchKind, name: string): string {
  if (sketch === 'described') return t('sketches.list.editDescriptionNamed', { text: name });
  if (sketch === 'undescribed') return t('sketches.list.addDescriptionNamed');
  return t('noteList.editNamed', { text: name });
}
