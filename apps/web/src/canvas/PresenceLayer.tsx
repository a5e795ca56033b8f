import { memo } from 'react';
import { Group, Layer, Path, Rect, Text } from './konva';
import type { Rect as BoardRect } from '@notevote/board';
import { useNotes, usePresence, useUi } from '../sync/board-context';
import { NOTE_FONT_FAMILY } from './text-fit';
import { tagLayer } from './layer-tag';

const CURSOR_PATH = 'M0 0 L0 16 L4.5 12 L7.5 19 L10 18 L7 11 L13 11 Z';

/**
 * Other people's cursors with their names, and the notes they have selected outlined in their colour. Presence
 * arrives through `usePresence`, already read into a well-formed shape, so a malformed state from one client cannot
 * make this layer throw (and a failure here hides only this layer: see LayerBoundary in BoardCanvas).
 */
export const PresenceLayer = memo(function PresenceLayer(_props: { view: BoardRect }) {
  const presence = usePresence();
  const notes = useNotes();
  const scale = useUi((s) => s.viewport.scale);
  const inverse = 1 / scale;
  const people = [...presence.entries()];
  return (
    <Layer ref={tagLayer('presence')} name="presence" listening={false}>
      {people.flatMap(([clientId, p]) =>
        p.selection
          .map((id) => notes.get(id))
          .filter((note) => note !== undefined)
          .map((note) => (
            <Rect
              key={`${clientId}:${note.id}`}
              x={note.x - 4 * inverse}
              y={note.y - 4 * inverse}
              width={note.width + 8 * inverse}
              height={note.height + 8 * inverse}
              stroke={p.user.color}
              strokeWidth={2 * inverse}
              cornerRadius={6 * inverse}
            />
          )),
      )}
      {people.map(([clientId, p]) =>
        p.cursor ? (
          <Group key={clientId} x={p.cursor.x} y={p.cursor.y} scaleX={inverse} scaleY={inverse}>
            <Path data={CURSOR_PATH} fill={p.user.color} stroke="white" strokeWidth={1} />
            <Group x={12} y={18} visible={p.user.name.length > 0}>
              <Rect
                width={Math.min(180, p.user.name.length * 7.5 + 12)}
                height={20}
                fill={p.user.color}
                cornerRadius={4}
              />
              <Text
                x={6}
                y={4}
                text={p.user.name}
                fontSize={12}
                fontFamily={NOTE_FONT_FAMILY}
                fill="white"
                width={168}
                wrap="none"
                ellipsis
              />
            </Group>
          </Group>
        ) : null,
      )}
    </Layer>
  );
});
