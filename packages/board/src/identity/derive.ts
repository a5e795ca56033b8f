import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { BoardId, NoteId, UserId } from '../schema/ids';

/*
 * Who a device is on a board, without an account. A random secret stays on the device; everything public about the
 * person is derived from it, so nobody can act as them without that secret, and the relay (which sees the secret when
 * the device connects) checks every claim by deriving it again. Both apps use these functions, so they always agree.
 *
 *   scheme 1 (boards created before per-board ids): userId = b64url(SHA-256("notevote-user:" + secret))[0..22)
 *   scheme 2 (every newer board):                   userId = b64url(SHA-256("notevote-user:v2\0" + boardId + "\0" + secret))[0..22)
 *   author key (anonymous boards):                  key    = SHA-256("notevote-author:v1\0" + boardId + "\0" + secret)
 *   author tag of a note:                           tag    = b64url(HMAC-SHA256(key, "notevote-note:" + noteId))[0..22)
 *
 * Scheme 2 gives a person a different id on every board, so two boards cannot be linked through it. A board keeps the
 * scheme it was created with (`meta.userIds`), so nobody on an existing board gets a fresh id and a fresh budget.
 */

/** How user ids are derived on a board; stored in the board's `meta.userIds`. */
export type UserIdScheme = 1 | 2;

/** The scheme new boards use. */
export const CURRENT_USER_ID_SCHEME: UserIdScheme = 2;

/** Characters of a user id or author tag (22 base64url characters: 132 bits). */
export const USER_ID_LENGTH = 22;

function base64url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += alphabet[c & 63]!;
  }
  return out;
}

const digest = (text: string): Uint8Array => sha256(utf8ToBytes(text));

/** The public user id of the device holding `secret` on `boardId`, under the board's scheme. */
export function deriveUserId(secret: string, boardId: BoardId, scheme: UserIdScheme): UserId {
  const input = scheme === 1 ? `notevote-user:${secret}` : `notevote-user:v2\0${boardId}\0${secret}`;
  return base64url(digest(input)).slice(0, USER_ID_LENGTH);
}

/** What a device proves on one board: its user id, and the key that signs its notes on anonymous boards. */
export interface BoardIdentity {
  userId: UserId;
  /** Never published: the relay derives it from the device secret to check an author tag. */
  authorKey: Uint8Array;
}

/** The device's identity on one board. */
export function deriveBoardIdentity(secret: string, boardId: BoardId, scheme: UserIdScheme): BoardIdentity {
  return {
    userId: deriveUserId(secret, boardId, scheme),
    authorKey: digest(`notevote-author:v1\0${boardId}\0${secret}`),
  };
}

/**
 * The `authorId` a person writes on a note they create. On a named board it is their user id; on an anonymous board
 * it is a tag only their device (and the relay, while they are connected) can compute, different for every note, so
 * nobody can tell whose note it is or that two notes are by the same person, while the author can still prove it.
 */
export function authorIdFor(identity: BoardIdentity, noteId: NoteId, anonymous: boolean): string {
  if (!anonymous) return identity.userId;
  return base64url(hmac(sha256, identity.authorKey, utf8ToBytes(`notevote-note:${noteId}`))).slice(0, USER_ID_LENGTH);
}

/**
 * The id a person is named a decider under, and files their supervotes under. On a named board it is their user id.
 * On an anonymous board it is a tag only their device (and the relay, while they are connected) can compute: the
 * decider's name sits next to it in the document, so it must not be the user id their other dots are filed under —
 * naming a decider would otherwise tie every dot they ever placed on the board to their name.
 */
export function deciderIdFor(identity: BoardIdentity, anonymous: boolean): string {
  if (!anonymous) return identity.userId;
  return base64url(hmac(sha256, identity.authorKey, utf8ToBytes('notevote-decider:v1'))).slice(0, USER_ID_LENGTH);
}

/** Fixed inputs and outputs, checked by the tests of both apps against the same derivation. */
export const IDENTITY_TEST_VECTOR = {
  secret: 'correct horse battery staple',
  boardId: 'sprint-2026',
  noteId: 'note-1',
  scheme1UserId: '-dcuD6wPLOumZkRWj6Hc4g',
  scheme2UserId: '4tjXY2WAY0CaOczUzqZn2X',
  authorTag: 'mkEXFBhmlxvKimqKAVv8rt',
} as const;
