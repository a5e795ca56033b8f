import { LIMITS, PHASES } from '@notevote/board';
import { boardLinksSchema } from '../boards/board-links';
import { languageSchema } from '../routes/language-param';

/** Teams an event holds at most: a sprint has a handful; the limit keeps one request from creating hundreds of boards. */
export const MAX_EVENT_BOARDS = 30;

const statusSchema = {
  type: ['object', 'null'],
  properties: {
    title: { type: 'string' },
    online: { type: 'integer' },
    phase: { type: 'string', enum: [...PHASES] },
    round: { type: ['integer', 'null'] },
  },
  required: ['title', 'online', 'phase', 'round'],
} as const;

export const teamSchema = {
  type: 'object',
  properties: { boardId: { type: 'string' }, links: boardLinksSchema, status: statusSchema },
  required: ['boardId', 'links', 'status'],
} as const;

/** The organiser's answer: the event, its links and drop-in code with the origin to use, and every team. */
export const organiserAnswerSchema = {
  type: 'object',
  properties: {
    eventId: { type: 'string' },
    title: { type: 'string' },
    language: { type: 'string' },
    links: {
      type: 'object',
      properties: { organiser: { type: 'string' }, dropIn: { type: 'string' } },
      required: ['organiser', 'dropIn'],
    },
    origin: { type: 'string' },
    reachable: { type: 'boolean' },
    unreachable: { type: 'string', enum: ['loopback-only', 'no-lan-address'] },
    dropIn: {
      type: 'object',
      properties: { code: { type: 'string' }, url: { type: 'string' } },
      required: ['code', 'url'],
    },
    boards: { type: 'array', items: teamSchema },
  },
  required: ['eventId', 'title', 'language', 'links', 'origin', 'reachable', 'dropIn', 'boards'],
} as const;

export const dropInAnswerSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    language: { type: 'string' },
    teams: {
      type: 'array',
      items: {
        type: 'object',
        properties: { boardId: { type: 'string' }, title: { type: 'string' }, link: { type: 'string' } },
        required: ['boardId', 'title', 'link'],
      },
    },
  },
  required: ['title', 'language', 'teams'],
} as const;

const title = { type: 'string', maxLength: LIMITS.titleLength } as const;

export const createEventBody = {
  type: 'object',
  properties: {
    title,
    // Each team's board title, in the order the teams are listed.
    boards: { type: 'array', items: title, minItems: 1, maxItems: MAX_EVENT_BOARDS },
    // The language of the combined report and of the boards' reports.
    language: languageSchema,
  },
  required: ['boards'],
  additionalProperties: false,
} as const;

export const addBoardBody = {
  type: 'object',
  properties: { title },
  additionalProperties: false,
} as const;
