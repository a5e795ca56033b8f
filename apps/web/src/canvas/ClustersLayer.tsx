import { memo, useMemo } from 'react';
import { Group, Layer, Rect, Text } from './konva';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import { resultsVisible, type ClusterFrame, type ClusterId, type ClusterTally } from '@notevote/board';
import { useMeta, useNotes, useSession, useTally, useUi } from '../sync/board-context';
import { clusterTallyText } from '../ballots/spread';
import { useClusters } from '../sync/use-clusters';
import { selectedCluster } from '../sync/cluster-membership';
import { clusterLabel } from '../ui/cluster-names';
import { NOTE_FONT_FAMILY, canvasMeasure } from './text-fit';
import {
  CLUSTER_CORNER_RADIUS,
  CLUSTER_SELECTED_STROKE,
  CLUSTER_SELECTED_STROKE_PX,
  CLUSTER_STROKE_PX,
  CLUSTER_TEXT_COLOR,
  clusterTint,
  labelLayout,
} from './cluster-style';
import { textDirection, type TextDirection } from './text-direction';
import { uiDirection } from '../i18n';
import { tagLayer } from './layer-tag';

export interface ClustersLayerProps {
  /** The frames to draw (derived from the notes; during a drag, the ones it leaves behind stand still). */
  frames: readonly ClusterFrame[];
  /** Clusters a drag would drop notes into, if let go now. */
  dropTargets: ReadonlySet<ClusterId>;
  /** Whether the labels take presses (the select tool, for someone who may arrange the board). */
  interactive: boolean;
  onLabelPointerDown: (clusterId: ClusterId, event: Konva.KonvaEventObject<PointerEvent>) => void;
  onLabelDoubleClick: (clusterId: ClusterId) => void;
}

/**
 * Every cluster's frame, behind the notes: a tinted rounded rectangle around its notes with the cluster's name in
 * the band on top, and its tally (dots, supporters) while results are visible. Only the label bands listen (press to
 * select the cluster and drag it, double-click to rename): a press anywhere else in a frame reaches what is under it.
 */
export const ClustersLayer = memo(function ClustersLayer(props: ClustersLayerProps) {
  const { frames, dropTargets, interactive } = props;
  const { t } = useTranslation();
  const direction = uiDirection();
  const clusters = useClusters();
  const tally = useTally();
  const { phase } = useSession();
  const notes = useNotes();
  const selection = useUi((s) => s.selection);
  const scale = useUi((s) => s.viewport.scale);
  const renaming = useUi((s) => s.renamingClusterId);
  const selected = useMemo(() => selectedCluster(selection, notes), [selection, notes]);
  const showTally = resultsVisible(phase);
  const unnamed = t('clusters.unnamed');

  const anonymous = useMeta()?.anonymous ?? false;
  // Supporters are left out on an anonymous board with fewer than three behind the number (it would tell who).
  const tallyText = (entry: ClusterTally | undefined): string | null =>
    showTally && entry && entry.votes > 0 ? clusterTallyText(t, entry.votes, entry.voters, anonymous) : null;

  return (
    <Layer ref={tagLayer('clusters')} name="clusters" listening={interactive}>
      {frames.map((frame) => (
        <ClusterFrameShape
          key={frame.clusterId}
          frame={frame}
          name={clusterLabel(clusters, frame.clusterId, unnamed)}
          named={clusters.has(frame.clusterId)}
          tally={tallyText(tally.clusters.get(frame.clusterId))}
          scale={scale}
          selected={selected === frame.clusterId}
          dropTarget={dropTargets.has(frame.clusterId)}
          renaming={renaming === frame.clusterId}
          uiDirection={direction}
          onLabelPointerDown={props.onLabelPointerDown}
          onLabelDoubleClick={props.onLabelDoubleClick}
        />
      ))}
    </Layer>
  );
});

interface ClusterFrameShapeProps {
  frame: ClusterFrame;
  name: string;
  /** False for a cluster without a record (drawn dashed, "Unnamed group"). */
  named: boolean;
  tally: string | null;
  scale: number;
  selected: boolean;
  dropTarget: boolean;
  renaming: boolean;
  /** The interface's direction: a name with no letters follows it. */
  uiDirection: TextDirection;
  onLabelPointerDown: ClustersLayerProps['onLabelPointerDown'];
  onLabelDoubleClick: ClustersLayerProps['onLabelDoubleClick'];
}

const ClusterFrameShape = memo(function ClusterFrameShape(props: ClusterFrameShapeProps) {
  const { frame, name, tally, scale, selected, dropTarget } = props;
  const { clusterId } = frame;
  const tint = clusterTint(clusterId);
  // The badge's text is bold, about a tenth wider than the regular text canvasMeasure measures.
  const layout = labelLayout(frame.label, scale, tally ? (fontSize) => canvasMeasure(tally, fontSize) * 1.1 : null);
  const highlighted = selected || dropTarget;
  const setCursor = (e: Konva.KonvaEventObject<MouseEvent>, cursor: string) => {
    const container = e.target.getStage()?.container();
    if (container) container.style.cursor = cursor;
  };
  return (
    <Group name="cluster" id={`cluster-${clusterId}`}>
      <Rect
        {...frame.frame}
        name="cluster-frame"
        listening={false}
        cornerRadius={CLUSTER_CORNER_RADIUS}
        fill={tint.fill}
        opacity={dropTarget ? 1 : 0.92}
        stroke={highlighted ? CLUSTER_SELECTED_STROKE : tint.stroke}
        strokeWidth={(highlighted ? CLUSTER_SELECTED_STROKE_PX : CLUSTER_STROKE_PX) / scale}
        dash={[10 / scale, 6 / scale]}
        dashEnabled={dropTarget || !props.named}
        perfectDrawEnabled={false}
      />
      <Group
        name="cluster-label"
        onPointerDown={(e) => props.onLabelPointerDown(clusterId, e)}
        onDblClick={() => props.onLabelDoubleClick(clusterId)}
        onDblTap={() => props.onLabelDoubleClick(clusterId)}
        onMouseEnter={(e) => setCursor(e, 'move')}
        onMouseLeave={(e) => setCursor(e, '')}
      >
        {/* The grab area: transparent, but it takes presses (Konva hits a shape by its fill). */}
        <Rect {...layout.hit} fill="transparent" />
        {!props.renaming && (
          <Text
            {...layout.name}
            name="cluster-name"
            text={name}
            // Its own direction (an Arabic name on an English board), drawn from the band's start as before.
            direction={textDirection(name, props.uiDirection)}
            fontSize={layout.fontSize}
            fontFamily={NOTE_FONT_FAMILY}
            fontStyle={props.named ? 'bold' : 'italic bold'}
            fill={CLUSTER_TEXT_COLOR}
            wrap="none"
            ellipsis
            listening={false}
            perfectDrawEnabled={false}
          />
        )}
        {tally && layout.badge && (
          <Group x={layout.badge.x} y={layout.badge.y} listening={false}>
            <Rect
              width={layout.badge.width}
              height={layout.badge.height}
              cornerRadius={layout.badge.height / 2}
              fill={CLUSTER_TEXT_COLOR}
              perfectDrawEnabled={false}
            />
            <Text
              width={layout.badge.width}
              height={layout.badge.height}
              text={tally}
              align="center"
              verticalAlign="middle"
              fill="white"
              fontStyle="bold"
              fontSize={layout.badge.fontSize}
              fontFamily={NOTE_FONT_FAMILY}
              perfectDrawEnabled={false}
            />
          </Group>
        )}
      </Group>
    </Group>
  );
});
