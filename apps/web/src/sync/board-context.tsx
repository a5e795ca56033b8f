import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import {
  readLead,
  readMeta,
  readPeople,
  readPresence,
  readSecrecySummary,
  readSession,
  metaMap,
  peopleMap,
  sessionMap,
  type BoardMeta,
  type Lead,
  type Note,
  type NoteId,
  type PlacedVote,
  type Person,
  type Presence,
  type SecrecySummary,
  type Session,
  type Tally,
} from '@notevote/board';
import type { BoardConnection, ConnectionStatus } from './board-connection';
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

/** A live view's snapshot as React state. */
function useLive<T>(view: { subscribe(listener: () => void): () => void }, read: () => T): T {
  const subscribe = useCallback((listener: () => void) => view.subscribe(listener), [view]);
  return useSyncExternalStore(subscribe, read);
}

/** Every note this person sees (the board's and their own private ones) as plain data; re-renders on changes. */
export function useNotes(): ReadonlyMap<NoteId, Note> {
  const { notes } = useBoard().connection;
  return useLive(notes, () => notes.snapshot);
}

/** This person's private notes: only they see them, until the facilitator reveals them. */
export function usePrivateNotes(): ReadonlyMap<NoteId, Note> {
  const { notes } = useBoard().connection;
  return useLive(notes, () => notes.privateSnapshot);
}

/** Every dot this person sees: everyone's public dots and their own secret ones. */
export function useVotes(): ReadonlyMap<string, PlacedVote> {
  const { votes } = useBoard().connection;
  return useLive(votes, () => votes.snapshot);
}

/** This person's secret dots, not yet revealed. */
export function usePrivateVotes(): ReadonlyMap<string, PlacedVote> {
  const { votes } = useBoard().connection;
  return useLive(votes, () => votes.privateSnapshot);
}

/** Only the board's dots: the public results, which is what the heatmap shows. */
export function usePublicVotes(): ReadonlyMap<string, PlacedVote> {
  const { publicVotes } = useBoard().connection;
  return useLive(publicVotes, () => publicVotes.snapshot);
}

/** The vote tally, kept incrementally by the board package. */
export function useTally(): Tally {
  const { tally } = useBoard().connection;
  const subscribe = useCallback((listener: () => void) => tally.subscribe(() => listener()), [tally]);
  return useSyncExternalStore(subscribe, () => tally.tally());
}

/** Subscribes to one Y.Map and derives a value from the document, re-reading only when that map changed. */
export function useMapDerived<T>(map: Y.Map<unknown>, read: () => T): T {
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

/**
 * Everyone who ever joined the board (from the document), as well-formed people only: any client may write the
 * `people` map, so a malformed entry is left out rather than handed to the panels and layers that read it.
 */
export function usePeople(): ReadonlyMap<string, Person> {
  const { doc } = useBoard().connection;
  return useMapDerived(peopleMap(doc) as Y.Map<unknown>, () => readPeople(doc));
}

/**
 * Presence of everyone connected right now, keyed by awareness client id (excluding this tab). Other clients write
 * it, so each state goes through `readPresence`: well-formed or left out, whatever was sent.
 */
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
        if (clientId === provider.awareness.clientID) continue;
        const presence = readPresence(state);
        if (presence) next.set(clientId, presence);
      }
      cache.current = next;
    }
    return cache.current;
  });
}

/**
 * How much private content is waiting for a reveal, as the relay publishes it: the counts, 'withheld' while fewer
 * than three people take part (so nobody learns what one other person did), or null until it has published any.
 */
export function useSecrecySummary(): SecrecySummary | 'withheld' | null {
  // Keep the same object while the counts are unchanged, so cursor movements do not re-render its readers.
  return useAwarenessDerived(readSecrecySummary, sameSummary);
}

function sameSummary(a: SecrecySummary | 'withheld' | null, b: SecrecySummary | 'withheld' | null): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return a === b;
  return (
    a.notes === b.notes &&
    a.writers === b.writers &&
    a.dots === b.dots &&
    a.voters === b.voters &&
    a.participants === b.participants
  );
}

/**
 * The facilitator's view that followers follow, as the relay republishes it (`readLead`), or null while no
 * facilitator shares one. The same object while it is unchanged, so cursor movements re-render nobody.
 */
export function useLead(): Lead | null {
  return useAwarenessDerived(readLead, (a, b) => JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A value read from everyone's presence, re-read when presence changes and kept as the same object while `same` says
 * it is unchanged (presence changes with every cursor movement; most readers care about a small part of it).
 */
function useAwarenessDerived<T>(read: (states: Iterable<unknown>) => T, same: (a: T, b: T) => boolean): T {
  const { provider } = useBoard().connection;
  const cache = useRef<{ value: T; stale: boolean } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const onChange = () => {
        if (cache.current) cache.current.stale = true;
        listener();
      };
      provider.awareness.on('change', onChange);
      return () => provider.awareness.off('change', onChange);
    },
    [provider],
  );
  return useSyncExternalStore(subscribe, () => {
    if (!cache.current || cache.current.stale) {
      const next = read(provider.awareness.getStates().values());
      const value = cache.current && same(cache.current.value, next) ? cache.current.value : next;
      cache.current = { value, stale: false };
    }
    return cache.current.value;
  });
}

/** Connection status, whether the board has loaded, and why the private document was refused (if it was). */
export function useConnectionState(): { status: ConnectionStatus; loaded: boolean; privateRefusal: string | null } {
  const { connection } = useBoard();
  const subscribe = useCallback((listener: () => void) => connection.subscribe(listener), [connection]);
  const status = useSyncExternalStore(subscribe, () => connection.connectionStatus);
  const loaded = useSyncExternalStore(subscribe, () => connection.loaded);
  const privateRefusal = useSyncExternalStore(subscribe, () => connection.privateRefusal);
  return { status, loaded, privateRefusal };
}
