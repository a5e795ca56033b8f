import type { BoardLanguage } from '@notevote/board';

/*
 * Events: several team boards under one event (a sprint's teams, presenting at one closing session). What an event
 * is lives here, beside the board directory and as private as it: which boards are its teams, its organiser link's
 * and drop-in code's epochs, and the lookup key of its drop-in code. Its title and language are here too, because an
 * event has no document of its own; the teams' titles are not (they live in each board's document and are read from
 * there).
 */

/** The event's two capabilities, each replaceable by bumping its epoch. */
export const EVENT_LINKS = ['organiser', 'drop-in'] as const;
export type EventLink = (typeof EVENT_LINKS)[number];

export interface EventRecord {
  id: string;
  title: string;
  /** The language its combined report is written in. */
  language: BoardLanguage;
  organiserEpoch: number;
  dropInEpoch: number;
  createdAt: number;
  /** The lookup key of its current drop-in code (auth/event-code.ts), or null until the code was first shown. */
  codeKey: string | null;
  codeSalt: number;
  /** Its boards' ids, in the order they joined the event. */
  boards: string[];
}

export interface NewEvent {
  id: string;
  title: string;
  language: BoardLanguage;
  /** Its first boards, in order (already registered in the board directory). */
  boards: readonly string[];
}

export interface EventDirectory {
  /**
   * Registers an event with its first boards, all or nothing; rejects with EventExistsError if the id is taken, with
   * BoardInEventError if one of the boards is in an event already.
   */
  create(event: NewEvent, now?: number): Promise<EventRecord>;
  get(id: string): Promise<EventRecord | null>;
  /**
   * Adds a board to the end of the event's list; rejects with UnknownEventError when there is no such event, with
   * BoardInEventError when the board is in an event already.
   */
  addBoard(id: string, boardId: string): Promise<EventRecord>;
  /** Moves one capability to its next epoch (its old links or code stop working); returns the new record. */
  rotateLink(id: string, link: EventLink): Promise<EventRecord>;
  /**
   * Registers the lookup key of the event's current drop-in code. False (and nothing changed) when another event
   * holds that key; rejects with UnknownEventError when the event does not exist.
   */
  setCodeKey(id: string, codeKey: string, codeSalt: number): Promise<boolean>;
  /** The event whose drop-in code has this lookup key, or null. */
  findByCodeKey(codeKey: string): Promise<EventRecord | null>;
  /** Forgets the event (its boards stay, each with its own links); false when there was none. */
  remove(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export class EventExistsError extends Error {
  override readonly name = 'EventExistsError';
}

export class UnknownEventError extends Error {
  override readonly name = 'UnknownEventError';
}

/** A board is a team of one event at most. */
export class BoardInEventError extends Error {
  override readonly name = 'BoardInEventError';
}

/** The epoch a capability of the event is at now. */
export function eventEpochOf(record: EventRecord, link: EventLink): number {
  return link === 'organiser' ? record.organiserEpoch : record.dropInEpoch;
}

/** An event as registered: both capabilities at their first epoch, no drop-in code yet. */
export function newEventRecord(event: NewEvent, now: number): EventRecord {
  return {
    id: event.id,
    title: event.title,
    language: event.language,
    organiserEpoch: 0,
    dropInEpoch: 0,
    createdAt: now,
    codeKey: null,
    codeSalt: 0,
    boards: [...event.boards],
  };
}

/** An in-memory event directory for tests and ephemeral servers. */
export function createMemoryEventDirectory(): EventDirectory {
  const events = new Map<string, EventRecord>();
  const copy = (record: EventRecord): EventRecord => ({ ...record, boards: [...record.boards] });
  const existing = (id: string): EventRecord => {
    const record = events.get(id);
    if (!record) throw new UnknownEventError(`event ${id} does not exist`);
    return record;
  };
  const inAnEvent = (boardId: string) => [...events.values()].some((record) => record.boards.includes(boardId));
  return {
    async create(event, now = Date.now()) {
      if (events.has(event.id)) throw new EventExistsError(`event ${event.id} already exists`);
      const taken = event.boards.find(inAnEvent);
      if (taken !== undefined) throw new BoardInEventError(`board ${taken} is in an event already`);
      const record = newEventRecord(event, now);
      events.set(event.id, record);
      return copy(record);
    },
    async get(id) {
      const record = events.get(id);
      return record ? copy(record) : null;
    },
    async addBoard(id, boardId) {
      const record = existing(id);
      if (inAnEvent(boardId)) throw new BoardInEventError(`board ${boardId} is in an event already`);
      record.boards.push(boardId);
      return copy(record);
    },
    async rotateLink(id, link) {
      const record = existing(id);
      if (link === 'organiser') record.organiserEpoch++;
      else record.dropInEpoch++;
      return copy(record);
    },
    async setCodeKey(id, codeKey, codeSalt) {
      const record = existing(id);
      const holder = [...events.values()].find((other) => other.codeKey === codeKey);
      if (holder && holder.id !== id) return false;
      record.codeKey = codeKey;
      record.codeSalt = codeSalt;
      return true;
    },
    async findByCodeKey(codeKey) {
      const record = [...events.values()].find((other) => other.codeKey === codeKey);
      return record ? copy(record) : null;
    },
    async remove(id) {
      return events.delete(id);
    },
    async close() {},
  };
}
