import { describe, expect, it } from 'vitest';
import { describeBoardDirectoryContract } from './board-directory-contract';
import { openPostgresDirectory } from './postgres-directory';
import { scratchSchemas } from './postgres-test-support';

const schemas = scratchSchemas();

describeBoardDirectoryContract('postgres', () => openPostgresDirectory({ database: schemas.open() }));

describe('postgres board directory', () => {
  it('is one directory for every instance: a link replaced on one is replaced for all, and touches are seen at once', async () => {
    const database = schemas.open();
    const a = openPostgresDirectory({ database });
    const b = openPostgresDirectory({ database: schemas.open(database.schema) });
    await a.create('b1', 1_000);
    await b.rotateLink('b1', 'participant');
    expect((await a.get('b1'))?.participantEpoch).toBe(1);
    await b.touch('b1', 9_000);
    // A retention sweep on A must not count a board B is using as unused.
    expect(await a.untouchedSince(5_000)).toEqual([]);
    // An older touch from a slower instance does not move the time back.
    await a.touch('b1', 8_000);
    expect((await b.get('b1'))?.touchedAt).toBe(9_000);
    await a.close();
    await b.close();
  });
});
