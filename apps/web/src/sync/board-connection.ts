import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { LiveNotes, LiveVotes, TallyTracker, notesMap, votesMap, type NoteId, type Role } from '@notevote/board';
import type { DeviceIdentity } from './identity';
import type { BoardAccess } from './board-link';

export type ConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'offline' }
  | { kind: 'refused'; reason: string };

/** What each participant publishes through awareness (presence: synced, never stored). */
export interface Presence {
  user: { id: string; name: string; color: string };
  /** Pointer position in board units, or null when the pointer is off the board. */
  cursor: { x: number; y: number } | null;
  /** Notes this participant has selected, shown to others as a coloured outline. */
  selection: NoteId[];
}

/** The relay's WebSocket endpoint on the page's own origin (the app talks to no other host). */
export function relayUrl(location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

type Listener = () => void;

const CURSOR_INTERVAL_MS = 50;

/**
 * One open board: the Y.Doc (the only source of board content), its provider, live views derived from it, and an
 * undo manager that tracks only this user's own edits.
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Origin of every local edit: the undo manager tracks this origin only, never someone else's changes. */
  readonly localOrigin = { local: true };
  readonly notes: LiveNotes;
  readonly votes: LiveVotes;
  readonly tally: TallyTracker;
  readonly undo: Y.UndoManager;
  private status: ConnectionStatus = { kind: 'connecting' };
  private everConnected = false;
  private syncedOnce = false;
  private readonly listeners = new Set<Listener>();

  /** What this link allows; null when the page was opened without one (the relay will refuse it). */
  readonly role: Role | null;

  constructor(
    readonly boardId: string,
    readonly identity: DeviceIdentity,
    access: BoardAccess,
    url = relayUrl(),
  ) {
    this.role = access.role;
    this.notes = new LiveNotes(this.doc);
    this.votes = new LiveVotes(this.doc);
    this.tally = new TallyTracker(this.doc);
    this.undo = new Y.UndoManager([notesMap(this.doc), votesMap(this.doc)], {
      trackedOrigins: new Set([this.localOrigin]),
      captureTimeout: 400,
    });
    // The device secret proves this user's id to the relay (it derives the id by hashing it); a projector has no id.
    const params: Record<string, string> = {};
    if (access.token) params['token'] = access.token;
    if (access.role !== 'projector') params['key'] = identity.secret;
    this.provider = new WebsocketProvider(url, boardId, this.doc, { params });
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') {
        this.everConnected = true;
        this.setStatus({ kind: 'connected' });
      } else if (this.status.kind !== 'refused') {
        this.setStatus(
          this.offlineNow() ? { kind: 'offline' } : { kind: this.everConnected ? 'reconnecting' : 'connecting' },
        );
      }
    });
    this.provider.on('closed', (event) =>
      this.setStatus({ kind: 'refused', reason: event.reason || `code ${event.code}` }),
    );
    this.provider.on('sync', (synced: boolean) => {
      if (synced && !this.syncedOnce) {
        this.syncedOnce = true;
        this.emit();
      }
    });
    window.addEventListener('offline', this.onNetworkChange);
    window.addEventListener('online', this.onNetworkChange);
  }

  /** Whether the board has been received from the relay at least once. */
  get loaded(): boolean {
    return this.syncedOnce;
  }

  get connectionStatus(): ConnectionStatus {
    return this.status;
  }

  /** Notified when the connection status or loaded state changes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes this participant's presence fields (merged into the current state). */
  setPresence(fields: Partial<Presence>): void {
    const current = (this.provider.awareness.getLocalState() ?? {}) as Partial<Presence>;
    this.provider.awareness.setLocalState({ ...current, ...fields });
  }

  private cursorTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingCursor: Presence['cursor'] | undefined;

  /**
   * Publishes the pointer position at most every CURSOR_INTERVAL_MS: smooth enough to follow, and a plenary of
   * hundreds moving their mice does not flood the relay.
   */
  setCursor(cursor: Presence['cursor']): void {
    this.pendingCursor = cursor;
    if (this.cursorTimer) return;
    this.setPresence({ cursor });
    this.pendingCursor = undefined;
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      if (this.pendingCursor !== undefined) this.setCursor(this.pendingCursor);
    }, CURSOR_INTERVAL_MS);
  }

  private offlineNow(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  private readonly onNetworkChange = (): void => {
    if (this.status.kind === 'refused') return;
    // Drop the socket as soon as the device says it is offline (a dead socket can linger for 30 s), and reconnect
    // at once when it is back rather than waiting for the provider's backoff.
    if (this.offlineNow()) this.provider.disconnect();
    else if (!this.provider.wsconnected) this.provider.connect();
    if (this.status.kind === 'connected' && !this.offlineNow()) return;
    this.setStatus(
      this.offlineNow() ? { kind: 'offline' } : { kind: this.everConnected ? 'reconnecting' : 'connecting' },
    );
  };

  private setStatus(status: ConnectionStatus): void {
    if (status.kind === this.status.kind) return;
    this.status = status;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Closes the connection and releases everything. */
  destroy(): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    window.removeEventListener('offline', this.onNetworkChange);
    window.removeEventListener('online', this.onNetworkChange);
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    this.undo.destroy();
    this.tally.destroy();
    this.notes.destroy();
    this.votes.destroy();
    this.doc.destroy();
  }
}
