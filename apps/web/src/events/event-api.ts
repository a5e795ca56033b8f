import { PHASES, type BoardLanguage, type Phase } from '@notevote/board';
import { ensureOk, type BoardLinks, type Unreachable } from '../sync/board-link';
import { attachmentName, type DownloadedFile } from '../sync/report-download';

/*
 * The relay's event API (README: several team boards under one event), as the organiser's page and the drop-in page
 * use it: always this page's own origin, the organiser token in `Authorization: Bearer`, never in a URL. Answers are
 * read through tolerant readers: whatever arrives, the pages see well-formed values or nothing.
 */

/** A team's board right now: its title, people on it, and where its session is. */
export interface TeamStatus {
  title: string;
  online: number;
  phase: Phase;
  round: number | null;
}

export interface Team {
  boardId: string;
  /** Paths; put `EventAnswer.origin` in front of them. */
  links: BoardLinks;
  /** Null when the relay could not read the board just now. */
  status: TeamStatus | null;
}

/** What the organiser's page shows (GET /api/events/<id>). */
export interface EventAnswer {
  eventId: string;
  title: string;
  language: string;
  links: { organiser: string; dropIn: string };
  origin: string;
  reachable: boolean;
  unreachable?: Unreachable;
  dropIn: { code: string; url: string };
  boards: Team[];
}

/** What a drop-in sees: the event's title and each team's participant link (a path). */
export interface DropInAnswer {
  title: string;
  teams: Array<{ boardId: string; title: string; link: string }>;
}

/** Teams an event holds at most (the relay's MAX_EVENT_BOARDS). */
export const MAX_TEAMS = 30;

/** The team titles typed one per line: blank lines dropped, spaces around each title trimmed. */
export function teamTitles(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** How often the organiser's page asks again: counts and phases stay within a few seconds of the rooms. */
export const EVENT_REFRESH_MS = 3_000;

/** An organiser token, as the relay issues them (`o<epoch>.<mac>`). */
const ORGANISER_TOKEN = /^o\d{1,9}\.[A-Za-z0-9_-]{10,64}$/;

/** The organiser token in the page's fragment (`/e/<id>#k=<token>`), or null when there is none that could be one. */
export function readOrganiserToken(hash: string = window.location.hash): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return token && ORGANISER_TOKEN.test(token) ? token : null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
/** Links the relay hands out are paths on this relay: never another site, never a script. */
const isPath = (value: unknown): value is string => isText(value) && /^\/[^/\\]/.test(value);

function readStatus(value: unknown): TeamStatus | null {
  if (!isObject(value)) return null;
  const { title, online, phase, round } = value;
  if (!isText(title) || !isCount(online) || !(PHASES as readonly unknown[]).includes(phase)) return null;
  return { title, online, phase: phase as Phase, round: isCount(round) ? round : null };
}

function readTeam(value: unknown): Team | null {
  if (!isObject(value) || !isText(value['boardId']) || !isObject(value['links'])) return null;
  const { facilitator, participant, projector } = value['links'];
  if (!isPath(facilitator) || !isPath(participant) || !isPath(projector)) return null;
  return {
    boardId: value['boardId'],
    links: { facilitator, participant, projector },
    status: readStatus(value['status']),
  };
}

/** The relay's answer about an event, or null when it is not one. Never throws. */
export function readEventAnswer(body: unknown): EventAnswer | null {
  if (!isObject(body)) return null;
  const { eventId, title, language, links, origin, reachable, unreachable, dropIn, boards } = body;
  if (!isText(eventId) || !isText(title) || !isText(language) || !isText(origin)) return null;
  if (!isObject(links) || !isPath(links['organiser']) || !isPath(links['dropIn'])) return null;
  if (!isObject(dropIn) || !isText(dropIn['code']) || !isText(dropIn['url'])) return null;
  if (!Array.isArray(boards)) return null;
  return {
    eventId,
    title,
    language,
    links: { organiser: links['organiser'], dropIn: links['dropIn'] },
    origin,
    reachable: reachable === true,
    ...(unreachable === 'loopback-only' || unreachable === 'no-lan-address' ? { unreachable } : {}),
    dropIn: { code: dropIn['code'], url: dropIn['url'] },
    boards: boards.map(readTeam).filter((team): team is Team => team !== null),
  };
}

/** The drop-in answer, or null when it is not one; teams whose link is not a path on this relay are left out. */
export function readDropIn(body: unknown): DropInAnswer | null {
  if (!isObject(body) || !isText(body['title']) || !Array.isArray(body['teams'])) return null;
  const teams = body['teams'].flatMap((team: unknown) =>
    isObject(team) && isText(team['boardId']) && isText(team['title']) && isPath(team['link'])
      ? [{ boardId: team['boardId'], title: team['title'], link: team['link'] }]
      : [],
  );
  return { title: body['title'], teams };
}

const organiser = (token: string) => ({ authorization: `Bearer ${token}` });

async function eventFrom(response: Response): Promise<EventAnswer> {
  const answer = readEventAnswer(await (await ensureOk(response)).json().catch(() => null));
  if (!answer) throw new Error('the server sent something that is not an event');
  return answer;
}

/** Creates an event with one board per team title (`createKey` for servers that require one). */
export async function createEventOnServer(
  title: string,
  teams: readonly string[],
  language: BoardLanguage,
  createKey?: string,
): Promise<EventAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (createKey) headers['authorization'] = `Bearer ${createKey}`;
  const body = JSON.stringify({ title, boards: teams, language });
  return eventFrom(await fetch('/api/events', { method: 'POST', headers, body }));
}

export async function fetchEvent(eventId: string, token: string): Promise<EventAnswer> {
  return eventFrom(await fetch(`/api/events/${encodeURIComponent(eventId)}`, { headers: organiser(token) }));
}

/** Adds a team board to the event (organiser only). */
export async function addTeam(eventId: string, token: string, title: string): Promise<void> {
  await ensureOk(
    await fetch(`/api/events/${encodeURIComponent(eventId)}/boards`, {
      method: 'POST',
      headers: { ...organiser(token), 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    }),
  );
}

/**
 * Replaces the event's drop-in code (organiser only): the QR code and short address shown so far stop opening the
 * event, for when they reached people they should not have. Answers the event with its new code.
 */
export async function replaceDropIn(eventId: string, token: string): Promise<EventAnswer> {
  return eventFrom(
    await fetch(`/api/events/${encodeURIComponent(eventId)}/links/drop-in`, {
      method: 'POST',
      headers: organiser(token),
    }),
  );
}

/** The combined report (Markdown), named by the relay after the event's title. */
export async function fetchEventReport(eventId: string, token: string): Promise<DownloadedFile> {
  const response = await ensureOk(
    await fetch(`/api/events/${encodeURIComponent(eventId)}/report.md`, { headers: organiser(token) }),
  );
  return { blob: await response.blob(), filename: attachmentName(response.headers.get('content-disposition'), 'md') };
}

/** The teams a drop-in code opens; null when it opens no event (a mistyped or replaced code). */
export async function fetchDropIn(code: string): Promise<DropInAnswer | null> {
  const response = await fetch(`/api/drop-in/${encodeURIComponent(code)}`);
  if (response.status === 404) return null;
  const answer = readDropIn(await (await ensureOk(response)).json().catch(() => null));
  if (!answer) throw new Error('the server sent something that is not a list of teams');
  return answer;
}
