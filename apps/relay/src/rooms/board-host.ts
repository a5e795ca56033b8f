import type * as Y from 'yjs';
import type { BoardLanguage } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import type { BoardStatus } from './board-status';
import type { Connection } from './connection';
import type { JoinRequest } from './room';

/** A new board's first state, written by the relay: its title, anonymity and, if chosen, its reports' language. */
export interface BoardInitArgs {
  title: string;
  anonymous: boolean;
  language?: BoardLanguage;
}

/** What a connection asks to join once admitted. */
export interface AttachRequest extends JoinRequest {
  boardId: string;
}

/** What the relay does with a board whose room may live on this instance or on another one. */
export interface BoardHost {
  /**
   * Takes a newly admitted client connection to its board: into the room here, or, when another instance holds the
   * board, forwarding its frames there. Returns where to deliver the connection's frames, and what to call when it
   * closes.
   */
  attach(connection: Connection, request: AttachRequest): { deliver(frame: Uint8Array): void; leave(): void };
  /** Writes a new board's first state (title, anonymity, language) as the relay, wherever the board is held. */
  initBoard(boardId: string, init: BoardInitArgs): Promise<void>;
  /** Makes the board anonymous or named, unless it holds content already. */
  setAnonymity(boardId: string, anonymous: boolean): Promise<'unchanged' | 'changed' | 'has-content'>;
  /** Closes, on every instance, the connections of `role` admitted with a link other than the `current` epoch. */
  closeReplacedLinks(boardId: string, role: Role, current: number): Promise<number>;
  /** Erases the board everywhere (its directory entry must be gone first); resolves with connections closed. */
  erase(boardId: string): Promise<number>;
  /** The board as stored and live, to read (a report); never write to it. Null when the board does not exist. */
  readDoc(boardId: string): Promise<{ doc: Y.Doc; release(): void } | null>;
  /**
   * The board's title, people on it now (on every instance) and phase, for an event's organiser. Never loads a room
   * or takes a board: a board nobody holds is read from the store, with nobody on it.
   */
  boardStatus(boardId: string): Promise<BoardStatus>;
  /** Whether the board is in use on any instance (retention never erases such a board). */
  isActive(boardId: string): Promise<boolean>;
  /** Connections to the board on this instance (the instance holding it counts every one, and refuses beyond its limit). */
  localConnections(boardId: string): number;
  /** Boards held in memory by this instance. */
  readonly loadedBoards: number;
  /** Flushes and lets go of everything (shutdown). */
  close(): Promise<void>;
}
