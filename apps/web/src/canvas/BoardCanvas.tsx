import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Stage } from './konva';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import type { ClusterId, Note, NoteId, Point, Rect as BoardRect } from '@notevote/board';
import {
  useBoard,
  useNotes,
  usePrivateNotes,
  usePrivateVotes,
  useSession,
  useTally,
  useUi,
} from '../sync/board-context';
import { useAllowedNow } from '../sync/use-allowed-now';
import { toolAllowed } from '../ui/tool-gating';
import { addNoteCenteredAt } from '../sync/actions';
import { editNote } from '../ui/commands';
import { renameCluster } from '../ui/cluster-commands';
import { clusterMembers } from '../sync/cluster-membership';
import { mayArrangeNotes } from '../sync/cluster-permissions';
import { NoteShape } from './NoteShape';
import { NoteBatchShape } from './NoteBatchShape';
import { noteAt, notesInside } from './visible-notes';
import { useNoteDrag } from './useNoteDrag';
import { useNoteLayout } from './useNoteLayout';
import { panBy, screenToBoard, visibleBoardRect, zoomAround } from './viewport';
import { useElementSize } from './useElementSize';
import { DotsLayer } from './DotsLayer';
import { BallotLayer } from '../ballots/BallotLayer';
import { HeatmapLayer } from './HeatmapLayer';
import { PresenceLayer } from './PresenceLayer';
import { placeVoteAt } from './vote-tool';
import type { Viewport } from '../state/ui-store';
import { usePinchZoom } from './usePinchZoom';
import { useCanvasKeys } from './useCanvasKeys';
import { tagLayer } from './layer-tag';
import { Boundary } from '../ui/Boundary';
import { ClustersLayer } from './ClustersLayer';
import { frameOrigins, framesOf } from './cluster-frames';
import { dropTargets, framesDuringDrag } from './cluster-drag';
import { uiDirection } from '../i18n';
import { registerBoardStage } from './board-stage';
import { useSketchLoading } from '../sketches/use-sketch-images';
import { useSketchDrop } from '../sketches/use-sketch-drop';

/** How far apart (screen px) two presses may land and still make a double click or double tap. */
const DOUBLE_PRESS_SLOP_PX = 24;

/** How far (screen px) the pointer must move on a batched note before the press becomes a drag, not a click. */
const DRAG_THRESHOLD_PX = 3;
/** How far (screen px) a finger may travel and still tap; further, and the press pans the board instead. */
const TAP_SLOP_PX = 10;

type Gesture =
  | { kind: 'pan'; startX: number; startY: number; origin: Viewport }
  | { kind: 'band'; start: Point; current: Point }
  /**
   * A press on a note drawn in the batch (it has no node Konva could drag), or on a cluster's label (`label`: it moves
   * the cluster's notes): the stage moves it.
   */
  | { kind: 'move'; noteId: NoteId; from: Point; startX: number; startY: number; label?: boolean }
  /**
   * A press that acts only when it is let go where it started: adding a note (the `add-note` tool), and voting with
   * a finger, so that a finger that pans, or a second finger that pinches, places nothing.
   */
  | {
      kind: 'tap';
      action: 'add-note' | 'vote' | 'free-vote';
      point: Point;
      startX: number;
      startY: number;
      origin: Viewport;
    }
  | null;

/** The infinite board: pan, zoom, notes, dots, heatmap and presence, each on its own Konva layer. */
export function BoardCanvas() {
  const { connection, ui } = useBoard();
  const { t } = useTranslation();
  // Notes with no letters (only digits, punctuation or emoji) are laid out in the interface's direction.
  const direction = uiDirection();
  const containerRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(containerRef);
  useEffect(() => ui.getState().setCanvasSize({ width, height }), [ui, width, height]);
  const notes = useNotes();
  const privateNotes = usePrivateNotes();
  const privateDots = usePrivateVotes().size;
  const tally = useTally();
  const viewport = useUi((s) => s.viewport);
  const readOnly = useUi((s) => s.readOnly);
  // What the phase leaves this person: adding notes (write), moving them (arrange), voting.
  const allows = useAllowedNow();
  const { dotsOn } = useSession();
  // A projector can only look: pan, zoom, heatmap. A tool the phase has just closed acts as Select (the toolbar falls
  // back to Select too, a render later).
  const chosenTool = useUi((s) => (s.readOnly ? 'select' : s.tool));
  const tool = toolAllowed(chosenTool, allows, dotsOn) ? chosenTool : 'select';
  const selection = useUi((s) => s.selection);
  const editingNoteId = useUi((s) => s.editingNoteId);
  const [gesture, setGesture] = useState<Gesture>(null);
  const [spaceHeld, setSpaceHeld] = useState(false);
  const activePointers = useRef(new Set<number>());
  // What the last two presses on the stage itself landed on (a batched note's id, or null for the background) and
  // where (screen px). Konva sees both as the stage and ignores the distance between them, so it takes two quick clicks
  // on different notes, or a tap that adds a note and a quick tap elsewhere to finish it, for a double click unless we
  // check.
  const stagePresses = useRef<Array<{ noteId: NoteId | null; x: number; y: number }>>([]);
  const drag = useNoteDrag(connection, ui);
  const { draggedIds, clusters: clusterDrag, isDragging, start: startDrag, move: moveDrag, end: endDrag } = drag;
  // The note node a pointer last pressed (Konva drags it): a second finger stops that drag.
  const pressedNoteNode = useRef<Konva.Node | null>(null);
  // Whether each of the last two presses on a cluster label became a drag: Konva counts a press and release on the
  // label as a click even when the label moved along with the pointer, and two of those are no double click.
  const labelPressesDragged = useRef<[boolean, boolean]>([false, false]);

  usePinchZoom(containerRef);
  useCanvasKeys(containerRef);
  // Pictures dropped on the board, or pasted, become sketches.
  useSketchDrop(containerRef);
  const hintId = useId();

  // Notes being dragged or edited stay mounted even when they leave the view, or the drag/edit would be cut off.
  const keep = useMemo(
    () => new Set<NoteId>(editingNoteId ? [...draggedIds, editingNoteId] : draggedIds),
    [editingNoteId, draggedIds],
  );
  const { view, shown, detail, batched, mounted } = useNoteLayout(notes, privateNotes, keep, viewport, {
    width,
    height,
  });
  // Sketches' pictures load only for sketches in or near the view, at the width the zoom needs.
  useSketchLoading(shown, viewport.scale);

  // Cluster frames, derived from the notes. While a drag lasts, the frames it leaves behind stand still, so a note
  // can be dragged out of its frame (see cluster-drag). Recomputed only when notes change, never when panning.
  const frames = useMemo(
    () => (clusterDrag ? framesDuringDrag(notes.values(), clusterDrag) : framesOf(notes)),
    [notes, clusterDrag],
  );
  const clusterOrigins = useMemo(() => frameOrigins(frames), [frames]);
  const targets = useMemo(() => {
    if (!clusterDrag) return NO_CLUSTERS;
    const dragged = draggedIds.map((id) => notes.get(id)).filter((note): note is Note => note !== undefined);
    return dropTargets(dragged, clusterDrag);
  }, [notes, draggedIds, clusterDrag]);

  const boardPointFromEvent = useCallback(
    (stage: Konva.Stage | null): Point | null => {
      const pointer = stage?.getPointerPosition();
      return pointer ? screenToBoard(ui.getState().viewport, pointer) : null;
    },
    [ui],
  );

  // Space+drag pans from anywhere, as in Miro and FigJam; but Space presses a button (or link) that keyboard focus is
  // on (`:focus-visible`), as everywhere on the web. A button clicked with the mouse keeps the focus without it.
  useEffect(() => {
    const isTyping = (e: KeyboardEvent) =>
      e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]');
    const pressesControl = (e: KeyboardEvent) =>
      e.target instanceof HTMLElement &&
      e.target.matches(':focus-visible') &&
      e.target.closest('button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"]');
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space' && !isTyping(e) && !pressesControl(e)) {
        e.preventDefault();
        setSpaceHeld(true);
      }
    };
    const up = (e: KeyboardEvent) => e.code === 'Space' && setSpaceHeld(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const stage = e.target.getStage();
    const pointer = stage?.getPointerPosition();
    const current = ui.getState().viewport;
    if (e.evt.ctrlKey || e.evt.metaKey) {
      // Trackpad pinch arrives as ctrl+wheel with small deltas; mouse wheels with large ones.
      if (pointer) ui.getState().setViewport(zoomAround(current, pointer, Math.exp(-e.evt.deltaY * 0.01)));
    } else {
      ui.getState().setViewport(panBy(current, -e.evt.deltaX, -e.evt.deltaY));
    }
  };

  // Every pointer pressed on the canvas, counted before Konva sees it, whether or not its press reaches the stage (a
  // press on a note or on your own dot does not), so a second finger always reads as a pinch (usePinchZoom): it
  // ends whatever the first finger started (a pan, a tap, dragging a note), so the pinch does not also move things.
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const pressed = activePointers.current;
    const down = (e: PointerEvent) => {
      pressed.add(e.pointerId);
      if (pressed.size < 2) return;
      pressedNoteNode.current?.stopDrag();
      pressedNoteNode.current = null;
      if (isDragging()) endDrag();
      setGesture(null);
    };
    const up = (e: PointerEvent) => pressed.delete(e.pointerId);
    element.addEventListener('pointerdown', down, { capture: true });
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('pointerdown', down, { capture: true });
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [isDragging, endDrag]);

  const onStagePointerDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    // A second finger means pinch-zoom (above); it must not also pan or vote.
    if (activePointers.current.size > 1) return;
    const stage = e.target.getStage();
    const point = boardPointFromEvent(stage);
    if (!point || (e.evt.button !== undefined && e.evt.button > 1)) return;
    const touch = e.evt.pointerType === 'touch';
    // No compatibility mousedown after a finger's press: it would take the focus from a note editor the tap opens
    // (Konva prevents it for presses on shapes, not on the background).
    if (touch) e.evt.preventDefault();
    // A batched note is no Konva node: a press on it reaches the stage, which routes it to the note.
    const batchedNote = e.target === stage ? noteAt(batched, point) : null;
    const onBackground = e.target === stage && !batchedNote;
    if (e.target === stage) {
      const press = { noteId: batchedNote?.id ?? null, x: e.evt.clientX, y: e.evt.clientY };
      stagePresses.current = [...stagePresses.current.slice(-1), press];
    }
    if (readOnly || spaceHeld || e.evt.button === 1 || (onBackground && tool === 'select' && !e.evt.shiftKey)) {
      if (onBackground && tool === 'select' && !spaceHeld) {
        ui.getState().clearSelection();
        ui.getState().startEditing(null);
      }
      setGesture({ kind: 'pan', startX: e.evt.clientX, startY: e.evt.clientY, origin: { ...ui.getState().viewport } });
      return;
    }
    if (batchedNote && tool === 'select') {
      pressNote(batchedNote, e.evt.shiftKey);
      // A phase that closes arranging (Vote, Results) leaves notes where they are: the press pans instead.
      setGesture(
        allows.arrange
          ? { kind: 'move', noteId: batchedNote.id, from: point, startX: e.evt.clientX, startY: e.evt.clientY }
          : { kind: 'pan', startX: e.evt.clientX, startY: e.evt.clientY, origin: { ...ui.getState().viewport } },
      );
      return;
    }
    if (onBackground && tool === 'select' && e.evt.shiftKey) {
      setGesture({ kind: 'band', start: point, current: point });
      return;
    }
    const tap = { point, startX: e.evt.clientX, startY: e.evt.clientY, origin: { ...ui.getState().viewport } };
    if (tool === 'add-note') {
      setGesture({ kind: 'tap', action: 'add-note', ...tap });
      return;
    }
    if (tool === 'vote' || tool === 'free-vote') {
      if (e.target.hasName('dot')) return; // the dot handles its own click (take the vote back)
      if (touch) setGesture({ kind: 'tap', action: tool, ...tap });
      else placeVoteAt(connection, ui, point, noteAt(shown, point), tool, t, frames);
      return;
    }
    if (onBackground)
      setGesture({ kind: 'pan', startX: e.evt.clientX, startY: e.evt.clientY, origin: { ...ui.getState().viewport } });
  };

  const onStagePointerMove = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const stage = e.target.getStage();
    const point = boardPointFromEvent(stage);
    if (point && !readOnly) connection.setCursor(point);
    if (!gesture || activePointers.current.size > 1) return;
    if (gesture.kind === 'pan') {
      ui.getState().setViewport({
        ...gesture.origin,
        x: gesture.origin.x + e.evt.clientX - gesture.startX,
        y: gesture.origin.y + e.evt.clientY - gesture.startY,
      });
    } else if (gesture.kind === 'move') {
      if (!point) return;
      const distance = Math.hypot(e.evt.clientX - gesture.startX, e.evt.clientY - gesture.startY);
      if (!isDragging() && distance >= DRAG_THRESHOLD_PX) {
        startDrag(gesture.noteId, gesture.from);
        if (gesture.label) labelPressesDragged.current[1] = true;
      }
      moveDrag(point);
    } else if (gesture.kind === 'tap') {
      const distance = Math.hypot(e.evt.clientX - gesture.startX, e.evt.clientY - gesture.startY);
      if (distance >= TAP_SLOP_PX)
        setGesture({ kind: 'pan', startX: gesture.startX, startY: gesture.startY, origin: gesture.origin });
    } else if (point) {
      setGesture({ ...gesture, current: point });
    }
  };

  /** A tap let go where it started: a note there (its editor open), or a dot. */
  const finishTap = (tap: Extract<Gesture, { kind: 'tap' }>) => {
    if (tap.action !== 'add-note') {
      placeVoteAt(connection, ui, tap.point, noteAt(shown, tap.point), tap.action, t, frames);
      return;
    }
    const id = addNoteCenteredAt(connection, tap.point, ui.getState().noteColor);
    const state = ui.getState();
    state.setTool('select');
    state.select([id]);
    state.startEditing(id);
  };

  const endGesture = (e?: Konva.KonvaEventObject<PointerEvent>, { cancelled = false } = {}) => {
    if (gesture?.kind === 'tap' && !cancelled) finishTap(gesture);
    if (gesture?.kind === 'band') {
      const rect = bandRect(gesture.start, gesture.current);
      const ids = notesInside(notes.values(), rect);
      const current = ui.getState().selection;
      ui.getState().select([...current, ...ids]);
    }
    if (gesture?.kind === 'move') endDrag(boardPointFromEvent(e?.target.getStage() ?? null) ?? undefined);
    setGesture(null);
  };

  const onStageDoubleClick = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    const stage = e.target.getStage();
    if (e.target !== stage || tool !== 'select' || readOnly) return;
    const point = boardPointFromEvent(stage);
    const [first, second] = stagePresses.current;
    if (!point || !first || !second || first.noteId !== second.noteId) return;
    if (Math.hypot(first.x - second.x, first.y - second.y) > DOUBLE_PRESS_SLOP_PX) return;
    const batchedNote = second.noteId ? notes.get(second.noteId) : undefined;
    if (batchedNote) {
      onNoteDoubleClick(batchedNote);
      return;
    }
    if (!allows.write) return;
    const id = addNoteCenteredAt(connection, point, ui.getState().noteColor);
    ui.getState().select([id]);
    ui.getState().startEditing(id);
  };

  /** A press on a note with the select tool: shift toggles it in the selection, else it becomes the selection. */
  const pressNote = useCallback(
    (note: Note, shiftKey: boolean) => {
      const state = ui.getState();
      if (shiftKey) state.toggleSelected(note.id);
      else if (!state.selection.has(note.id)) state.select([note.id]);
      if (state.editingNoteId && state.editingNoteId !== note.id) state.startEditing(null);
    },
    [ui],
  );

  const onNotePointerDown = useCallback(
    (note: Note, e: Konva.KonvaEventObject<PointerEvent>) => {
      const state = ui.getState();
      if (state.tool !== 'select' || spaceHeld || state.readOnly) return;
      e.cancelBubble = true;
      pressedNoteNode.current = e.currentTarget;
      pressNote(note, e.evt.shiftKey);
    },
    [ui, spaceHeld, pressNote],
  );

  const onNoteDoubleClick = useCallback(
    (note: Note) => {
      if (ui.getState().tool !== 'select' || ui.getState().readOnly) return;
      editNote({ connection, ui }, note.id);
    },
    [connection, ui],
  );

  /**
   * A press on a cluster's label (select tool): selects the cluster's notes (shift adds them to the selection), and
   * dragging from there moves them all, as the stage moves a batched note, if this person may arrange them. Space,
   * the middle button or a second finger pan as anywhere else.
   */
  const onLabelPointerDown = useCallback(
    (clusterId: ClusterId, e: Konva.KonvaEventObject<PointerEvent>) => {
      const state = ui.getState();
      if (state.tool !== 'select' || state.readOnly || spaceHeld || activePointers.current.size > 1) return;
      if (e.evt.button !== undefined && e.evt.button > 0) return;
      e.cancelBubble = true;
      if (e.evt.pointerType === 'touch') e.evt.preventDefault();
      labelPressesDragged.current = [labelPressesDragged.current[1], false];
      const members = clusterMembers(connection.notes.snapshot.values(), clusterId);
      state.select(e.evt.shiftKey ? [...state.selection, ...members] : members);
      state.startEditing(null);
      const point = boardPointFromEvent(e.target.getStage());
      // Selecting is looking; moving the group is arranging, which a phase or a lock can close.
      if (point && members[0] && mayArrangeNotes(connection, members).ok) {
        const press = { from: point, startX: e.evt.clientX, startY: e.evt.clientY };
        setGesture({ kind: 'move', noteId: members[0], label: true, ...press });
      }
    },
    [ui, connection, spaceHeld, boardPointFromEvent],
  );

  const onLabelDoubleClick = useCallback(
    (clusterId: ClusterId) => {
      if (ui.getState().tool !== 'select' || ui.getState().readOnly) return;
      if (labelPressesDragged.current.includes(true)) return;
      renameCluster({ connection, ui }, clusterId);
    },
    [connection, ui],
  );

  // Konva drags a mounted note's node; the notes follow the node's position (board units, like the notes').
  const onNoteDragStart = useCallback(
    (note: Note, e: Konva.KonvaEventObject<DragEvent>) => {
      // Konva starts drags from touch events, which arrive after the pointer events that tell a pinch: a finger of a
      // pinch that landed on a note must not drag it.
      if (activePointers.current.size > 1) {
        e.target.stopDrag();
        return;
      }
      startDrag(note.id, e.target.position());
    },
    [startDrag],
  );
  const onNoteDragMove = useCallback(
    (_note: Note, e: Konva.KonvaEventObject<DragEvent>) => moveDrag(e.target.position()),
    [moveDrag],
  );
  const onNoteDragEnd = useCallback(
    (_note: Note, e: Konva.KonvaEventObject<DragEvent>) => endDrag(e.target.position()),
    [endDrag],
  );

  const cursor = gesture?.kind === 'pan' || spaceHeld ? 'grabbing' : tool === 'select' ? 'default' : 'crosshair';
  const privateLabel = t('secrecy.noteBadge');

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      style={{ cursor }}
      // Focusable, so keys reach the board (Tab selects notes one by one: useCanvasKeys); a key-driven widget to
      // screen readers, which pass its keys through. The notes list is where they read the board.
      tabIndex={0}
      role="application"
      aria-label={t('keyboard.canvasLabel')}
      aria-describedby={hintId}
      data-testid="board-canvas"
      // How many of this person's notes and dots nobody else sees yet (the canvas itself cannot be queried).
      data-private-notes={privateNotes.size}
      data-private-dots={privateDots}
      // The board rectangle in view, "x y width height" in board units (following the facilitator is checked by it).
      data-view={viewAttribute(viewport, width, height)}
    >
      <p id={hintId} className="visually-hidden">
        {t('keyboard.canvasHint')}
      </p>
      {width > 0 && height > 0 && (
        <Stage
          ref={registerBoardStage}
          width={width}
          height={height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          onWheel={onWheel}
          onPointerDown={onStagePointerDown}
          onPointerMove={onStagePointerMove}
          onPointerUp={endGesture}
          onPointerCancel={(e) => endGesture(e, { cancelled: true })}
          onPointerLeave={() => connection.setCursor(null)}
          onDblClick={onStageDoubleClick}
          onDblTap={onStageDoubleClick}
        >
          {/*
            Each layer fails alone. The boundaries must sit here, inside the Stage: react-konva renders its children
            in a root of its own reconciler, created with console.error as its uncaught-error handler, so an error in
            a layer never reaches a boundary in the DOM tree around <Stage> (nor the app-wide one). Without these,
            one layer throwing unmounts every layer, and the next re-render of the Stage (a pan, any edit) throws
            again: the whole canvas stays blank. A class boundary works in react-konva's reconciler as in react-dom.
          */}
          <Boundary name="the clusters layer (frames behind the notes)" retryBySelf>
            <ClustersLayer
              frames={frames}
              dropTargets={targets}
              interactive={tool === 'select' && !readOnly}
              onLabelPointerDown={onLabelPointerDown}
              onLabelDoubleClick={onLabelDoubleClick}
            />
          </Boundary>
          <Boundary name="the notes layer" retryBySelf>
            <Layer ref={tagLayer('notes')} name="notes">
              {batched.length > 0 && (
                <NoteBatchShape
                  notes={batched}
                  selection={selection}
                  tally={tally.notes}
                  detail={detail}
                  uiDirection={direction}
                />
              )}
              {mounted.map(({ note, drawn }) => (
                <NoteShape
                  key={note.id}
                  note={note}
                  visible={drawn}
                  selected={selection.has(note.id)}
                  editing={editingNoteId === note.id}
                  draggable={
                    tool === 'select' && allows.arrange && !readOnly && !spaceHeld && editingNoteId !== note.id
                  }
                  votes={tally.notes.get(note.id)?.votes ?? 0}
                  privateLabel={privateNotes.has(note.id) ? privateLabel : null}
                  // A hidden NoteShape keeps the look it had at full detail, so hiding it changes nothing else.
                  detail={drawn ? detail : 'full'}
                  uiDirection={direction}
                  onPointerDown={onNotePointerDown}
                  onDoubleClick={onNoteDoubleClick}
                  onDragStart={onNoteDragStart}
                  onDragMove={onNoteDragMove}
                  onDragEnd={onNoteDragEnd}
                />
              ))}
            </Layer>
          </Boundary>
          <Boundary name="the heatmap layer" retryBySelf>
            <HeatmapLayer clusterOrigins={clusterOrigins} />
          </Boundary>
          <Boundary name="the dots layer" retryBySelf>
            <DotsLayer clusterOrigins={clusterOrigins} />
          </Boundary>
          <Boundary name="the round type's layer (supervotes, support under notes, ratings)" retryBySelf>
            <BallotLayer clusterOrigins={clusterOrigins} />
          </Boundary>
          <Boundary name="the presence layer (other people's cursors and selections)" retryBySelf>
            <PresenceLayer view={view} />
          </Boundary>
          <Layer name="selection-band" listening={false}>
            {gesture?.kind === 'band' && (
              <Rect
                {...bandRect(gesture.start, gesture.current)}
                fill="rgba(31,111,235,0.08)"
                stroke="#1f6feb"
                strokeWidth={1 / viewport.scale}
                dash={[6 / viewport.scale, 4 / viewport.scale]}
              />
            )}
          </Layer>
        </Stage>
      )}
    </div>
  );
}

function viewAttribute(viewport: Viewport, width: number, height: number): string {
  const { x, y, width: w, height: h } = visibleBoardRect(viewport, width, height);
  return [x, y, w, h].map((value) => value.toFixed(1)).join(' ');
}

const NO_CLUSTERS: ReadonlySet<ClusterId> = new Set();

function bandRect(a: Point, b: Point): BoardRect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}
