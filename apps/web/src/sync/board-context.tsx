import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import {
  readMeta,
  readSession,
  metaMap,
  peopleMap,
  sessionMap,
  type BoardMeta,
  type Note,
  type NoteId,
  type PlacedVote,
  type Person,
  type Session,
  type Tally,
} from '@notevote/board';
import type { BoardConnection, ConnectionStatus, Presence } from './board-connection';
import type { UiActions, UiState, UiStore } from '../state/ui-store';

interface BoardContextValue {
  connection: BoardConnection;
  ui: UiStore;
}

const BoardContext = createContext<BoardContextValue | null>(null);

/** Makes one open board and its UI store available to the components below. */
export function BoardProvider({ connection, ui, children }: BoardContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ connection, ui }), [connection, ui]);
  return <BoardContext.Provider value={value}>{children}</BoardContext.Provider>;
}

/** The open board's connection and UI store. */
export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard must be used inside <BoardProvider>');
  return value;
}

/** A narrow slice of the local UI state. */
export function useUi<T>(selector: (state: UiState & UiActions) => T): T {
  return useStore(useBoard().ui, selector);
}

/** Every note as plain data; re-renders only when a note changed. */
export function useNotes(): ReadonlyMap<NoteId, Note> {
  const { notes } = useBoard().connection;
  const subscribe = useCallback((listener: () => void) => notes.subscribe(listener), [notes]);
  return useSyncExternalStore(subscribe, () => notes.snapshot);
}

/** Every dot. */
export function useVotes(): ReadonlyMap<string, PlacedVote> {
  const { votes } = useBoard().connection;
  const subscribe = useCallback((listener: () => void) => votes.subscribe(listener), [votes]);
  return useSyncExternalStore(subscribe, () => votes.snapshot);
}

/** The vote tally, kept incrementally by the board package. */
export function useTally(): Tally {
  const { tally } = useBoard().connection;
  const subscribe = useCallback((listener: () => void) => tally.subscribe(() => listener()), [tally]);
  return useSyncExternalStore(subscribe, () => tally.tally());
}

/** Subscribes to one Y.Map and derives a value from the document, re-reading only when that map changed. */
function useMapDerived<T>(map: Y.Map<unknown>, read: () => T): T {
  const cache = useRef<{ version: number; value: T } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      const onChange = () => {
        version.current++;
        listener();
      };
      map.observeDeep(onChange);
      return () => map.unobserveDeep(onChange);
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => {
    if (!cache.current || cache.current.version !== version.current) {
      cache.current = { version: version.current, value: read() };
    }
    return cache.current.value;
  });
}

/** The facilitator's session settings (budget, stacking, phase). */
export function useSession(): Session {
  const { doc } = useBoard().connection;
  return useMapDerived(sessionMap(doc), () => readSession(doc));
}

/** The board's title and metadata. */
export function useMeta(): BoardMeta | null {
  const { doc } = useBoard().connection;
  return useMapDerived(metaMap(doc), () => readMeta(doc));
}

/** Everyone who ever joined the board (from the document). */
export function usePeople(): ReadonlyMap<string, Person> {
  const { doc } = useBoard().connection;
  return useMapDerived(peopleMap(doc) as Y.Map<unknown>, () => new Map(peopleMap(doc).entries()));
}

/** Presence of everyone connected right now, keyed by awareness client id (excluding this tab). */
export function usePresence(): ReadonlyMap<number, Presence> {
  const { provider } = useBoard().connection;
  const cache = useRef<ReadonlyMap<number, Presence> | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const onChange = () => {
        cache.current = null;
        listener();
      };
      provider.awareness.on('change', onChange);
      return () => provider.awareness.off('change', onChange);
    },
    [provider],
  );
  return useSyncExternalStore(subscribe, () => {
    if (!cache.current) {
      const next = new Map<number, Presence>();
      for (const [clientId, state] of provider.awareness.getStates()) {
        if (clientId !== provider.awareness.clientID && isPresence(state)) next.set(clientId, state);
      }
      cache.current = next;
    }
    return cache.current;
  });
}

function isPresence(state: unknown): state is Presence {
  const user = (state as { user?: { id?: unknown; name?: unknown } } | null)?.user;
  return typeof user?.id === 'string' && typeof user.name === 'string';
}

/** Connection status and whether the board has loaded. */
export function useConnectionState(): { status: ConnectionStatus; loaded: boolean } {
  const { connection } = useBoard();
  const subscribe = useCallback((listener: () => void) => connection.subscribe(listener), [connection]);
  const status = useSyncExternalStore(subscribe, () => connection.connectionStatus);
  const loaded = useSyncExternalStore(subscribe, () => connection.loaded);
  return { status, loaded };
}
