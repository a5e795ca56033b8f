import { describe, expect, it } from 'vitest';
import { describeEventDirectoryContract } from './event-directory-contract';
import { openPostgresEventDirectory } from './postgres-event-directory';
import { scratchSchemas } from './postgres-test-support';

const schemas = scratchSchemas();

describeEventDirectoryContract('postgres', () => openPostgresEventDirectory({ database: schemas.open() }));

describe('postgres event directory', () => {
  it('is one directory for every instance: a board added or a code replaced on one is seen by all', async () => {
    const database = schemas.open();
    const a = openPostgresEventDirectory({ database });
    const b = openPostgresEventDirectory({ database: schemas.open(database.schema) });
    await a.create({ id: 'e1', title: 'SOLVE', language: 'en', boards: ['cyber'] });
    await b.addBoard('e1', 'wildlife');
    await b.rotateLink('e1', 'drop-in');
    expect(await a.get('e1')).toMatchObject({ boards: ['cyber', 'wildlife'], dropInEpoch: 1 });
    // Two organisers adding a board at the same moment: both are kept, each once.
    await Promise.all([a.addBoard('e1', 'x'), b.addBoard('e1', 'y')]);
    expect((await a.get('e1'))?.boards.slice(2).sort()).toEqual(['x', 'y']);
    await a.close();
    await b.close();
  });
});
