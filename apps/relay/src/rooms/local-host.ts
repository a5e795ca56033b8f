import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import { readSettings, setAnonymous, setBoardLanguage, setTitle } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import type { DocStore } from '../storage/types';
import { CloseCode } from '../sync/close-codes';
import type { AttachRequest, BoardHost, BoardInitArgs } from './board-host';
import { peopleOnline, statusOf, type BoardStatus } from './board-status';
import type { Connection } from './connection';
import { joinRoom } from './join-room';
import { BoardErasedError, type RoomRegistry } from './room-registry';

/**
 * One relay instance holding every board it serves (the default): each board's room lives here, in the registry.
 * The clustered host (cluster/) does the same for the boards it holds and forwards the rest.
 */
export class LocalHost implements BoardHost {
  constructor(
    readonly registry: RoomRegistry,
    private readonly log: FastifyBaseLogger,
    private readonly limits: { maxConnectionsPerBoard: number },
    /** Where boards are stored: a status is read from there for a board not in memory. */
    private readonly store: DocStore,
  ) {}

  get loadedBoards(): number {
    return this.registry.size;
  }

  localConnections(boardId: string): number {
    return this.registry.peek(boardId)?.connectionCount ?? 0;
  }

  attach(connection: Connection, { boardId, deviceKey, owner }: AttachRequest) {
    return joinRoom(this.registry, boardId, connection, { deviceKey, owner }, this.log, this.limits);
  }

  async initBoard(boardId: string, init: BoardInitArgs): Promise<void> {
    const room = await this.registry.open(boardId);
    try {
      await room.changeAsRelay((doc) => {
        setTitle(doc, init.title);
        if (init.anonymous) setAnonymous(doc, true);
        if (init.language) setBoardLanguage(doc, init.language);
      });
    } finally {
      this.registry.releaseIfEmpty(room);
    }
  }

  /**
   * Merges a board's state handed over by the instance that served it until now (cluster/): trusted, since that room
   * judged every update in it. Its clients, reconnecting here, then carry nothing the room lacks.
   */
  async absorb(boardId: string, state: Uint8Array): Promise<void> {
    const room = await this.registry.open(boardId);
    try {
      await room.changeAsRelay((doc) => Y.applyUpdate(doc, state));
    } finally {
      this.registry.releaseIfEmpty(room);
    }
  }

  async setAnonymity(boardId: string, anonymous: boolean): Promise<'unchanged' | 'changed' | 'has-content'> {
    const room = await this.registry.open(boardId);
    try {
      if (readSettings(room.doc).anonymous === anonymous) return 'unchanged';
      // Fixed once anything was written: notes and dots written before carry names and ids that cannot be unsaid.
      if (room.hasContent()) return 'has-content';
      await room.changeAsRelay((doc) => setAnonymous(doc, anonymous));
      return 'changed';
    } finally {
      this.registry.releaseIfEmpty(room);
    }
  }

  async closeReplacedLinks(boardId: string, role: Role, current: number): Promise<number> {
    return (
      this.registry
        .peek(boardId)
        ?.closeWhere(
          (member) => member.role === role && member.epoch !== current,
          CloseCode.unauthorized,
          'link-replaced',
        ) ?? 0
    );
  }

  erase(boardId: string): Promise<number> {
    return this.registry.erase(boardId);
  }

  async readDoc(boardId: string) {
    try {
      const room = await this.registry.open(boardId);
      return { doc: room.doc, release: () => this.registry.releaseIfEmpty(room) };
    } catch (error) {
      if (error instanceof BoardErasedError) return null;
      throw error;
    }
  }

  async isActive(boardId: string): Promise<boolean> {
    return this.registry.isActive(boardId);
  }

  async boardStatus(boardId: string): Promise<BoardStatus> {
    const room = this.registry.peek(boardId);
    if (room) return statusOf(room.doc, peopleOnline(room.board.connections));
    // Not loaded: read, not opened, so an organiser's page polling its event keeps no board in memory.
    const stored = await this.store.load(boardId);
    const doc = new Y.Doc({ gc: true });
    try {
      if (stored) Y.applyUpdate(doc, stored.update);
      return statusOf(doc, 0);
    } finally {
      doc.destroy();
    }
  }

  close(): Promise<void> {
    return this.registry.close();
  }
}
