import type { FastifyPluginAsync } from 'fastify';
import {
  buildEventOutcome,
  buildOutcome,
  eventOutcomeMarkdown,
  type BoardLanguage,
  type Outcome,
} from '@notevote/board';
import { eventAccess, eventParams } from '../events/event-access';
import { contentDisposition, REPORT_CONTENT_TYPES } from '../report/report-files';
import type { BoardHost } from '../rooms/board-host';
import type { BoardDirectory } from '../storage/board-directory';
import type { EventDirectory } from '../storage/event-directory';
import { errorSchema } from './board-access';
import { languageErrorFormatter, languageSchema } from './language-param';

export interface EventReportRouteOptions {
  host: BoardHost;
  directory: BoardDirectory;
  events: EventDirectory;
  secret: Uint8Array;
}

type EventReportRoute = { Params: { eventId: string }; Querystring: { lang?: BoardLanguage } };

/**
 * GET /api/events/<id>/report.md: the combined outcome report for the closing session (organiser token). Each board
 * is read as its own report reads it (`routes/report.ts`: the live room, loaded like any board when nobody has it
 * open) and its outcome built by `buildOutcome`, so every team's numbers are its board report's. In the event's
 * language unless `?lang=` asks for another. Counts only; public content only.
 */
export const eventReportRoutes: FastifyPluginAsync<EventReportRouteOptions> = async (
  app,
  { host, directory, events, secret },
) => {
  const organiserOf = eventAccess({ events, secret });

  app.get<EventReportRoute>(
    '/api/events/:eventId/report.md',
    {
      schema: {
        params: eventParams,
        querystring: { type: 'object', properties: { lang: languageSchema } },
        response: { 401: errorSchema, 404: errorSchema },
      },
      schemaErrorFormatter: languageErrorFormatter('lang'),
    },
    async (request, reply) => {
      const event = await organiserOf(request, reply);
      if (!event) return;
      const now = Date.now();
      const outcomes: Outcome[] = [];
      // One board at a time: a report of many teams holds one extra board in memory, not all of them.
      for (const boardId of event.boards) {
        // A board its facilitator deleted has left the event.
        if (!(await directory.get(boardId))) continue;
        const board = await host.readDoc(boardId);
        if (!board) continue;
        try {
          outcomes.push(buildOutcome(board.doc, { now }));
        } finally {
          board.release();
        }
      }
      const language = request.query.lang ?? event.language;
      const body = eventOutcomeMarkdown(
        buildEventOutcome(outcomes, { title: event.title, language: event.language, now }),
        { language },
      );
      // Counts only: a log line never carries titles or note text.
      request.log.info(
        { event: event.id, language, boards: outcomes.length, bytes: body.length },
        'event report downloaded',
      );
      return reply
        .header('content-type', REPORT_CONTENT_TYPES.md)
        .header('content-disposition', contentDisposition(event.title, 'md'))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};
