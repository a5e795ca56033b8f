import fs from 'node:fs';
import path from 'node:path';

/**
 * Board content and the key that signs links must be readable by the relay's user only: on a shared machine another
 * account must not read what participants wrote. Files are owner-only (0600), folders owner-only (0700).
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** The database file and the companions SQLite keeps next to it. */
const databaseFiles = (dbPath: string) => [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`];

/**
 * Makes a database file owner-only before SQLite opens it: creates it 0600 when missing (SQLite gives the -wal and
 * -shm files it creates the database file's mode), and tightens the files an older relay created with the default
 * mode. Never opens an existing file: closing any descriptor of a file drops every POSIX lock this process holds on
 * it, including those of a SQLite connection on another thread.
 */
export function preparePrivateDatabase(dbPath: string): void {
  fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true, mode: PRIVATE_DIR_MODE });
  try {
    fs.closeSync(fs.openSync(dbPath, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const file of databaseFiles(dbPath)) tighten(file, PRIVATE_FILE_MODE);
}

/**
 * Makes DATA_DIR owner-only (creating it if missing) and tightens the files in it an older relay created with the
 * default mode. Returns what it could not tighten (e.g. files owned by another user), for the operator's log.
 */
export function prepareDataDir(dataDir: string, files: readonly string[]): string[] {
  fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const problems: string[] = [];
  const attempt = (file: string, mode: number) => {
    try {
      tighten(file, mode);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  };
  attempt(dataDir, PRIVATE_DIR_MODE);
  for (const file of files) attempt(path.join(dataDir, file), PRIVATE_FILE_MODE);
  return problems;
}

/** Removes group and other permissions from an existing file (never widens them); a missing file is fine. */
function tighten(file: string, mode: number): void {
  let current: number;
  try {
    current = fs.statSync(file).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((current & ~mode) !== 0) fs.chmodSync(file, current & mode);
}
