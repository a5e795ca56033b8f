import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isValidBoardId, readMeta, type BoardLanguage } from '@notevote/board';
import { verifyToken } from '../auth/capabilities';
import { contentDisposition, REPORT_CONTENT_TYPES, writeReport, type ReportFormat } from '../report/report-files';
import type { BoardHost } from '../rooms/board-host';
import { languageErrorFormatter, languageSchema } from './language-param';
import { epochOf, type BoardDirectory } from '../storage/board-directory';

export interface ReportRouteOptions {
  host: BoardHost;
  directory: BoardDirectory;
  secret: Uint8Array;
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

const boardParams = {
  type: 'object',
  properties: { boardId: { type: 'string' } },
  required: ['boardId'],
  additionalProperties: false,
} as const;

const notFound = { error: 'not found', message: 'there is no board with this id' } as const;

/** `?lang=` asks for the report in a language other than the board's, for this download only. */
const reportQuery = { type: 'object', properties: { lang: languageSchema } } as const;

type ReportRoute = { Params: { boardId: string }; Querystring: { lang?: BoardLanguage } };
type ReportRequest = FastifyRequest<ReportRoute>;

/**
 * GET /api/boards/<id>/report.md and report.csv: the outcome report for the closing session, for the facilitator
 * and the projector (`Authorization: Bearer <token>` of either link). Read from the live board, loaded as a client
 * would load it, so a report is as current as the room. It holds counts only and public content only, in the board's
 * language (`meta.language`) unless `?lang=` asks for another.
 */
export const reportRoutes: FastifyPluginAsync<ReportRouteOptions> = async (app, { host, directory, secret }) => {
  /** Resolves the board and checks the token: 404 unknown board, 401 no or bad token, 403 a participant's token. */
  async function readerOf(
    request: FastifyRequest<{ Params: { boardId: string } }>,
    reply: FastifyReply,
  ): Promise<string | null> {
    const { boardId } = request.params;
    const record = isValidBoardId(boardId) ? await directory.get(boardId) : null;
    if (!record) {
      await reply.code(404).send(notFound);
      return null;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const check = token === undefined ? null : verifyToken(secret, boardId, token, (role) => epochOf(record, role));
    if (!check?.ok) {
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="notevote board"')
        .send({
          error: 'unauthorized',
          message:
            check === null
              ? 'The report needs the facilitator or projector link: send its token as "Authorization: Bearer <token>".'
              : check.reason === 'link-replaced'
                ? 'This link was replaced by the facilitator. Ask them for the new one.'
                : 'This link is not valid for this board. Check that it was copied whole.',
        });
      return null;
    }
    if (check.role === 'participant') {
      await reply.code(403).send({
        error: 'forbidden',
        message: 'Only the facilitator and projector links can download the report. Ask the facilitator for it.',
      });
      return null;
    }
    return boardId;
  }

  const serve = (format: ReportFormat) => async (request: ReportRequest, reply: FastifyReply) => {
    const boardId = await readerOf(request, reply);
    if (!boardId) return;
    const board = await host.readDoc(boardId);
    if (!board) return reply.code(404).send(notFound);
    try {
      const { body, outcome } = writeReport(board.doc, format, Date.now(), request.query.lang);
      // Counts only: a log line never carries note text or titles.
      request.log.info(
        {
          board: boardId,
          format,
          language: request.query.lang ?? outcome.language,
          rounds: outcome.rounds.length,
          notes: outcome.noteCount,
          bytes: body.length,
        },
        'report downloaded',
      );
      return reply
        .header('content-type', REPORT_CONTENT_TYPES[format])
        .header('content-disposition', contentDisposition(readMeta(board.doc)?.title ?? '', format))
        .header('cache-control', 'no-store')
        .send(body);
    } finally {
      board.release();
    }
  };

  const options = {
    schema: {
      params: boardParams,
      querystring: reportQuery,
      response: { 401: errorSchema, 403: errorSchema, 404: errorSchema },
    },
    schemaErrorFormatter: languageErrorFormatter('lang'),
  };
  app.get<ReportRoute>('/api/boards/:boardId/report.md', options, serve('md'));
  app.get<ReportRoute>('/api/boards/:boardId/report.csv', options, serve('csv'));
};
