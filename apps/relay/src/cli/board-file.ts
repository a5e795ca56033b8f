import { BOARD_ID_PATTERN, parsePrivateDocName } from '@notevote/board';
import * as Y from 'yjs';
import type { BoardDirectory } from '../storage/board-directory';
import type { DocStore } from '../storage/types';

/**
 * One board as a file: its directory record (link epochs, creation time) and every document of it (the board and
 * its private documents) as base64 Yjs updates. What `pnpm board export` writes and `pnpm board import` reads.
 */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT;
  version: typeof BOARD_FILE_VERSION;
  exportedAt: string;
  board: {
    id: string;
    createdAt: number;
    participantEpoch: number;
    facilitatorEpoch: number;
    projectorEpoch: number;
  };
  /** The board's document first (`name` = the board id), then its private documents (`<boardId>/<userId>`). */
  documents: { name: string; update: string }[];
}

export const BOARD_FILE_FORMAT = 'notevote-board';
export const BOARD_FILE_VERSION = 1;

/** A link epoch above this is surely not from a real board (each replacement of a link adds one). */
const MAX_EPOCH = 10_000;

/** The file is not a board export this relay can read; the message says what is wrong. */
export class BoardFileError extends Error {
  override readonly name = 'BoardFileError';
}

/** The board is already here and the import was not told to replace it. */
export class BoardExistsHereError extends Error {
  override readonly name = 'BoardExistsHereError';
}

/** Reads one board out of the storage; null when there is no such board. */
export async function exportBoard(
  storage: { store: DocStore; directory: BoardDirectory },
  boardId: string,
  now = new Date(),
): Promise<BoardFile | null> {
  const record = await storage.directory.get(boardId);
  if (record === null) return null;
  const names = [boardId, ...(await storage.store.listDocs(`${boardId}/`)).sort()];
  const documents: BoardFile['documents'] = [];
  for (const name of names) {
    const stored = await storage.store.load(name);
    if (stored !== null) documents.push({ name, update: Buffer.from(stored.update).toString('base64') });
  }
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    exportedAt: now.toISOString(),
    board: {
      id: record.id,
      createdAt: record.createdAt,
      participantEpoch: record.participantEpoch,
      facilitatorEpoch: record.facilitatorEpoch,
      projectorEpoch: record.projectorEpoch,
    },
    documents,
  };
}

/**
 * Writes a board from a file into the storage. Refuses a board that exists unless `replace`, which erases it first.
 * The documents are written before the directory entry, so nobody can open the board half imported. Its links keep
 * working where they were made (same server secret), and links replaced before the export stay replaced.
 */
export async function importBoard(
  storage: { store: DocStore; directory: BoardDirectory },
  file: BoardFile,
  options: { replace: boolean; now?: number },
): Promise<void> {
  const { id } = file.board;
  const exists =
    (await storage.directory.get(id)) !== null ||
    (await storage.store.listDocs(id)).some((name) => name === id || name.startsWith(`${id}/`));
  if (exists && !options.replace) {
    throw new BoardExistsHereError(
      `board ${id} already exists here; add --replace to erase it and import the file instead`,
    );
  }
  if (exists) {
    // The order an erase uses (boards/erase-board.ts): the directory entry first, so no link admits anyone meanwhile.
    await storage.directory.remove(id);
    await storage.store.erase(id);
  }
  for (const document of file.documents)
    await storage.store.append(document.name, Buffer.from(document.update, 'base64'));
  await storage.store.flush();
  await storage.directory.create(id, file.board.createdAt);
  // The directory has no setter for epochs (only rotation moves them), and they are small counts.
  const epochs: [keyof typeof file.board, Parameters<BoardDirectory['rotateLink']>[1]][] = [
    ['participantEpoch', 'participant'],
    ['facilitatorEpoch', 'facilitator'],
    ['projectorEpoch', 'projector'],
  ];
  for (const [field, role] of epochs) {
    for (let i = 0; i < (file.board[field] as number); i++) await storage.directory.rotateLink(id, role);
  }
  await storage.directory.touch(id, options.now ?? Date.now());
}

/** Parses and checks a board file; throws BoardFileError saying what is wrong. */
export function parseBoardFile(text: string): BoardFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // `pnpm board export <id> > file` (without -s) puts pnpm's own "> notevote@ board" lines in the file.
    const hint = /^\s*> /.test(text)
      ? 'it starts with lines pnpm printed: export with `pnpm board export <boardId> <file>` (or `pnpm -s board …`)'
      : 'is it a notevote board export?';
    throw new BoardFileError(`the file is not JSON (${(error as Error).message}); ${hint}`);
  }
  if (!isObject(data) || data['format'] !== BOARD_FILE_FORMAT) {
    throw new BoardFileError(`the file is not a notevote board export (no "format": "${BOARD_FILE_FORMAT}")`);
  }
  const version = data['version'];
  if (typeof version === 'number' && version > BOARD_FILE_VERSION) {
    throw new BoardFileError(
      `the file is format version ${version}, newer than this relay reads (${BOARD_FILE_VERSION}); import it with a newer notevote`,
    );
  }
  if (version !== BOARD_FILE_VERSION) {
    throw new BoardFileError(`the file's "version" must be ${BOARD_FILE_VERSION}, got ${JSON.stringify(version)}`);
  }
  const board = data['board'];
  if (!isObject(board)) throw new BoardFileError('the file has no "board" object');
  const id = board['id'];
  if (typeof id !== 'string' || !BOARD_ID_PATTERN.test(id)) {
    throw new BoardFileError(
      `"board.id" must be a board id (letters, digits, - and _, at most 64), got ${JSON.stringify(id)}`,
    );
  }
  const createdAt = board['createdAt'];
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt) || createdAt < 0) {
    throw new BoardFileError(`"board.createdAt" must be a time in milliseconds, got ${JSON.stringify(createdAt)}`);
  }
  const epoch = (field: string): number => {
    const value = board[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_EPOCH) {
      throw new BoardFileError(
        `"board.${field}" must be a whole number from 0 to ${MAX_EPOCH}, got ${JSON.stringify(value)}`,
      );
    }
    return value;
  };
  const documents = data['documents'];
  if (!Array.isArray(documents)) throw new BoardFileError('the file has no "documents" list');
  const seen = new Set<string>();
  const checked = documents.map((document: unknown, index) => {
    const where = `documents[${index}]`;
    if (!isObject(document)) throw new BoardFileError(`${where} must be an object with "name" and "update"`);
    const { name, update } = document;
    if (typeof name !== 'string' || (name !== id && !isPrivateDocName(id, name))) {
      throw new BoardFileError(`${where}.name must be "${id}" or "${id}/<user id>", got ${JSON.stringify(name)}`);
    }
    if (seen.has(name)) throw new BoardFileError(`${where}: document "${name}" appears twice`);
    seen.add(name);
    if (typeof update !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(update) || update.length % 4 !== 0) {
      throw new BoardFileError(`${where}.update must be a Yjs update in base64`);
    }
    try {
      Y.applyUpdate(new Y.Doc(), Buffer.from(update, 'base64'));
    } catch {
      throw new BoardFileError(`${where}.update is not a valid Yjs update (the file may be damaged)`);
    }
    return { name, update };
  });
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    exportedAt: typeof data['exportedAt'] === 'string' ? data['exportedAt'] : '',
    board: {
      id,
      createdAt,
      participantEpoch: epoch('participantEpoch'),
      facilitatorEpoch: epoch('facilitatorEpoch'),
      projectorEpoch: epoch('projectorEpoch'),
    },
    documents: checked,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPrivateDocName = (boardId: string, name: string): boolean => parsePrivateDocName(name)?.boardId === boardId;
