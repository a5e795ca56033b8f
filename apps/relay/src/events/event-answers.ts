import type { FastifyBaseLogger } from 'fastify';
import { issueEventToken } from '../auth/event-capabilities';
import { formatJoinCode } from '../auth/join-code';
import { boardLinkPath, boardLinksOf, type BoardLinks } from '../boards/board-links';
import type { OriginOf } from '../http/public-origin';
import type { BoardHost } from '../rooms/board-host';
import type { BoardStatus } from '../rooms/board-status';
import type { BoardDirectory, BoardRecord } from '../storage/board-directory';
import type { EventRecord } from '../storage/event-directory';
import type { EventCodes } from './event-codes';

/*
 * What the relay tells about an event: the organiser (its links, its drop-in code, every team's links and live
 * status) and a drop-in (the event's title and each team's participant link). Built per request from the event
 * directory, the board directory and the boards themselves: a team's title and status are read from its board, and
 * its links from its current epochs, so a replaced participant link is what the drop-in page hands out at once.
 */

export interface AnswerDeps {
  secret: Uint8Array;
  directory: BoardDirectory;
  host: BoardHost;
  eventCodes: EventCodes;
  originOf: OriginOf;
  log: FastifyBaseLogger;
}

/** A team as its organiser sees it; `status` null when its board could not be read just now. */
export interface TeamEntry {
  boardId: string;
  links: BoardLinks;
  status: BoardStatus | null;
}

/** The drop-in page's path for a code: short, for a QR code and for typing (`/d/K7QFM2XD`). */
export const dropInPath = (code: string): string => `/d/${code}`;

/** The organiser link: `/e/<id>#k=<token>`, the capability in the fragment, as board links carry theirs. */
export const organiserPath = (secret: Uint8Array, event: EventRecord): string =>
  `/e/${event.id}#k=${issueEventToken(secret, event.id, event.organiserEpoch)}`;

export function eventAnswers({ secret, directory, host, eventCodes, originOf, log }: AnswerDeps) {
  /** The boards of the event that still exist (a board its facilitator deleted has left the event), in order. */
  async function boardsOf(event: EventRecord): Promise<BoardRecord[]> {
    const records = await Promise.all(event.boards.map((id) => directory.get(id)));
    return records.filter((record): record is BoardRecord => record !== null);
  }

  async function statusOf(boardId: string): Promise<BoardStatus | null> {
    try {
      return await host.boardStatus(boardId);
    } catch (error) {
      // One unreadable board (an instance of a cluster not answering) must not hide the others.
      log.warn({ board: boardId, err: error }, 'could not read the status of an event board');
      return null;
    }
  }

  async function teamEntry(record: BoardRecord): Promise<TeamEntry> {
    return { boardId: record.id, links: boardLinksOf(secret, record), status: await statusOf(record.id) };
  }

  /** The links, the origin people can reach them at, and the drop-in code (registered on first use). */
  async function linksOf(event: EventRecord, request: { protocol: string; host: string }) {
    const { origin, reachable, unreachable } = originOf(request);
    const code = await eventCodes.current(event);
    return {
      links: { organiser: organiserPath(secret, event), dropIn: dropInPath(code) },
      origin,
      reachable,
      ...(unreachable ? { unreachable } : {}),
      dropIn: { code: formatJoinCode(code), url: `${origin}${dropInPath(code)}` },
    };
  }

  return {
    teamEntry,
    /** Everything the organiser's page shows. */
    async organiser(event: EventRecord, request: { protocol: string; host: string }) {
      return {
        eventId: event.id,
        title: event.title,
        language: event.language,
        ...(await linksOf(event, request)),
        boards: await Promise.all((await boardsOf(event)).map(teamEntry)),
      };
    },
    /** What a drop-in sees: the event's title and each team's title and participant link (a path). */
    async dropIn(event: EventRecord) {
      const teams = await Promise.all(
        (await boardsOf(event)).map(async (record) => ({
          boardId: record.id,
          title: (await statusOf(record.id))?.title ?? '',
          link: boardLinkPath(secret, record, 'participant'),
        })),
      );
      return { title: event.title, language: event.language, teams };
    },
  };
}

export type EventAnswers = ReturnType<typeof eventAnswers>;
