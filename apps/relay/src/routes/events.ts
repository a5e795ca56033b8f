import type { FastifyPluginAsync } from 'fastify';
import { createId, DEFAULT_BOARD_LANGUAGE, type BoardLanguage } from '@notevote/board';
import type { CreateBoard } from '../boards/create-board';
import { eventAccess, eventParams } from '../events/event-access';
import type { EventAnswers } from '../events/event-answers';
import {
  addBoardBody,
  createEventBody,
  MAX_EVENT_BOARDS,
  organiserAnswerSchema,
  teamSchema,
} from '../events/event-schemas';
import type { CreationGates } from '../http/creation-gate';
import { EVENT_LINKS, type EventDirectory, type EventLink } from '../storage/event-directory';
import { errorSchema } from './board-access';
import { languageErrorFormatter } from './language-param';

export interface EventRouteOptions {
  events: EventDirectory;
  secret: Uint8Array;
  createBoard: CreateBoard;
  /** The budget and key of board creation, shared with POST /api/boards. */
  creation: CreationGates;
  answers: EventAnswers;
}

const eventLinkParams = {
  type: 'object',
  properties: { eventId: { type: 'string' }, link: { type: 'string', enum: [...EVENT_LINKS] } },
  required: ['eventId', 'link'],
  additionalProperties: false,
} as const;

const organiserResponses = { 200: organiserAnswerSchema, 401: errorSchema, 404: errorSchema } as const;

/**
 * Events: several team boards under one event. `POST /api/events` creates one with a board per team; everything else
 * is the organiser's (`Authorization: Bearer <organiser token>`): the event with every team's links and live status,
 * adding a team, replacing the organiser link or the drop-in code, forgetting the event.
 */
export const eventRoutes: FastifyPluginAsync<EventRouteOptions> = async (
  app,
  { events, secret, createBoard, creation, answers },
) => {
  const organiserOf = eventAccess({ events, secret });

  app.post<{ Body: { title?: string; boards: string[]; language?: BoardLanguage } }>(
    '/api/events',
    {
      schema: {
        body: createEventBody,
        response: { 201: organiserAnswerSchema, 401: errorSchema, 429: errorSchema },
      },
      schemaErrorFormatter: languageErrorFormatter('language'),
      preHandler: creation.create,
    },
    async (request, reply) => {
      const language = request.body.language ?? DEFAULT_BOARD_LANGUAGE;
      // One after the other: a board is created as POST /api/boards creates it, and a failure leaves no event behind.
      const boards = [];
      for (const title of request.body.boards) boards.push(await createBoard({ title, anonymous: false, language }));
      const event = await events.create({
        id: createId(12),
        title: request.body.title ?? '',
        language,
        boards: boards.map((board) => board.id),
      });
      app.log.info({ event: event.id, boards: boards.length }, 'event created');
      return reply.code(201).send(await answers.organiser(event, request));
    },
  );

  app.get<{ Params: { eventId: string } }>(
    '/api/events/:eventId',
    { schema: { params: eventParams, response: organiserResponses } },
    async (request, reply) => {
      const event = await organiserOf(request, reply);
      if (event) return answers.organiser(event, request);
    },
  );

  app.post<{ Params: { eventId: string }; Body: { title?: string } }>(
    '/api/events/:eventId/boards',
    {
      schema: {
        params: eventParams,
        body: addBoardBody,
        response: { 201: teamSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const event = await organiserOf(request, reply);
      if (!event) return;
      if (event.boards.length >= MAX_EVENT_BOARDS) {
        return reply.code(409).send({
          error: 'event-full',
          message: `An event holds at most ${MAX_EVENT_BOARDS} team boards. Create another event for more teams.`,
        });
      }
      // The organiser link stands for the creation key; the boards it creates still spend the address's budget.
      const refused = await creation.spend(request, reply);
      if (refused) return refused;
      const board = await createBoard({
        title: request.body?.title ?? '',
        anonymous: false,
        language: event.language,
      });
      await events.addBoard(event.id, board.id);
      app.log.info({ event: event.id, board: board.id }, 'board added to an event');
      return reply.code(201).send(await answers.teamEntry(board));
    },
  );

  app.post<{ Params: { eventId: string; link: EventLink } }>(
    '/api/events/:eventId/links/:link',
    { schema: { params: eventLinkParams, response: organiserResponses } },
    async (request, reply) => {
      const event = await organiserOf(request, reply);
      if (!event) return;
      const rotated = await events.rotateLink(event.id, request.params.link);
      app.log.info({ event: event.id, link: request.params.link }, 'event link replaced');
      return answers.organiser(rotated, request);
    },
  );

  app.delete<{ Params: { eventId: string } }>(
    '/api/events/:eventId',
    { schema: { params: eventParams, response: { 204: { type: 'null' }, 401: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      const event = await organiserOf(request, reply);
      if (!event) return;
      await events.remove(event.id);
      app.log.info({ event: event.id }, 'event forgotten by its organiser');
      return reply.code(204).send();
    },
  );
};
