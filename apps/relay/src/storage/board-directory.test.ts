import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardExistsError, createMemoryDirectory, UnknownBoardError, type BoardDirectory } from './board-directory';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteStore } from './sqlite-store';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqlitePath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-dir-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'notevote.db');
}

function contract(name: string, open: () => BoardDirectory) {
  describe(`board directory (${name})`, () => {
    const directory = () => {
      const d = open();
      cleanups.push(() => d.close());
      return d;
    };

    it('creates, reads and refuses duplicates', async () => {
      const d = directory();
      expect(await d.get('b1')).toBeNull();
      expect(await d.create('b1', 42)).toEqual({ id: 'b1', participantEpoch: 0, createdAt: 42 });
      expect(await d.get('b1')).toEqual({ id: 'b1', participantEpoch: 0, createdAt: 42 });
      await expect(d.create('b1')).rejects.toBeInstanceOf(BoardExistsError);
    });

    it('rotates the participant link epoch', async () => {
      const d = directory();
      await d.create('b1');
      expect((await d.rotateParticipantLink('b1')).participantEpoch).toBe(1);
      expect((await d.rotateParticipantLink('b1')).participantEpoch).toBe(2);
      expect((await d.get('b1'))?.participantEpoch).toBe(2);
      await expect(d.rotateParticipantLink('nope')).rejects.toBeInstanceOf(UnknownBoardError);
    });
  });
}

contract('memory', createMemoryDirectory);
contract('sqlite', () => openSqliteDirectory({ path: sqlitePath() }));

describe('sqlite board directory', () => {
  it('shares the database file with the document store and survives reopening', async () => {
    const file = sqlitePath();
    const store = openSqliteStore({ path: file });
    const first = openSqliteDirectory({ path: file });
    await first.create('shared', 7);
    await first.rotateParticipantLink('shared');
    await store.append('shared', new Uint8Array([0, 0]));
    await first.close();
    await store.close();
    const again = openSqliteDirectory({ path: file });
    cleanups.push(() => again.close());
    expect(await again.get('shared')).toEqual({ id: 'shared', participantEpoch: 1, createdAt: 7 });
  });
});
