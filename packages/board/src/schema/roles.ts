/**
 * Roles a board link can grant. A link is `/b/<boardId>#k=<token>`; the token starts with the role's code (the
 * relay signs the rest), so a client can tell its role without asking, while only the relay can mint tokens.
 */
export type Role = 'facilitator' | 'participant' | 'projector';

export const ROLES: readonly Role[] = ['facilitator', 'participant', 'projector'];

export const ROLE_CODES: Readonly<Record<Role, string>> = { facilitator: 'f', participant: 'p', projector: 'v' };

/** The role a token claims (the relay verifies it), or null for something that is not a token. */
export function roleOfToken(token: string): Role | null {
  const code = token.charAt(0);
  return ROLES.find((role) => ROLE_CODES[role] === code) ?? null;
}
