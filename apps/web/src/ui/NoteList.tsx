import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteNames } from '../sketches/use-note-names';
import { canCastVoteIn, resultsVisible, type Ballot, type Note } from '@notevote/board';
import {
  useBoard,
  useConnectionState,
  useMeta,
  useNotes,
  usePrivateNotes,
  useSession,
  useTally,
  useUi,
  useVotes,
} from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { isOwnNote } from '../sync/own-notes';
import { mayEditNote, votingClosed } from '../sync/permissions';
import { clusterLabel } from './cluster-names';
import {
  NAME_LENGTH,
  blockMessage,
  effectiveOrder,
  isVotingClosed,
  myDotsByTarget,
  orderNotes,
  voteControls,
  type NoteListOrder,
} from './note-list-model';
import { ClusterList } from './ClusterList';
import { listedName, sketchKind, sortedName } from '../sketches/sketch-names';
import { NoteListItem } from './NoteListItem';
import { useVotesLeft } from './VoteBudget';
import { countsDown } from '../ballots/budget';
import { distributionText, myRatingsByTarget, showsDistribution } from '../ballots/ratings';
import { fromPeopleText } from '../ballots/spread';
import { useRoundRatings } from '../ballots/use-ballots';
import './note-list.css';

/** The id of the notes list: the skip link's target. */
export const NOTES_LIST_ID = 'notes-list';

/**
 * The board as a list, for screen readers and the keyboard: a region named "Notes" with one item per note (its
 * words, cluster, count while counts are visible, whether it is yours or private) and buttons to select it on the
 * board, edit it and vote for it, under the same rules and budget as the canvas. Shown as a side panel when opened
 * (the top bar's "Notes list", the phone menu, the skip link, L); otherwise it stays in the page, visually hidden, so
 * a screen reader always has it, and shows itself while keyboard focus is inside it (never an invisible focus).
 */
export const NoteList = memo(function NoteList() {
  const { t, i18n } = useTranslation();
  const { connection } = useBoard();
  const shown = useUi((s) => s.panel === 'notes');
  const togglePanel = useUi((s) => s.togglePanel);
  const notes = useNotes();
  const privateNotes = usePrivateNotes();
  const votes = useVotes();
  const tally = useTally();
  const session = useSession();
  const clusters = useClusters();
  // Read-only: a projector, a locked board, a board still loading (the rules need this person's identity).
  const readOnly = useUi((s) => s.readOnly);
  // The rules below read the documents directly: re-render when loading ends (the session is watched above).
  useConnectionState();
  const { left, total, spent } = useVotesLeft();
  const anonymous = useMeta()?.anonymous ?? false;
  const [order, setOrder] = useState<NoteListOrder>('position');
  const headingId = useId();
  const statusId = useId();
  const region = useRef<HTMLElement>(null);

  const countsVisible = resultsVisible(session.phase);
  const untitled = t('noteList.untitled');
  // A sketch is listed by its description ("Sketch: …"), or as a sketch without one.
  const { words: sketchWords } = useNoteNames('noteList.untitled');
  const direction = i18n.dir(i18n.language);
  const ordered = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return orderNotes(notes.values(), order, {
      direction,
      countsVisible,
      votesOf: (id) => tally.notes.get(id)?.votes ?? 0,
      compare: collator.compare,
      label: (note) => sortedName(note, sketchWords),
    });
  }, [notes, order, direction, countsVisible, tally, i18n.language, sketchWords]);

  // What the rules say once for the whole list (each button is then one cheap check of this person's own ballot).
  const me = connection.voterId;
  const closed = votingClosed(connection);
  const mine = myDotsByTarget(votes.values(), me, session.roundId);
  const onClusters = session.dotsOn === 'clusters';
  // The projector's screen has nothing to press: its list only reads the board out.
  const actions = connection.role !== 'projector';
  const status = statusLine({ closed, onClusters, left, total, spent, ballot: session.ballot });
  // An agreement vote is given with rating buttons, one rating per option; its results are distributions.
  const rates = session.ballot === 'agreement';
  const myRatings = rates ? myRatingsByTarget(votes.values(), me, session.roundId) : null;
  const ratings = useRoundRatings(session.roundId, rates && countsVisible);

  // Items move when notes move or counts change; a focused button that React moves loses focus in the browser (it
  // falls to the page's body), so it gets it back: the element is the same, keys are note ids. Focus that went
  // somewhere else (the note editor opening, say) is left there.
  const focusedBefore = useRef<Element | null>(null);
  focusedBefore.current = region.current?.contains(document.activeElement) ? document.activeElement : null;
  useLayoutEffect(() => {
    const element = focusedBefore.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && element instanceof HTMLElement && element.isConnected) element.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !shown) return;
    e.preventDefault();
    togglePanel('notes');
  };

  return (
    <section
      ref={region}
      id={NOTES_LIST_ID}
      tabIndex={-1}
      className={shown ? 'note-list' : 'note-list note-list-tucked'}
      aria-labelledby={headingId}
      data-testid="notes-list"
      data-shown={shown}
      onKeyDown={onKeyDown}
    >
      <header className="note-list-header">
        <h2 id={headingId}>{t('noteList.heading')}</h2>
        {shown && (
          <button
            type="button"
            aria-label={t('noteList.close')}
            title={t('noteList.close')}
            onClick={() => togglePanel('notes')}
          >
            ×
          </button>
        )}
      </header>
      <p className="note-list-status" id={statusId} data-testid="notes-list-status">
        {t(status.key, status.values)}
      </p>
      {!closed && session.dotsOn === 'anywhere' && <p className="note-list-hint">{t('noteList.heatmapDots')}</p>}
      {actions && (
        <label className="note-list-sort">
          {t('noteList.sort')}{' '}
          <select
            value={effectiveOrder(order, countsVisible)}
            onChange={(e) => setOrder(e.target.value as NoteListOrder)}
          >
            <option value="position">{t('noteList.byPosition')}</option>
            {countsVisible && <option value="votes">{t('noteList.byVotes')}</option>}
            <option value="alphabetical">{t('noteList.alphabetical')}</option>
          </select>
        </label>
      )}
      <ClusterList mine={mine} closed={closed} reasonId={statusId} actions={actions} />
      {notes.size === 0 ? (
        <p className="note-list-hint">{t('noteList.empty')}</p>
      ) : (
        <ul className="note-list-items" aria-label={t('outline.label')}>
          {ordered.map((note) => {
            const label = listedName(note, untitled, sketchWords);
            const myDots = mine.get(note.id)?.length ?? 0;
            const vote =
              !actions || onClusters || rates
                ? null
                : voteControls({
                    closed,
                    check: closed || !me ? { ok: true } : canCastVoteIn(connection.workspace, me, { noteId: note.id }),
                    myDots,
                    stacking: session.allowStacking,
                  });
            // Reasons for the whole list are in its status line; a note's own (stacking, private) beside it.
            const ownBlock = vote?.blocked && !isListWide(vote.blocked) ? vote.blocked : null;
            const ownReason = ownBlock ? blockMessage(ownBlock, total) : null;
            return (
              <NoteListItem
                key={note.id}
                noteId={note.id}
                summary={countsVisible ? t('outline.item', { text: label, count: votesOn(note) }) : label}
                name={listedName(note, untitled, sketchWords, NAME_LENGTH)}
                sketch={sketchKind(note)}
                cluster={
                  note.clusterId === undefined ? null : clusterLabel(clusters, note.clusterId, t('clusters.unnamed'))
                }
                isPrivate={privateNotes.has(note.id)}
                mine={isOwnNote(connection, note)}
                myDots={myDots}
                voteMain={vote?.main ?? null}
                voteBlocked={vote?.blocked ?? null}
                voteTakeBack={vote?.takeBack ?? false}
                reasonId={statusId}
                ownReason={ownReason ? t(ownReason.key, ownReason.values) : null}
                mayEdit={!readOnly && mayEditNote(connection, note.id).ok}
                actions={actions}
                rates={actions && rates && !onClusters}
                rating={myRatings?.get(note.id) ?? null}
                rateBlocked={closed ?? (privateNotes.has(note.id) ? 'note-private' : null)}
                support={countsVisible ? supportOf(note) : null}
              />
            );
          })}
        </ul>
      )}
    </section>
  );

  function votesOn(note: Note): number {
    return tally.notes.get(note.id)?.votes ?? 0;
  }

  /** Who is behind a note's count: "From 7 people", or its ratings in words (neither where that would tell who). */
  function supportOf(note: Note): string | null {
    if (rates) {
      const rated = ratings.get(note.id);
      if (!rated) return null;
      return showsDistribution(rated, anonymous) ? distributionText(t, rated) : null;
    }
    return fromPeopleText(t, votesOn(note), tally.notes.get(note.id)?.voters ?? 0, anonymous);
  }
});

/** Blocks that hold for every note alike: said once, in the list's status line. */
function isListWide(block: NonNullable<ReturnType<typeof voteControls>['blocked']>): boolean {
  return isVotingClosed(block) || block === 'budget-exhausted' || block === 'dots-on-notes';
}

/**
 * The list's status line: why nobody votes here now, or (voting) where dots go and how many are left — or that they
 * are all placed, which is also why every "Vote" button says so when pressed.
 */
function statusLine({
  closed,
  onClusters,
  left,
  total,
  spent,
  ballot,
}: {
  closed: ReturnType<typeof votingClosed>;
  onClusters: boolean;
  left: number;
  total: number;
  spent: number;
  ballot: Ballot;
}): { key: string; values: Record<string, unknown> } {
  if (closed) return blockMessage(closed, total);
  // An agreement vote rates every option; a heat-map vote without a budget has none to count down.
  if (ballot === 'agreement') return { key: 'ballots.rate.listStatus', values: { count: spent } };
  if (!countsDown(ballot, total)) return { key: 'ballots.budget.noLimit', values: { count: spent } };
  if (left === 0) return blockMessage('budget-exhausted', total);
  if (onClusters) return { key: 'noteList.votesLeftOnClusters', values: { left, total } };
  return { key: 'votes.left', values: { left, total } };
}
