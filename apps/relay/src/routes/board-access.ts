import type { FastifyReply, FastifyRequest } from 'fastify';
import { isValidBoardId } from '@notevote/board';
import { verifyToken, type Role } from '../auth/capabilities';
import { epochOf, type BoardDirectory, type BoardRecord } from '../storage/board-directory';

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

export const boardParams = {
  type: 'object',
  properties: { boardId: { type: 'string' } },
  required: ['boardId'],
  additionalProperties: false,
} as const;

/** What to tell a person whose token does not open what they asked for. */
export interface AccessRule {
  roles: readonly Role[];
  refusal: string;
}

export const FACILITATOR_ONLY: AccessRule = {
  roles: ['facilitator'],
  refusal: 'only the facilitator link can manage this board',
};

/**
 * The board a request names, when its `Authorization: Bearer <token>` is a current link of one of `rule.roles`;
 * otherwise answers 404 or 403 itself and gives null.
 */
export type BoardAccess = (
  request: FastifyRequest<{ Params: { boardId: string } }>,
  reply: FastifyReply,
  rule: AccessRule,
) => Promise<BoardRecord | null>;

export function boardAccess({ directory, secret }: { directory: BoardDirectory; secret: Uint8Array }): BoardAccess {
  return async (request, reply, rule) => {
    const { boardId } = request.params;
    const record = isValidBoardId(boardId) ? await directory.get(boardId) : null;
    if (!record) {
      await reply.code(404).send({ error: 'not found', message: 'there is no board with this id' });
      return null;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const check = verifyToken(secret, boardId, token, (role) => epochOf(record, role));
    if (!check.ok || !rule.roles.includes(check.role)) {
      await reply.code(403).send({ error: 'forbidden', message: rule.refusal });
      return null;
    }
    return record;
  };
}
