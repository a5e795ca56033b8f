import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  LayeredView,
  LiveNotes,
  LiveVotes,
  TallyTracker,
  credentialSubprotocols,
  deciderIdFor,
  deriveBoardIdentity,
  LEAD_PRESENCE_KEY,
  privateDocName,
  readMeta,
  readSession,
  readSettings,
  retractOrphanedDots,
  sessionMap,
  voterIdIn,
  type BoardIdentity,
  type Lead,
  type Note,
  type PlacedVote,
  type Presence,
  type Role,
  type Workspace,
} from '@notevote/board';
import type { BoardAccess } from './board-link';
import { UndoHistory } from './undo-history';
import { undoOutlives } from './phase-undo';
import { allowedNow } from './permissions';

export type ConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'offline' }
  | { kind: 'refused'; reason: string };

/** The relay's WebSocket endpoint on the page's own origin (the app talks to no other host). */
export function relayUrl(location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

type Listener = () => void;

const CURSOR_INTERVAL_MS = 50;

/**
 * The stock provider sends every presence change it hears back to the relay, so on a plenary of hundreds each
 * cursor move would come back hundreds of times (the relay drops the echoes, but they cost everyone bandwidth).
 * This tab sends only its own presence: changes the Awareness marks as local (including its periodic renewal).
 */
function sendOnlyOwnPresence(provider: WebsocketProvider): void {
  const send = provider._awarenessUpdateHandler;
  provider.awareness.off('update', send);
  provider.awareness.on('update', (change: Parameters<typeof send>[0], origin: unknown) => {
    if (origin === 'local') send(change, origin);
  });
}

/** Who gets a private document: everyone who may write (the relay opens none for a projector). */
const hasPrivateDocument = (role: Role | null): boolean => role === 'participant' || role === 'facilitator';

/**
 * One open board: the Y.Doc (the only source of board content), this person's private document (where their notes
 * and dots wait while writing is silent or voting secret), their providers, live views derived from both, and an
 * undo history that tracks only this user's own edits.
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** This person's private document, seen by nobody else until a reveal; null for a projector. */
  readonly privateDoc: Y.Doc | null;
  /** Opened once the board is loaded: its name holds this person's user id, which depends on the board. */
  private privateProvider: WebsocketProvider | null = null;
  /** The board and the private document together: what the `…In` functions of @notevote/board route edits over. */
  readonly workspace: Workspace;
  /** Origin of every local edit: the undo history tracks this origin only, never someone else's changes. */
  readonly localOrigin = { local: true };
  /** Origin of the app's own upkeep (taking back dots on deleted notes): not an edit the person would undo. */
  private readonly upkeepOrigin = { upkeep: true };
  /** Every note this person sees: the board's and their own private ones (`notes.privateSnapshot`). */
  readonly notes: LayeredView<Note>;
  /** Every dot this person sees: the board's and their own secret ones (`votes.privateSnapshot`). */
  readonly votes: LayeredView<PlacedVote>;
  /** Only the board's dots: public results (the heatmap), like the tally. */
  readonly publicVotes: LiveVotes;
  /** Public results only: secret dots count once they are revealed. */
  readonly tally: TallyTracker;
  readonly undo: UndoHistory;
  private readonly liveViews: Array<{ destroy(): void }>;
  private status: ConnectionStatus = { kind: 'connecting' };
  /** Who this device is on this board (derived once the board's user-id scheme is known); null for a projector. */
  private boardIdentity: BoardIdentity | null = null;
  private privateRefused: string | null = null;
  private everConnected = false;
  private syncedOnce = false;
  private readonly listeners = new Set<Listener>();

  /** What this link allows; null when the page was opened without one (the relay will refuse it). */
  readonly role: Role | null;

  constructor(
    readonly boardId: string,
    /** This device's secret (see sync/identity): what its identity on every board derives from. */
    private readonly deviceSecret: string,
    access: BoardAccess,
    private readonly url = relayUrl(),
  ) {
    this.role = access.role;
    this.privateDoc = hasPrivateDocument(access.role) ? new Y.Doc() : null;
    this.workspace = { board: this.doc, own: this.privateDoc };
    const boardNotes = new LiveNotes(this.doc);
    this.publicVotes = new LiveVotes(this.doc);
    const ownNotes = this.privateDoc && new LiveNotes(this.privateDoc);
    const ownVotes = this.privateDoc && new LiveVotes(this.privateDoc);
    this.notes = new LayeredView(boardNotes, ownNotes);
    this.votes = new LayeredView(this.publicVotes, ownVotes);
    this.tally = new TallyTracker(this.doc);
    this.liveViews = [
      this.notes,
      this.votes,
      boardNotes,
      this.publicVotes,
      ...(ownNotes && ownVotes ? [ownNotes, ownVotes] : []),
    ];
    this.undo = new UndoHistory(this.privateDoc ? [this.doc, this.privateDoc] : [this.doc], this.localOrigin);
    sessionMap(this.doc).observe(this.onSessionChange);
    // The device secret proves this user's id to the relay (it derives the id by hashing it); a projector has no id.
    // Both travel in the Sec-WebSocket-Protocol header, never in the URL: reverse proxies log URLs by default.
    this.protocols = credentialSubprotocols({
      token: access.token,
      key: access.role === 'projector' ? null : deviceSecret,
    });
    this.provider = new WebsocketProvider(url, boardId, this.doc, { protocols: this.protocols });
    sendOnlyOwnPresence(this.provider);
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
      if (synced && !this.syncedOnce) this.onFirstSync();
    });
    window.addEventListener('offline', this.onNetworkChange);
    window.addEventListener('online', this.onNetworkChange);
  }

  /** The credentials presented to the relay, in the Sec-WebSocket-Protocol header (never in the URL). */
  private readonly protocols: string[];

  /**
   * The board arrived: now its user-id scheme is known (`meta.userIds`), so this device's identity on it, and with it
   * the private document's name. Dots left on notes deleted meanwhile are taken back from here on.
   */
  private onFirstSync(): void {
    if (this.privateDoc) {
      this.boardIdentity = deriveBoardIdentity(this.deviceSecret, this.boardId, readMeta(this.doc)?.userIds ?? 2);
      this.privateProvider = this.openPrivate(this.privateDoc, this.boardIdentity.userId);
      // After the transaction that deleted the note, not inside its observers.
      const takeBackOrphans = () => queueMicrotask(() => this.takeBackOrphanedDots());
      this.notes.subscribe(takeBackOrphans);
      sessionMap(this.doc).observe(takeBackOrphans);
      takeBackOrphans();
    }
    this.syncedOnce = true;
    this.emit();
  }

  /**
   * Every dot spends budget until its voter takes it back, dots on deleted notes too (see votes/rules in
   * @notevote/board): this device takes back its own as soon as it sees their note deleted, so deleting a note gives
   * its voters their votes back. Only when the rules let this person touch their dots now (not on a locked board, not
   * in a phase that closes voting: the relay would refuse it); the session changing calls this again.
   */
  private takeBackOrphanedDots(): void {
    if (this.destroyed || !this.boardIdentity || !allowedNow(this).vote) return;
    retractOrphanedDots(this.workspace, this.boardIdentity.userId, { origin: this.upkeepOrigin });
  }

  private phaseSeen = { phase: readSession(this.doc).phase, roundId: readSession(this.doc).roundId };

  /** At a phase change, forgets the undo steps that undoing would now have refused (see phase-undo). */
  private readonly onSessionChange = (): void => {
    const { phase, roundId } = readSession(this.doc);
    const now = { phase, roundId };
    if (!undoOutlives(this.phaseSeen, now, this.role)) this.undo.clear();
    this.phaseSeen = now;
  };

  /** The private document's own connection, presenting the same token and device key as the board's. */
  private openPrivate(privateDoc: Y.Doc, userId: string): WebsocketProvider {
    const provider = new WebsocketProvider(this.url, privateDocName(this.boardId, userId), privateDoc, {
      protocols: this.protocols,
    });
    // Presence belongs to the board connection; the relay ignores it here, so publish none.
    provider.awareness.setLocalState(null);
    provider.on('closed', (event) => {
      this.privateRefused = event.reason || `code ${event.code}`;
      this.emit();
    });
    return provider;
  }

  /** Whether the board has been received from the relay at least once. */
  get loaded(): boolean {
    return this.syncedOnce;
  }

  /** Who this device is on this board: null for a projector, and until the board has loaded. */
  get identity(): BoardIdentity | null {
    return this.boardIdentity;
  }

  /** This person's user id on this board (null for a projector, and until the board has loaded). */
  get userId(): string | null {
    return this.boardIdentity?.userId ?? null;
  }

  /**
   * The id this person's dots of the current vote are filed under: their user id, or in a supervote their decider id
   * (on an anonymous board a tag that ties their name to their supervotes only; see `deciderIdFor`).
   */
  get voterId(): string | null {
    const identity = this.boardIdentity;
    return identity ? voterIdIn(readSession(this.doc), identity, readSettings(this.doc).anonymous) : null;
  }

  /** The id this person is (or would be) named a decider under (their user id on a named board). */
  get deciderId(): string | null {
    const identity = this.boardIdentity;
    return identity ? deciderIdFor(identity, readSettings(this.doc).anonymous) : null;
  }

  get connectionStatus(): ConnectionStatus {
    return this.status;
  }

  /**
   * Why the relay refused the private document (null while it is accepted): new notes and dots made while a mode is
   * on would then stay on this device. The board itself still works, so this is not the connection status.
   */
  get privateRefusal(): string | null {
    return this.privateRefused;
  }

  /** Notified when the connection status, the loaded state or the private document's refusal changes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes this participant's presence fields (merged into the current state). */
  setPresence(fields: Partial<Presence>): void {
    const current = (this.provider.awareness.getLocalState() ?? {}) as Partial<Presence>;
    this.provider.awareness.setLocalState({ ...current, ...fields });
  }

  /**
   * Publishes what this facilitator shows followers (the relay takes it out of their presence and republishes it as
   * its own; see `FacilitatorLead` in the relay). Null withdraws it.
   */
  setLead(lead: Lead | null): void {
    const current = (this.provider.awareness.getLocalState() ?? {}) as Record<string, unknown>;
    this.provider.awareness.setLocalState({ ...current, [LEAD_PRESENCE_KEY]: lead ?? undefined });
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
    // A refused private document stays closed: asking again would only be refused again.
    const open = this.privateProvider && !this.privateRefused ? [this.provider, this.privateProvider] : [this.provider];
    for (const provider of open) {
      if (this.offlineNow()) provider.disconnect();
      else if (!provider.wsconnected) provider.connect();
    }
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

  private destroyed = false;

  /** Closes the connection and releases everything. */
  destroy(): void {
    this.destroyed = true;
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    window.removeEventListener('offline', this.onNetworkChange);
    window.removeEventListener('online', this.onNetworkChange);
    sessionMap(this.doc).unobserve(this.onSessionChange);
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    this.privateProvider?.destroy();
    this.undo.destroy();
    this.tally.destroy();
    for (const view of this.liveViews) view.destroy();
    this.doc.destroy();
    this.privateDoc?.destroy();
  }
}
