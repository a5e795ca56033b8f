import { it } from 'vitest';
import * as Y from 'yjs';
import { authorizeUpdate, createNote, deriveBoardIdentity, initBoard, moveNote, readSession, readSettings, workspaceFacts } from '@notevote/board';
import { scopeOfUpdate } from '../src/validation';
it('perf', () => {
  const server = new Y.Doc();
  initBoard(server, { title: 'x' });
  const me = deriveBoardIdentity('secret-secret-secret', 'b', 2);
  for (let i = 0; i < 100; i++) createNote(server, { x: i, y: 0, text: 'hello' }, { authorId: me.userId, id: `n${i}` });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 50000; i++) moveNote(client, `n${i % 100}`, i, i);
  const N = updates.length;
  const judge = (u: Uint8Array) => {
    const scope = scopeOfUpdate(server, u);
    authorizeUpdate({ actor: { role: 'participant', identity: me }, session: readSession(server), settings: readSettings(server), where: 'board', facts: workspaceFacts({ board: server, own: null }, 'board') }, scope.changes);
  };
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    for (const u of updates) scopeOfUpdate(server, u);
    const scopeUs = ((performance.now() - t) * 1000) / N;
    t = performance.now();
    for (const u of updates) judge(u);
    const allUs = ((performance.now() - t) * 1000) / N;
    console.log(`round ${r}: scope ${scopeUs.toFixed(2)} us, scope+authorize ${allUs.toFixed(2)} us per update`);
  }
});
