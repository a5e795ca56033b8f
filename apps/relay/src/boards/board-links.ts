import { issueToken, type Role } from '../auth/capabilities';
import { epochOf, type BoardRecord } from '../storage/board-directory';

/** A board's three links, as paths (`/b/<id>#k=<token>`). */
export interface BoardLinks {
  facilitator: string;
  participant: string;
  projector: string;
}

/**
 * Board links are paths with the capability in the fragment (`/b/<id>#k=<token>`): browsers never send a fragment
 * to a server, so tokens stay out of access logs, proxies and Referer headers. They stay paths (the API is used from
 * any origin); the answers that hand them out add the origin to put in front of them (`origin`, see
 * http/public-origin).
 */
export function boardLinkPath(secret: Uint8Array, record: BoardRecord, role: Role): string {
  return `/b/${record.id}#k=${issueToken(secret, record.id, role, epochOf(record, role))}`;
}

/** The board's current links of every role. */
export function boardLinksOf(secret: Uint8Array, record: BoardRecord): BoardLinks {
  return {
    facilitator: boardLinkPath(secret, record, 'facilitator'),
    participant: boardLinkPath(secret, record, 'participant'),
    projector: boardLinkPath(secret, record, 'projector'),
  };
}

/** The JSON schema of `BoardLinks` in answers. */
export const boardLinksSchema = {
  type: 'object',
  properties: { facilitator: { type: 'string' }, participant: { type: 'string' }, projector: { type: 'string' } },
  required: ['facilitator', 'participant', 'projector'],
} as const;
