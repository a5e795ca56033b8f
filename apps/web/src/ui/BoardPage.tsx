import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPrivateNote } from '@notevote/board';
import { i18n, refusalMessage } from '../i18n';
import { BoardConnection } from '../sync/board-connection';
import {
  BoardProvider,
  useBoard,
  useConnectionState,
  useMeta,
  useNotes,
  useSession,
  useUi,
} from '../sync/board-context';
import { deviceColor, loadDeviceSecret, rememberName, rememberedName } from '../sync/identity';
import { introduce } from '../sync/actions';
import { readBoardAccess } from '../sync/board-link';
import { isRecoverableRefusal, mayRecoverAgain } from '../sync/recoverable-refusal';
import { Boundary } from './Boundary';
import { Loading } from './Loading';
import { PanelBoundary } from './PanelBoundary';
import { createUiStore, type Panel, type UiStore } from '../state/ui-store';
import { CanvasBoundary } from './CanvasBoundary';
import { Toolbar } from './Toolbar';
import { ZoomControls } from './ZoomControls';
import { HeatmapLegend } from './HeatmapLegend';
import { ConnectionBadge } from './ConnectionBadge';
import { VoteBudget } from './VoteBudget';
import { SecrecyStatus } from './SecrecyStatus';
import { ResultsPanel } from './ResultsPanel';
import { PeoplePanel } from './PeoplePanel';
import { NoteEditor } from './NoteEditor';
import { ClusterNameEditor } from './ClusterNameEditor';
import { NoteList } from './NoteList';
import { SkipLink, focusPageStart } from './SkipLink';
import { Announcer } from './Announcer';
import { BoardAnnouncements } from './BoardAnnouncements';
import { useFocusReturn } from './focus-return';
import { Notice } from './Notice';
import { SketchUploadStatus } from '../sketches/SketchUploadStatus';
import { ShortcutsDialog } from './ShortcutsDialog';
import { JoinDialog } from './JoinDialog';
import { DeciderDialog } from '../ballots/DeciderDialog';
import { SelectionRating } from '../ballots/SelectionRating';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { fitToContent } from './commands';
import { useCompactLayout } from './useCompactLayout';
import { PhoneTopBar } from './PhoneTopBar';
import { PhoneStatusSlot } from './PhoneStatusSlot';
import { PhoneActionBar } from './PhoneActionBar';
import { FollowControls, SteppedOutPill } from '../follow/FollowControls';
import { useFollower, useLeadPublisher } from '../follow/useFollowing';
import { PhaseBanner } from './PhaseBanner';
import { PhaseStepper } from './PhaseStepper';
import { usePhaseToolFallback } from './usePhaseToolFallback';
import { LanguageMenu } from './LanguageMenu';
import { useServerClockOffset } from '../sync/use-server-clock';
import { lazyPart } from './lazy-part';
import { useBoardTitle } from './useBoardTitle';

/** The facilitator's panel, fetched when they open it (or once the board has loaded, so it opens at once). */
const FacilitatorPanel = lazyPart(() => import('./FacilitatorPanel').then((module) => module.FacilitatorPanel));
/** The big screen's view, fetched only by the projector link. */
const ProjectorScreen = lazyPart(() => import('../projector/ProjectorScreen').then((module) => module.ProjectorScreen));

/** `/b/<boardId>`: opens the board's connection for this device and shows it. */
export function BoardPage({ boardId }: { boardId: string }) {
  const [board, setBoard] = useState<OpenBoard | null>(null);

  useEffect(() => {
    // One UI store for the page: when the board reopens after a refusal (below), the view, the open panel and the
    // tool stay as they were; only the connection is new.
    // The projector follows the facilitator from the start (until freed).
    const ui = createUiStore({ readOnly: true, follow: readBoardAccess().role === 'projector' ? 'on' : 'off' });
    const reopenings: number[] = [];
    let current: BoardConnection;
    let stopWatching = () => {};
    const open = (reopened: boolean) => {
      const connection = new BoardConnection(boardId, loadDeviceSecret(), readBoardAccess());
      current = connection;
      // Read-only until the board has loaded: edits need this person's identity on it, known only then.
      if (reopened) ui.setState({ readOnly: true, editingNoteId: null, selection: new Set() });
      setBoard({ connection, ui, reopened });
      stopWatching = connection.subscribe(() => {
        const reason = recoverableReason(connection);
        if (!reason || !mayRecoverAgain(reopenings, Date.now())) return;
        stopWatching();
        reopenings.push(Date.now());
        // Not inside the provider's close handler that told us: its socket is still being taken down.
        setTimeout(() => {
          connection.destroy();
          open(true);
          ui.getState().showNotice(recoveryNotice(reason));
        }, 0);
      });
    };
    open(false);
    return () => {
      stopWatching();
      current.destroy();
    };
  }, [boardId]);

  if (!board) return <Loading />;
  return (
    <BoardProvider connection={board.connection} ui={board.ui}>
      {/* The big screen has a screen of its own: no controls, large type, the ranking and the way to join. */}
      {board.connection.role === 'projector' ? (
        <Suspense fallback={<Loading />}>
          <ProjectorScreen />
        </Suspense>
      ) : (
        <BoardScreen reopened={board.reopened} />
      )}
    </BoardProvider>
  );
}

/** One open board: its connection, the page's UI store, and whether it was reopened after a refusal. */
interface OpenBoard {
  connection: BoardConnection;
  ui: UiStore;
  reopened: boolean;
}

/**
 * The refusal that should reopen this board by itself, if any: one an honest client meets because of timing (see
 * sync/recoverable-refusal), on the board's connection or on the private document's.
 */
function recoverableReason(connection: BoardConnection): string | null {
  const status = connection.connectionStatus;
  if (status.kind === 'refused') return isRecoverableRefusal(status.reason) ? status.reason : null;
  return isRecoverableRefusal(connection.privateRefusal) ? connection.privateRefusal : null;
}

/** What the notice says after reopening: why the last change was not kept (`phases.recovered.*`, else `refusals.*`). */
function recoveryNotice(reason: string): string {
  return i18n.t([`phases.recovered.${reason}`, `refusals.${reason}`]);
}

function BoardScreen({ reopened }: { reopened: boolean }) {
  const { t } = useTranslation();
  const board = useBoard();
  const { connection, ui } = board;
  // The toolbar, votes and editing are for people who may change the board; a projector only looks.
  const { status, loaded } = useConnectionState();
  const meta = useMeta();
  const notes = useNotes();
  const panel = useUi((s) => s.panel);
  const [name, setName] = useState<string | null>(() => rememberedName());
  // Phones get a compact top bar and a bottom action bar instead of the desktop bars (the board stays the same).
  const compact = useCompactLayout();
  useKeyboardShortcuts();
  useFocusReturn();
  // Following: the facilitator publishes what they see; a participant follows it when they choose to, and goes
  // there once when the facilitator brings everyone.
  useLeadPublisher(loaded && connection.role === 'facilitator');
  useFollower(loaded && connection.role === 'participant', () => ui.getState().showNotice(t('follow.summoned')));
  usePhaseToolFallback();
  // The timebox is shown in the relay's clock: keep this device's estimate of it fresh across reconnections.
  useServerClockOffset();

  // First load: show all of it. (The relay created the board; only it writes its metadata.) A board reopened after a
  // refusal keeps the person's view.
  useEffect(() => {
    if (!loaded || reopened) return;
    // Keep the fragment: it is this person's access link (a reload must keep working).
    if (window.location.search) window.history.replaceState(null, '', window.location.pathname + window.location.hash);
    fitToContent(board);
  }, [loaded, connection, board, reopened]);

  const isFacilitator = connection.role === 'facilitator';
  useEffect(() => {
    if (loaded && isFacilitator) FacilitatorPanel.preload();
  }, [loaded, isFacilitator]);
  const session = useSession();
  const anonymous = meta?.anonymous ?? false;
  const lockedForMe = session.locked && !isFacilitator;
  // In a round the votes left matter only while voting; outside rounds dots may be placed at any time.
  const budgetShown = session.phase === 'open' || session.phase === 'vote';
  // The relay refuses participants' changes while the board is locked; the UI goes read-only so nobody tries. Until
  // the board has loaded, nobody edits: this person's identity on it is not known yet.
  useEffect(() => {
    const shouldBeReadOnly = connection.role === 'projector' || lockedForMe || !loaded;
    if (ui.getState().readOnly !== shouldBeReadOnly) {
      ui.setState({ readOnly: shouldBeReadOnly, editingNoteId: null, tool: 'select' });
    }
  }, [connection, ui, lockedForMe, loaded]);

  // Presence: who I am, and what I have selected (others see it as an outline). A projector publishes none. Private
  // notes are left out of the selection: nobody else may learn even their ids before the reveal. On an anonymous
  // board presence is a cursor and a colour only (the relay strips anything else too).
  useEffect(() => {
    const userId = connection.userId;
    if (!loaded || userId === null) return;
    const color = deviceColor();
    if (anonymous) {
      connection.setPresence({ user: { id: null, name: '', color }, cursor: null, selection: [] });
      return;
    }
    if (!name) return;
    connection.setPresence({ user: { id: userId, name, color }, cursor: null, selection: [] });
    introduce(connection, name, color);
    return ui.subscribe((state, previous) => {
      if (state.selection === previous.selection) return;
      const selection = [...state.selection].filter((id) => !isPrivateNote(connection.workspace, id));
      connection.setPresence({ selection });
    });
  }, [name, loaded, anonymous, connection, ui]);

  const join = (chosen: string) => {
    rememberName(chosen);
    setName(chosen);
    // The dialog takes the focus with it: start again from the top of the page.
    focusPageStart();
  };

  const title = useBoardTitle();

  // The bars switch with the layout; <main> keeps its place among the children, so the canvas is never remounted.
  return (
    <div className={compact ? 'board-screen phone-layout' : 'board-screen'}>
      {/* First on the page: past the bars and the board, to every note and its vote button. */}
      <SkipLink />
      {compact ? (
        <PhoneTopBar title={title} />
      ) : (
        <header className="top-bar">
          {/* The name read out starts with the visible text (WCAG 2.5.3), then says where the link goes. */}
          <a href="/" className="brand" title={t('board.home')}>
            {t('app.name')}
            <span className="visually-hidden"> — {t('board.home')}</span>
          </a>
          <h1 className="board-title">{title}</h1>
          {isFacilitator && <PhaseStepper />}
          <ConnectionBadge />
          {budgetShown && <VoteBudget />}
          <FollowControls />
          <PanelToggle panel="results" label={t('toolbar.results')} hint={t('toolbar.resultsHint')} />
          <PanelToggle panel="people" label={t('toolbar.people')} hint={t('toolbar.peopleHint')} />
          <PanelToggle panel="notes" label={t('noteList.toggle')} hint={t('noteList.toggleHint')} />
          {isFacilitator && (
            <PanelToggle panel="facilitator" label={t('facilitator.open')} hint={t('facilitator.openHint')} />
          )}
          <LanguageMenu />
        </header>
      )}
      {compact ? <PhoneStatusSlot /> : <Toolbar />}
      <main className="board-main">
        {/* Each part fails alone (Boundary): the canvas, each panel, the editors and the notes list. */}
        <CanvasBoundary />
        <Boundary name="the note editor" retryBySelf>
          <NoteEditor />
        </Boundary>
        <Boundary name="the cluster name editor" retryBySelf>
          <ClusterNameEditor />
        </Boundary>
        <ZoomControls />
        <HeatmapLegend />
        <SteppedOutPill />
        {!loaded && status.kind !== 'refused' && <p className="canvas-overlay">{t('status.loading')}</p>}
        {status.kind === 'refused' && (
          <p className="canvas-overlay error" role="alert">
            {refusalMessage(status.reason)}
          </p>
        )}
        {loaded && notes.size === 0 && (
          <p className="canvas-overlay hint">
            {compact
              ? t('phone.empty')
              : matchMedia('(pointer: coarse)').matches
                ? t('board.emptyTouch')
                : t('board.empty')}
          </p>
        )}
        <div className="board-banners">
          {!compact && <PhaseBanner />}
          {lockedForMe && (
            <p className="locked-banner" role="status">
              {t('locked.banner')}
            </p>
          )}
          <SecrecyStatus />
        </div>
        {/* In an agreement vote: the selected note's rating buttons, over the bottom of the board. */}
        <Boundary name="the selected note's rating buttons" retryBySelf>
          <SelectionRating />
        </Boundary>
        {panel === 'results' && (
          <PanelBoundary panel="results" title={t('results.heading')} closeLabel={t('results.close')}>
            <ResultsPanel />
          </PanelBoundary>
        )}
        {panel === 'people' && (
          <PanelBoundary panel="people" title={t('people.heading')} closeLabel={t('people.close')}>
            <PeoplePanel />
          </PanelBoundary>
        )}
        {panel === 'facilitator' && isFacilitator && (
          <PanelBoundary panel="facilitator" title={t('facilitator.heading')} closeLabel={t('facilitator.close')}>
            <FacilitatorPanel />
          </PanelBoundary>
        )}
        {/* Always in the page (visually hidden unless opened or focused): screen readers always have it. */}
        <Boundary name="the notes list" retryBySelf>
          <NoteList />
        </Boundary>
      </main>
      {compact && <PhoneActionBar />}
      <Announcer />
      <BoardAnnouncements />
      <Notice />
      <SketchUploadStatus />
      <ShortcutsDialog />
      {/* A person named a decider answers first (after their name, if the board still needs it: on top). */}
      <DeciderDialog />
      {loaded && !anonymous && !name && connection.role !== 'projector' && <JoinDialog onJoin={join} />}
    </div>
  );
}

/** A top-bar button that opens or closes one side panel. */
function PanelToggle({ panel, label, hint }: { panel: Panel; label: string; hint: string }) {
  const open = useUi((s) => s.panel === panel);
  const togglePanel = useUi((s) => s.togglePanel);
  return (
    <button type="button" aria-pressed={open} aria-label={label} title={hint} onClick={() => togglePanel(panel)}>
      {label}
    </button>
  );
}
