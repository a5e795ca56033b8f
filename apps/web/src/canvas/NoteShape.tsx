import { memo } from 'react';
import { Group, Rect, Text } from './konva';
import type Konva from 'konva';
import type { Note } from '@notevote/board';
import { LINE_HEIGHT, NOTE_FONT_FAMILY, noteFontSize, noteTextLines } from './text-fit';
import { textDirection, type TextDirection } from './text-direction';
import { PRIVATE_OUTLINE, PrivateBadge } from './PrivateBadge';
import type { NoteDetail } from './level-of-detail';
import { NOTE_CORNER_RADIUS, NOTE_PADDING, NOTE_TEXT_COLOR, SELECTED_OUTLINE, VOTE_BADGE } from './note-style';
import { SketchPicture } from '../sketches/SketchPicture';

export interface NoteShapeProps {
  note: Note;
  /** False for a NoteShape kept mounted while its note is off screen or drawn by the batch. */
  visible: boolean;
  selected: boolean;
  editing: boolean;
  draggable: boolean;
  /** Votes on this note, shown as a badge (0: no badge). */
  votes: number;
  /** For a note only this person can see (silent writing): the badge's text ("Only you"); null for a public note. */
  privateLabel: string | null;
  detail: NoteDetail;
  /** The interface's direction: a note with no letters in it (only digits, punctuation or emoji) follows it. */
  uiDirection: TextDirection;
  onPointerDown: (note: Note, event: Konva.KonvaEventObject<PointerEvent>) => void;
  onDoubleClick: (note: Note) => void;
  onDragStart: (note: Note, event: Konva.KonvaEventObject<DragEvent>) => void;
  onDragMove: (note: Note, event: Konva.KonvaEventObject<DragEvent>) => void;
  onDragEnd: (note: Note, event: Konva.KonvaEventObject<DragEvent>) => void;
}

/** One sticky note. Memoized on the note object, which the live view replaces only when the note changed. */
export const NoteShape = memo(function NoteShape(props: NoteShapeProps) {
  const { note, selected, editing, votes, detail, privateLabel } = props;
  const isPrivate = privateLabel !== null;
  const innerW = note.width - 2 * NOTE_PADDING;
  const innerH = note.height - 2 * NOTE_PADDING;
  // A sketch shows its picture; its text is the picture's description (for the notes list), never fitted or drawn.
  const sketch = note.image;
  const showText = !sketch && !editing && detail !== 'outline';
  const fontSize = showText ? noteFontSize(note.text, innerW, innerH) : 0;
  // Each note is laid out in its own direction, whatever the interface's: Konva draws with the canvas's `direction`
  // (and would otherwise inherit the page's), and aligns by `align` alone, so a right-to-left note is right-aligned.
  const direction = textDirection(note.text, props.uiDirection);
  return (
    <Group
      id={note.id}
      name={isPrivate ? 'note private-note' : 'note'}
      x={note.x}
      y={note.y}
      visible={props.visible}
      draggable={props.draggable}
      onPointerDown={(e) => props.onPointerDown(note, e)}
      onDblClick={() => props.onDoubleClick(note)}
      onDblTap={() => props.onDoubleClick(note)}
      onDragStart={(e) => props.onDragStart(note, e)}
      onDragMove={(e) => props.onDragMove(note, e)}
      onDragEnd={(e) => props.onDragEnd(note, e)}
    >
      <Rect
        width={note.width}
        height={note.height}
        fill={note.color}
        cornerRadius={NOTE_CORNER_RADIUS}
        shadowEnabled={detail === 'full'}
        shadowColor="black"
        shadowOpacity={0.18}
        shadowBlur={6}
        shadowOffsetY={2}
        // Shadows are the costliest part of a note; skip them for the hit graph.
        shadowForStrokeEnabled={false}
        stroke={selected ? SELECTED_OUTLINE.stroke : isPrivate ? PRIVATE_OUTLINE.stroke : 'transparent'}
        strokeWidth={selected ? SELECTED_OUTLINE.strokeWidth : isPrivate ? PRIVATE_OUTLINE.strokeWidth : 0}
        dash={PRIVATE_OUTLINE.dash}
        dashEnabled={isPrivate}
      />
      {sketch && <SketchPicture width={note.width} height={note.height} image={sketch} />}
      {showText && (
        <Text
          name="note-text"
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={innerW}
          height={innerH}
          // Our lines, not Konva's wrapping (which breaks only at spaces and dashes): the font size was chosen for them,
          // and they fit the width with room to spare, so Konva's "word" wrap never breaks them again.
          text={noteTextLines(note.text, innerW, fontSize).join('\n')}
          direction={direction}
          align={direction === 'rtl' ? 'right' : 'left'}
          fontSize={fontSize}
          lineHeight={LINE_HEIGHT}
          fontFamily={NOTE_FONT_FAMILY}
          fill={NOTE_TEXT_COLOR}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {isPrivate && detail !== 'outline' && <PrivateBadge label={privateLabel} />}
      {votes > 0 && (
        <Group x={note.width - VOTE_BADGE.width / 2} y={-VOTE_BADGE.rise} listening={false}>
          <Rect
            width={VOTE_BADGE.width}
            height={VOTE_BADGE.height}
            offsetX={VOTE_BADGE.width / 2}
            cornerRadius={VOTE_BADGE.cornerRadius}
            fill={VOTE_BADGE.fill}
          />
          <Text
            width={VOTE_BADGE.width}
            offsetX={VOTE_BADGE.width / 2}
            height={VOTE_BADGE.height}
            text={String(votes)}
            align="center"
            verticalAlign="middle"
            fill={VOTE_BADGE.text}
            fontStyle="bold"
            fontSize={VOTE_BADGE.fontSize}
            fontFamily={NOTE_FONT_FAMILY}
            perfectDrawEnabled={false}
          />
        </Group>
      )}
    </Group>
  );
});
