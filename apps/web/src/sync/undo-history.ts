import * as Y from 'yjs';
import { clustersMap, notesMap, votesMap } from '@notevote/board';

/** Stack-item metadata key: when the step was made, across all documents. */
const SEQ = 'seq';

type Direction = 'undo' | 'redo';

/** Edits closer together than this (ms) merge into one step: typing, a drag, a burst of arrow-key moves. */
export const UNDO_CAPTURE_MS = 400;

/**
 * One undo history over several documents (the board and this person's private document). A Y.UndoManager cannot
 * span documents, so each document has its own, tracking only this user's origin; every step is stamped with a
 * sequence number shared by all of them, and undo/redo takes whichever manager holds the most recent step. Steps made
 * inside `asOneStep` share one number, so an action that touched both documents is undone (and redone) as one.
 */
export class UndoHistory {
  private readonly managers: Y.UndoManager[];
  private nextSeq = 0;
  /** The number every step gets while `asOneStep` runs; null otherwise. */
  private groupSeq: number | null = null;

  constructor(docs: readonly Y.Doc[], trackedOrigin: unknown, captureTimeout = UNDO_CAPTURE_MS) {
    this.managers = docs.map((doc) => {
      // Clusters too: grouping names a cluster and points notes at it, and undo must take back both.
      const manager = new Y.UndoManager([notesMap(doc), votesMap(doc), clustersMap(doc)], {
        trackedOrigins: new Set([trackedOrigin]),
        captureTimeout,
      });
      manager.on('stack-item-added', ({ stackItem, type }) => this.onStep(manager, stackItem, type));
      // An edit merged into the last step (typing within the capture timeout) makes that step the most recent one.
      manager.on('stack-item-updated', ({ stackItem, type }) => this.onStep(manager, stackItem, type));
      return manager;
    });
  }

  private onStep(manager: Y.UndoManager, stackItem: { meta: Map<unknown, unknown> }, type: Direction): void {
    stackItem.meta.set(SEQ, this.groupSeq ?? this.nextSeq++);
    const freshEdit = type === 'undo' && !manager.redoing;
    if (!freshEdit) return;
    for (const other of this.managers) {
      if (other === manager) continue;
      // A new edit ends the redo branch everywhere, as it does in one document...
      other.clear(false, true);
      // ...and the next edit in another document must not merge into a step made before this one.
      other.stopCapturing();
    }
  }

  /** Runs `action` so that its edits, in however many documents, are one step of the history. */
  asOneStep<T>(action: () => T): T {
    if (this.groupSeq !== null) return action();
    this.groupSeq = this.nextSeq++;
    try {
      return action();
    } finally {
      this.groupSeq = null;
    }
  }

  /**
   * Ends the current step: the next edit starts a new one however soon it follows (edits within the capture timeout
   * otherwise merge, which suits typing but not, say, a drag right after grouping the notes it drags).
   */
  stopCapturing(): void {
    for (const manager of this.managers) manager.stopCapturing();
  }

  /** Undoes this user's most recent step, in whichever document it was made. False when there was nothing to undo. */
  undo(): boolean {
    return this.step('undo');
  }

  /** Redoes the most recently undone step. False when there was nothing to redo. */
  redo(): boolean {
    return this.step('redo');
  }

  /** Forgets every step (undo and redo), e.g. when the phase changed and undoing across it would be refused. */
  clear(): void {
    for (const manager of this.managers) manager.clear();
  }

  canUndo(): boolean {
    return this.managers.some((manager) => manager.canUndo());
  }

  canRedo(): boolean {
    return this.managers.some((manager) => manager.canRedo());
  }

  private step(direction: Direction): boolean {
    for (;;) {
      const seq = this.latestSeq(direction);
      if (seq === null) return false;
      const holders = this.managers.filter((manager) => topSeq(manager, direction) === seq);
      // As one step, so what this undoes together is redone together.
      const applied = this.asOneStep(() =>
        holders.map((manager) => (direction === 'undo' ? manager.undo() : manager.redo()) !== null),
      );
      // Nothing applied means every step left in those managers had been overtaken by remote changes (e.g. a reveal
      // moved the notes to the board) and their stacks are now empty: fall through to the next most recent step.
      if (applied.includes(true)) return true;
    }
  }

  private latestSeq(direction: Direction): number | null {
    let latest: number | null = null;
    for (const manager of this.managers) {
      const seq = topSeq(manager, direction);
      if (seq !== null && (latest === null || seq > latest)) latest = seq;
    }
    return latest;
  }

  destroy(): void {
    for (const manager of this.managers) manager.destroy();
  }
}

/** The sequence number of a manager's next undo (or redo) step; null when it has none (-1 if somehow unstamped). */
function topSeq(manager: Y.UndoManager, direction: Direction): number | null {
  const stack = direction === 'undo' ? manager.undoStack : manager.redoStack;
  const top = stack[stack.length - 1];
  if (!top) return null;
  const seq = top.meta.get(SEQ);
  return typeof seq === 'number' ? seq : -1;
}
