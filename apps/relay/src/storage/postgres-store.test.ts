import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from './postgres-store';
import { scratchSchemas } from './postgres-test-support';
import { contentOf, describeDocStoreContract, recordingDoc } from './store-contract';

const schemas = scratchSchemas();

describeDocStoreContract('postgres store', () => openPostgresStore({ database: schemas.open() }));

/** Resolves once `sql` (on the admin pool) returns true; for waiting on another session's state, without timing. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function noteDoc(): { doc: Y.Doc; notes: Y.Map<unknown>; updates: Uint8Array[] } {
  const { doc, map, updates } = recordingDoc();
  return { doc, notes: map, updates };
}

describe('postgres store', () => {
  it('commits appends that arrive while a commit is in flight together, in the next transaction', async () => {
    const database = schemas.open();
    const batches: number[] = [];
    const store = openPostgresStore({ database, onFlush: (size) => batches.push(size) });
    const w = noteDoc();
    for (let i = 0; i < 6; i++) w.notes.set(`k${i}`, i);
    await store.append('warm-up', w.updates[0]!);
    batches.length = 0;

    // Hold the table so the first commit stays in flight while five more appends arrive, each in its own turn.
    const blocker = await schemas.admin().connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE ${database.table('updates')} IN EXCLUSIVE MODE`);
      const first = store.append('board', w.updates[0]!);
      await until(async () => {
        const { rows } = await schemas
          .admin()
          .query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO ' || $1 || '%'",
            [database.table('updates')],
          );
        return rows[0].n > 0;
      });
      let firstResolved = false;
      void first.then(() => (firstResolved = true));
      const rest: Promise<void>[] = [];
      for (const update of w.updates.slice(1)) {
        rest.push(store.append('board', update));
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Not committed, so not resolved: the room relays an update only once its append resolves.
      expect(firstResolved).toBe(false);
      await blocker.query('COMMIT');
      await Promise.all([first, ...rest]);
    } finally {
      blocker.release();
    }
    expect(batches).toEqual([1, 5]);
    expect(contentOf(await store.load('board'))).toEqual(w.notes.toJSON());
    await store.close();
  });

  it('loses nothing when one instance compacts while another keeps appending to the same board', async () => {
    const schema = schemas.open();
    const a = openPostgresStore({ database: schema });
    const b = openPostgresStore({ database: schemas.open(schema.schema) });
    const onA = noteDoc();
    const onB = noteDoc();
    for (let i = 0; i < 20; i++) onA.notes.set(`a${i}`, i);
    await Promise.all(onA.updates.map((u) => a.append('board', u)));

    // B has stored updates A has not received, and writes more while A compacts with a snapshot of its own replica.
    for (let i = 0; i < 20; i++) onB.notes.set(`b${i}`, i);
    await Promise.all(onB.updates.slice(0, 10).map((u) => b.append('board', u)));
    const writes = onB.updates.slice(10).map((u) => b.append('board', u));
    const compacted = a.compact('board', Y.encodeStateAsUpdate(onA.doc));
    const more = noteDoc();
    more.notes.set('late', true);
    const late = a.append('board', more.updates[0]!);
    await Promise.all([...writes, compacted, late]);

    const expected = { ...onA.notes.toJSON(), ...onB.notes.toJSON(), late: true };
    expect(contentOf(await a.load('board'))).toEqual(expected);
    // Compacting again with everything folds B's rows in too.
    const everything = new Y.Doc();
    Y.applyUpdate(everything, (await b.load('board'))!.update);
    await b.compact('board', Y.encodeStateAsUpdate(everything));
    const stored = await a.load('board');
    expect(stored?.entries).toBe(1);
    expect(contentOf(stored)).toEqual(expected);
    await a.close();
    await b.close();
  });

  it('waits for another instance compacting the same document (advisory lock) before compacting it', async () => {
    const database = schemas.open();
    const store = openPostgresStore({ database });
    const w = noteDoc();
    w.notes.set('a', 1);
    await store.append('board', w.updates[0]!);
    const other = await schemas.admin().connect();
    try {
      // What another instance's compaction of "board" holds for its transaction.
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtextextended('notevote:' || $1 || ':doc:board', 0))`, [
        database.schema,
      ]);
      let compacted = false;
      const compaction = store.compact('board', Y.encodeStateAsUpdate(w.doc)).then(() => (compacted = true));
      await until(async () => {
        const { rows } = await schemas.admin().query(
          `WITH k AS (SELECT hashtextextended('notevote:' || $1 || ':doc:board', 0) AS key)
             SELECT count(*)::int AS n FROM pg_locks, k
              WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
                AND classid::bigint = ((key >> 32) & 4294967295) AND objid::bigint = (key & 4294967295)`,
          [database.schema],
        );
        return rows[0].n > 0;
      });
      expect(compacted).toBe(false);
      await other.query('COMMIT');
      await compaction;
    } finally {
      other.release();
    }
    expect((await store.load('board'))?.entries).toBe(1);
    await store.close();
  });

  it('lets two instances on one database see each other’s appends when they load', async () => {
    const database = schemas.open();
    const a = openPostgresStore({ database });
    const b = openPostgresStore({ database: schemas.open(database.schema) });
    const w = noteDoc();
    w.notes.set('from-a', 1);
    w.notes.set('from-b', 2);
    await a.append('board', w.updates[0]!);
    await b.append('board', w.updates[1]!);
    expect(contentOf(await a.load('board'))).toEqual({ 'from-a': 1, 'from-b': 2 });
    expect(contentOf(await b.load('board'))).toEqual({ 'from-a': 1, 'from-b': 2 });
    expect((await b.listDocs('')).sort()).toEqual(['board']);
    await a.close();
    await b.close();
  });

  it('takes document names literally: LIKE wildcards in a prefix or a board id match only themselves', async () => {
    const store = openPostgresStore({ database: schemas.open() });
    const w = noteDoc();
    w.notes.set('a', 1);
    const update = w.updates[0]!;
    for (const name of ['a_b', 'a_b/u1', 'aXb/u2', 'a%b/u3', 'a\\b/u4', 'a_bc/u5']) await store.append(name, update);
    expect(await store.listDocs('a_b/')).toEqual(['a_b/u1']);
    expect(await store.listDocs('a%')).toEqual(['a%b/u3']);
    expect(await store.listDocs('a\\')).toEqual(['a\\b/u4']);
    await store.erase('a_b');
    expect((await store.listDocs('')).sort()).toEqual(['a%b/u3', 'aXb/u2', 'a\\b/u4', 'a_bc/u5']);
    await store.close();
  });

  it('erases the rows of a board and its private documents only, and their bytes leave the table files', async () => {
    const database = schemas.open();
    const store = openPostgresStore({ database });
    const secret = `erase-me-${Math.random().toString(36).slice(2)}`;
    const incompressible = () =>
      Buffer.from(Array.from({ length: 6000 }, () => Math.floor(Math.random() * 256))).toString('base64');
    const board = noteDoc();
    board.notes.set('n1', { text: secret });
    const privateNote = noteDoc();
    // Large and incompressible, so PostgreSQL moves it out of line into the TOAST table.
    privateNote.notes.set('n2', { text: `${secret}-${incompressible()}` });
    const keep = noteDoc();
    keep.notes.set('n3', { text: 'stays' });
    keep.notes.set('n4', { text: incompressible() });
    // Kept rows on both sides of the erased ones: a plain VACUUM would then leave the erased bytes in the pages' free
    // space (it neither zeroes it nor truncates pages that still hold live rows).
    await store.append('board-2', keep.updates[0]!);
    await store.append('board-2', keep.updates[1]!);
    await store.append('board', board.updates[0]!);
    await store.append('board/user-1', privateNote.updates[0]!);
    await store.append('board-2/user-1', keep.updates[0]!);
    await store.append('board-2/user-1', keep.updates[1]!);

    const admin = schemas.admin();
    const filesHolding = async (text: string): Promise<string[]> => {
      await admin.query('CHECKPOINT');
      const { rows } = await admin.query<{ file: string; found: boolean }>(
        `SELECT file, position(convert_to($1, 'UTF8') IN pg_read_binary_file(file)) > 0 AS found
           FROM (SELECT pg_relation_filepath(c.oid) AS file FROM pg_class c
                  WHERE c.oid = $2::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = $2::regclass)) f`,
        [text, database.table('updates')],
      );
      return rows.filter((row) => row.found).map((row) => row.file);
    };
    expect((await filesHolding(secret)).length).toBeGreaterThan(0);

    await store.erase('board');
    expect(await store.load('board')).toBeNull();
    expect(await store.load('board/user-1')).toBeNull();
    expect((await store.listDocs('')).sort()).toEqual(['board-2', 'board-2/user-1']);
    expect(contentOf(await store.load('board-2'))).toEqual(keep.notes.toJSON());
    expect(await filesHolding(secret)).toEqual([]);
    await store.close();
  });

  it('says where PostgreSQL is and what to check when it cannot be reached', async () => {
    const { openPostgresDatabase } = await import('./postgres-database');
    const database = openPostgresDatabase({ url: 'postgres://notevote:hunter2@127.0.0.1:1/boards' });
    const store = openPostgresStore({ database });
    const error = await store.load('board').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/could not reach PostgreSQL at 127\.0\.0\.1:1\/boards: .*Check DATABASE_URL/);
    expect(error?.message).not.toContain('hunter2');
    await store.close();
    await database.close();
  });
});
