import type { TFunction } from 'i18next';
import { readSession, type Note, type Point } from '@notevote/board';
import type { BoardConnection } from '../sync/board-connection';
import { vote } from '../sync/actions';
import type { Tool, UiStore } from '../state/ui-store';

/**
 * A click in a vote mode. Vote mode puts a dot on the note under the pointer, where it was clicked (stored relative to
 * the note so it moves with it); heat-map vote mode puts a free dot anywhere. The dot is secret while voting is
 * secret, and counts against the same budget either way (see `castVoteIn`). Refusals are explained, not silent.
 */
export function placeVoteAt(
  connection: BoardConnection,
  ui: UiStore,
  point: Point,
  note: Note | null,
  tool: Extract<Tool, 'vote' | 'free-vote'>,
  t: TFunction,
): void {
  if (tool === 'vote' && !note) {
    ui.getState().showNotice(t('votes.clickANote'));
    return;
  }
  const target =
    tool === 'vote' && note
      ? { noteId: note.id, x: point.x - note.x, y: point.y - note.y }
      : { noteId: null, x: point.x, y: point.y };
  const result = vote(connection, target);
  if (!result.ok) {
    const total = readSession(connection.doc).votesPerPerson;
    ui.getState().showNotice(t(`votes.refused.${result.reason}`, { total }));
  }
}
