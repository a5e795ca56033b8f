import type * as Y from 'yjs';
import { CURRENT_USER_ID_SCHEME } from '../identity/derive';
import { BOARD_LANGUAGES, DEFAULT_BOARD_LANGUAGE, isBoardLanguage, type BoardLanguage } from '../schema/languages';
import { LIMITS, SCHEMA_VERSION, type BoardMeta } from '../schema/types';
import { BoardInputError, truncate } from '../schema/validate';
import type { BoardSettings } from '../rules/actions';
import { metaMap } from './access';
import { migrateBoard } from './migrations';
import { transact, type MutationOptions } from './transact';

/** What a board is created with. */
export interface BoardInit {
  title: string;
  anonymous?: boolean;
  /** The language of its reports; unset, a board reads as English. */
  language?: BoardLanguage;
  now?: number;
}

/**
 * Makes `doc` a board: writes `meta` if it is missing, otherwise migrates it to the current schema. The relay calls
 * it when it creates or loads a board (clients may not write `meta`'s relay-owned fields).
 */
export function initBoard(doc: Y.Doc, init: BoardInit & MutationOptions): void {
  const meta = metaMap(doc);
  if (meta.has('schemaVersion')) {
    migrateBoard(doc, { origin: init.origin });
    return;
  }
  transact(doc, init, () => {
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', truncate(init.title.trim(), LIMITS.titleLength));
    meta.set('createdAt', init.now ?? Date.now());
    meta.set('userIds', CURRENT_USER_ID_SCHEME);
    meta.set('anonymous', init.anonymous ?? false);
    if (init.language !== undefined) meta.set('language', checkedLanguage(init.language));
  });
}

/** Reads the board's metadata; null until the board has been initialised. */
export function readMeta(doc: Y.Doc): BoardMeta | null {
  const meta = metaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  if (typeof schemaVersion !== 'number') return null;
  const title = meta.get('title');
  const createdAt = meta.get('createdAt');
  return {
    schemaVersion,
    title: typeof title === 'string' ? title : '',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    // Missing means a board older than per-board ids: its people keep the ids (and budgets) they have.
    userIds: meta.get('userIds') === 2 ? 2 : 1,
    anonymous: meta.get('anonymous') === true,
    language: readLanguage(meta.get('language')),
  };
}

/** The settings the rules read from a board (a board not initialised yet is a named one, in English). */
export function readSettings(doc: Y.Doc): BoardSettings {
  const meta = readMeta(doc);
  return { anonymous: meta?.anonymous ?? false, language: meta?.language ?? DEFAULT_BOARD_LANGUAGE };
}

/** Sets the language the board's reports and exports are written in (the facilitator's setting). */
export function setBoardLanguage(doc: Y.Doc, language: BoardLanguage, options?: MutationOptions): void {
  const checked = checkedLanguage(language);
  transact(doc, options, () => metaMap(doc).set('language', checked));
}

/** The stored language; anything else a document holds there (a hostile client's `42`, an unknown code) is English. */
function readLanguage(value: unknown): BoardLanguage {
  return isBoardLanguage(value) ? value : DEFAULT_BOARD_LANGUAGE;
}

function checkedLanguage(language: unknown): BoardLanguage {
  if (!isBoardLanguage(language)) {
    throw new BoardInputError(
      `a board's language must be one of ${BOARD_LANGUAGES.join(', ')}; got ${JSON.stringify(language)}`,
    );
  }
  return language;
}

/** Makes the board anonymous or named (the relay does this, after checking it holds no note or dot yet). */
export function setAnonymous(doc: Y.Doc, anonymous: boolean, options?: MutationOptions): void {
  transact(doc, options, () => metaMap(doc).set('anonymous', anonymous));
}

/** Renames the board. */
export function setTitle(doc: Y.Doc, title: string, options?: MutationOptions): void {
  transact(doc, options, () => metaMap(doc).set('title', truncate(title.trim(), LIMITS.titleLength)));
}
