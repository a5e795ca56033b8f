import { createStore } from 'zustand/vanilla';
import type { ClusterId, NoteId } from '@notevote/board';

/**
 * Local UI state only: never board content (that lives in the Y.Doc) and never presence (that is awareness).
 * `add-note` waits for one tap (or click) on the board, puts a note there and goes back to `select` (phones).
 */
export type Tool = 'select' | 'vote' | 'free-vote' | 'add-note';

/**
 * Whether this screen follows the facilitator's view: 'on' fits the view to what the facilitator sees, 'stepped-out'
 * is 'off' after this person moved the view themselves while following (they are offered to follow again).
 */
export type Follow = 'off' | 'on' | 'stepped-out';

/**
 * Whose dots the results, the heatmap and the dots on the board show: the round in progress (`current`, which on the
 * open board means dots cast outside rounds), an earlier round by id, or (null) the dots cast outside rounds.
 */
export type ViewedRound = string | null | 'current';

/** The side panels; one is shown at a time. */
export type Panel = 'results' | 'people' | 'facilitator' | 'notes';

export interface Viewport {
  /** Screen position (CSS px) of the board origin. */
  x: number;
  y: number;
  /** Screen px per board unit. */
  scale: number;
}

export interface UiState {
  /** A projector link: the board can be looked at (pan, zoom, heatmap) but not changed. */
  readOnly: boolean;
  tool: Tool;
  selection: ReadonlySet<NoteId>;
  viewport: Viewport;
  editingNoteId: NoteId | null;
  /** The cluster whose name is being edited (its label band holds an input), if any. */
  renamingClusterId: ClusterId | null;
  heatmapVisible: boolean;
  heatmapOpacity: number;
  /** The side panel shown, if any. `notes` shows the notes list (which stays in the page, visually hidden, when not). */
  panel: 'none' | Panel;
  shortcutsOpen: boolean;
  /** A short message for the user (a refused vote, say), shown until it times out. */
  notice: string | null;
  /** Note colour for the next new note. */
  noteColor: string;
  /** The canvas size in CSS pixels, for commands that centre or fit the view. */
  canvasSize: { width: number; height: number };
  /** Following the facilitator's view (participants and the projector; see follow/). */
  follow: Follow;
  /** How many times this facilitator asked "Bring everyone to me" since opening the board (published in presence). */
  summons: number;
  /** The round whose results are shown (the Results panel's choice). */
  viewedRound: ViewedRound;
}

export interface UiActions {
  setTool(tool: Tool): void;
  select(ids: Iterable<NoteId>): void;
  toggleSelected(id: NoteId): void;
  clearSelection(): void;
  setViewport(viewport: Viewport): void;
  startEditing(id: NoteId | null): void;
  startRenaming(id: ClusterId | null): void;
  setHeatmapVisible(visible: boolean): void;
  setHeatmapOpacity(opacity: number): void;
  togglePanel(panel: Panel): void;
  setShortcutsOpen(open: boolean): void;
  showNotice(message: string | null): void;
  setNoteColor(color: string): void;
  setCanvasSize(size: { width: number; height: number }): void;
  setFollow(follow: Follow): void;
  summonEveryone(): void;
  setViewedRound(round: ViewedRound): void;
}

export type UiStore = ReturnType<typeof createUiStore>;

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

/** Creates the UI store: a vanilla zustand store, read in React with `useStore(store, selector)`. */
export function createUiStore(initial: Partial<UiState> = {}) {
  return createStore<UiState & UiActions>()((set) => ({
    readOnly: false,
    tool: 'select',
    selection: new Set(),
    viewport: { x: 0, y: 0, scale: 1 },
    editingNoteId: null,
    renamingClusterId: null,
    heatmapVisible: false,
    heatmapOpacity: 0.7,
    panel: 'none',
    shortcutsOpen: false,
    notice: null,
    noteColor: '#fff475',
    canvasSize: { width: 0, height: 0 },
    follow: 'off',
    summons: 0,
    viewedRound: 'current',
    ...initial,
    setTool: (tool) => set({ tool, editingNoteId: null, renamingClusterId: null }),
    select: (ids) => set({ selection: new Set(ids) }),
    toggleSelected: (id) =>
      set((state) => {
        const selection = new Set(state.selection);
        if (selection.has(id)) selection.delete(id);
        else selection.add(id);
        return { selection };
      }),
    clearSelection: () => set((state) => (state.selection.size === 0 ? state : { selection: new Set() })),
    setViewport: (viewport) => set({ viewport }),
    startEditing: (id) => set({ editingNoteId: id }),
    startRenaming: (id) => set({ renamingClusterId: id }),
    setHeatmapVisible: (heatmapVisible) => set({ heatmapVisible }),
    setHeatmapOpacity: (heatmapOpacity) => set({ heatmapOpacity: Math.min(1, Math.max(0, heatmapOpacity)) }),
    togglePanel: (panel) => set((state) => ({ panel: state.panel === panel ? 'none' : panel })),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    showNotice: (notice) => set({ notice }),
    setNoteColor: (noteColor) => set({ noteColor }),
    setCanvasSize: (canvasSize) => set({ canvasSize }),
    setFollow: (follow) => set({ follow }),
    summonEveryone: () => set((state) => ({ summons: state.summons + 1 })),
    setViewedRound: (viewedRound) => set({ viewedRound }),
  }));
}
