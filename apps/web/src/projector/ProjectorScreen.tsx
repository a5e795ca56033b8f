import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerClockOffset } from '../sync/use-server-clock';
import { unionRects } from '@notevote/board';
import { refusalMessage } from '../i18n';
import { CanvasBoundary } from '../ui/CanvasBoundary';
import { fitRect } from '../canvas/viewport';
import { useFollower } from '../follow/useFollowing';
import { useBoard, useConnectionState, useLead, useNotes, useUi } from '../sync/board-context';
import { Boundary } from '../ui/Boundary';
import { HeatmapLegend } from '../ui/HeatmapLegend';
import { ConnectionBadge } from '../ui/ConnectionBadge';
import { NoteList } from '../ui/NoteList';
import { Announcer } from '../ui/Announcer';
import { BoardAnnouncements } from '../ui/BoardAnnouncements';
import { SecrecyStatus } from '../ui/SecrecyStatus';
import { ProjectorControls } from './ProjectorControls';
import { useProjectorKeys } from './useProjectorKeys';
import { ProjectorJoin } from './ProjectorJoin';
import { ProjectorRanking } from './ProjectorRanking';
import { ProjectorStatus } from './ProjectorStatus';
import { useRecentActivity } from './useRecentActivity';
import { useResultsShown } from './useResultsShown';
import { useWakeLock } from './useWakeLock';
import { useBoardTitle } from '../ui/useBoardTitle';
import './projector.css';

/** The projector's controls and pointer hide after this long without mouse or keyboard. */
const CONTROLS_IDLE_MS = 3_000;

/**
 * The projector link's screen, made for a big screen seen across a room: the board (read-only, following the
 * facilitator unless freed), the title and status in large type, the ranking once results are shown, and how to
 * join. Nothing to click and nothing that times out; the screen is kept awake where the browser allows it.
 */
export function ProjectorScreen() {
  const { t } = useTranslation();
  const { connection, ui } = useBoard();
  const { status, loaded } = useConnectionState();
  const lead = useLead();
  const resultsShown = useResultsShown();
  const active = useRecentActivity(CONTROLS_IDLE_MS);
  const wakeLock = useWakeLock();
  // The timebox is shown in the relay's clock: keep this device's estimate of it fresh across reconnections.
  useServerClockOffset();
  useProjectorKeys();
  const follower = useFollower(loaded);
  const canvasWidth = useUi((s) => s.canvasSize.width);
  const following = useUi((s) => s.follow === 'on');
  const noteCount = useNotes().size;

  const title = useBoardTitle();

  // While no facilitator shares their view, show every note, as notes come and go (placed by the follower: this is
  // not the screen stepping out).
  const hasLead = lead !== null;
  useEffect(() => {
    if (!follower || hasLead || !following || canvasWidth === 0 || noteCount === 0) return;
    const bounds = unionRects(connection.notes.snapshot.values());
    const { canvasSize } = ui.getState();
    if (bounds) follower.place(fitRect(bounds, canvasSize.width, canvasSize.height));
  }, [follower, hasLead, following, canvasWidth, noteCount, connection, ui]);

  // The heatmap comes with the results; the controls can still turn it on or off.
  useEffect(() => ui.getState().setHeatmapVisible(resultsShown), [ui, resultsShown]);

  return (
    <div
      className={`projector-screen${active ? '' : ' projector-idle'}`}
      data-testid="projector-screen"
      data-wake-lock={wakeLock}
    >
      <header className="projector-header">
        <ProjectorStatus title={title} />
        <div className="projector-header-side">
          <SecrecyStatus />
          <ConnectionBadge />
        </div>
      </header>
      <main className="projector-board" aria-label={t('projector.badge')}>
        <CanvasBoundary />
        <HeatmapLegend />
        {!loaded && status.kind !== 'refused' && <p className="canvas-overlay">{t('status.loading')}</p>}
        {status.kind === 'refused' && (
          <p className="canvas-overlay error" role="alert">
            {refusalMessage(status.reason)}
          </p>
        )}
      </main>
      <aside className="projector-side">
        <ProjectorRanking visible={resultsShown} />
        <ProjectorJoin boardId={connection.boardId} />
      </aside>
      {/* Read-only here: the list says so, and what is on the board is announced as on every screen. */}
      <Boundary name="the notes list" retryBySelf>
        <NoteList />
      </Boundary>
      <Announcer />
      <BoardAnnouncements />
      <ProjectorControls shown={active} />
    </div>
  );
}
