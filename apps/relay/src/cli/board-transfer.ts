/**
 * `pnpm board export <boardId> > board.json` and `pnpm board import board.json [--replace]`: one board out of, or
 * into, whatever storage the environment configures (DATABASE_URL, else the SQLite file in DATA_DIR), as the relay
 * would open it. Messages go to stderr, so stdout carries only the export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { openStorage, StorageOpenError, type OpenedStorage } from '../storage/open-storage';
import { BoardExistsHereError, BoardFileError, exportBoard, importBoard, parseBoardFile } from './board-file';

const USAGE = `usage:
  pnpm board export <boardId> [file]        writes the board (stdout when no file is given)
  pnpm board import <file> [--replace]      reads a board ("-" for stdin); --replace erases an existing one first
Storage: DATABASE_URL (PostgreSQL) when set, else DATA_DIR (SQLite), as for the relay.`;

/** A failure the person running the command can act on: printed without a stack trace. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const args = rest.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => !(command === 'import' && flag === '--replace'));
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  if (command === 'export' && (args.length === 1 || args.length === 2))
    return run((s) => exportTo(s, args[0]!, args[1]));
  if (command === 'import' && args.length === 1) {
    // Read and check the file before touching the storage: a bad file changes nothing.
    const file = parseBoardFile(readInput(args[0]!));
    return run(async (storage) => {
      await importBoard(storage, file, { replace: flags.includes('--replace') });
      console.error(`imported board ${file.board.id} (${file.documents.length} document(s)) into ${storage.describe}`);
    });
  }
  throw new UsageError(USAGE);
}

async function exportTo(storage: OpenedStorage, boardId: string, file: string | undefined): Promise<void> {
  const exported = await exportBoard(storage, boardId);
  if (exported === null) throw new UsageError(`there is no board ${boardId} in ${storage.describe}`);
  const text = `${JSON.stringify(exported, null, 2)}\n`;
  if (file === undefined) process.stdout.write(text);
  else fs.writeFileSync(resolveInput(file), text, { mode: 0o600 });
  console.error(`exported board ${boardId} (${exported.documents.length} document(s)) from ${storage.describe}`);
}

/** Opens the configured storage, runs `task`, and closes the storage whatever happens. */
async function run(task: (storage: OpenedStorage) => Promise<void>): Promise<number> {
  const storage = await openStorage(loadConfig());
  try {
    await task(storage);
  } finally {
    await storage.close();
  }
  return 0;
}

function readInput(file: string): string {
  try {
    return fs.readFileSync(file === '-' ? 0 : resolveInput(file), 'utf8');
  } catch (error) {
    throw new UsageError(`could not read ${file}: ${(error as Error).message}`);
  }
}

/** Paths are relative to where the command was typed: `pnpm board` runs in apps/relay, and says where in INIT_CWD. */
function resolveInput(file: string): string {
  return path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof BoardFileError ||
      error instanceof BoardExistsHereError ||
      error instanceof ConfigError ||
      error instanceof StorageOpenError;
    const message = error instanceof Error ? error.message : String(error);
    console.error(known ? `notevote board: ${message}` : `notevote board: ${message}\n${(error as Error).stack ?? ''}`);
    process.exit(error instanceof BoardExistsHereError ? 3 : known ? 2 : 1);
  },
);
