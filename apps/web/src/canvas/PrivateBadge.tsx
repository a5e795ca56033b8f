import { Group, Path, Rect, Text } from './konva';
import { NOTE_FONT_FAMILY, canvasMeasure } from './text-fit';

/** Outline of a private note: dashed and muted, so it reads as "not on the board yet" even without its badge. */
export const PRIVATE_OUTLINE: { stroke: string; strokeWidth: number; dash: number[] } = {
  stroke: '#57606a',
  strokeWidth: 2,
  dash: [10, 6],
};

const HEIGHT = 20;
const FONT_SIZE = 12;
const PADDING = 8;
const LOCK_WIDTH = 10;
const GAP = 5;
/** A padlock in a 10×12 box: shackle arc over a body. */
const LOCK_SHACKLE = 'M2.5 6 V4 a2.5 2.5 0 0 1 5 0 V6';

/** A dark pill with a padlock and `label` ("Only you"), drawn just above a private note's top-left corner. */
export function PrivateBadge({ label }: { label: string }) {
  const width = PADDING + LOCK_WIDTH + GAP + canvasMeasure(label, FONT_SIZE) + PADDING;
  return (
    <Group name="private-badge" y={-HEIGHT - 4} listening={false}>
      <Rect width={width} height={HEIGHT} cornerRadius={HEIGHT / 2} fill="#32383f" perfectDrawEnabled={false} />
      <Group x={PADDING} y={(HEIGHT - 12) / 2}>
        <Path data={LOCK_SHACKLE} stroke="white" strokeWidth={1.5} perfectDrawEnabled={false} />
        <Rect y={5.5} width={LOCK_WIDTH} height={6.5} cornerRadius={1.5} fill="white" perfectDrawEnabled={false} />
      </Group>
      <Text
        x={PADDING + LOCK_WIDTH + GAP}
        height={HEIGHT}
        text={label}
        verticalAlign="middle"
        fill="white"
        fontSize={FONT_SIZE}
        fontFamily={NOTE_FONT_FAMILY}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}
