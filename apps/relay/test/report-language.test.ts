import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, metaMap, readSettings, setBoardLanguage } from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { encodeUpdate } from '../src/sync/protocol';
import {
  boardTokens,
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  deviceKey,
  rawSocket,
  startRelayClosedAfter,
  synced,
  type TestRelay,
  userOf,
  waitFor,
} from './helpers';

/*
 * The board's language: chosen when the board is created, changed by the facilitator, and the language the relay
 * writes the report and the table in (or another one, for one download, with ?lang=).
 */

const cleanups = deferCleanups();

async function create(relay: TestRelay, payload: Record<string, unknown>) {
  return relay.app.inject({ method: 'POST', url: '/api/boards', payload });
}

async function board(relay: TestRelay, language?: string) {
  const response = await create(relay, { title: 'Clean water', ...(language ? { language } : {}) });
  expect(response.statusCode).toBe(201);
  const { boardId, links } = response.json<{ boardId: string; links: Record<string, string> }>();
  return { boardId, ...boardTokens(links) };
}

function client(relay: TestRelay, boardId: string, token: string) {
  const provider = connectClient(relay.wsUrl, boardId, { token, key: deviceKey() });
  cleanups.push(() => provider.destroy());
  return provider;
}

const report = (relay: TestRelay, boardId: string, file: string, token: string) =>
  relay.app.inject({
    method: 'GET',
    url: `/api/boards/${boardId}/${file}`,
    headers: { authorization: `Bearer ${token}` },
  });

describe('the board language', () => {
  it('is the one the board was created with, and English when none was given', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const french = await board(relay, 'fr');
    const plain = await board(relay);
    const [f, p] = [client(relay, french.boardId, french.participant), client(relay, plain.boardId, plain.participant)];
    await Promise.all([synced(f), synced(p)]);
    expect(readSettings(f.doc).language).toBe('fr');
    expect(readSettings(p.doc).language).toBe('en');
    expect(metaMap(p.doc).has('language')).toBe(false);
  });

  it('refuses a board in a language that is not one of the six, saying which there are (400)', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    for (const language of ['xx', 'de', 'EN', 'en-GB', '', 42, null, true]) {
      const response = await create(relay, { title: 'x', language });
      expect(response.statusCode, JSON.stringify(language)).toBe(400);
      expect(response.json().message).toBe(
        'body/language must be one of ar, zh, en, fr, ru, es (Arabic, Chinese, English, French, Russian, Spanish)',
      );
    }
    // Other problems keep Fastify's own words.
    const long = await create(relay, { title: 'x'.repeat(500), language: 'fr' });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toMatch(/^body\/title must NOT have more than/);
  });

  it('writes the report and the table in the board’s language, and in another for one download with ?lang=', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const { boardId, facilitator, projector } = await board(relay, 'fr');
    const writer = client(relay, boardId, facilitator);
    await synced(writer);
    createNote(writer.doc, { x: 0, y: 0, text: 'Puits communautaires' }, { authorId: userOf(writer) });
    await waitFor(() => relay.app.rooms.peek(boardId)?.doc.getMap('notes').size === 1, 'the note to reach the relay');

    const md = await report(relay, boardId, 'report.md', projector);
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain('# Clean water\u00a0: rapport sur les résultats');
    expect(md.body).toContain('- 1 note sur le tableau');
    expect(md.headers['content-disposition']).toBe(
      `attachment; filename="Clean-water-report.md"; filename*=UTF-8''Clean-water-report.md`,
    );
    const csv = await report(relay, boardId, 'report.csv', facilitator);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFtour,id_note,texte,groupe,gommettes,votants');

    const arabic = await report(relay, boardId, 'report.md?lang=ar', facilitator);
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain('# تقرير النتائج: Clean water');
    expect(arabic.body).toContain('- على اللوحة ملاحظة واحدة');
    const chinese = await report(relay, boardId, 'report.csv?lang=zh', projector);
    expect(chinese.body.split('\r\n')[0]).toBe('\uFEFF轮次,便签编号,文本,分组,圆点数,支持者数');
    // Only that download: the board keeps its language.
    expect((await report(relay, boardId, 'report.md', facilitator)).body).toContain('rapport sur les résultats');

    for (const lang of ['xx', 'FR', '', 'fr&lang=ru']) {
      const refused = await report(relay, boardId, `report.md?lang=${lang}`, facilitator);
      expect(refused.statusCode, lang).toBe(400);
      expect(refused.json().message).toMatch(/^querystring\/lang must be one of ar, zh, en, fr, ru, es/);
    }
  });

  it('changes when the facilitator changes it, at any time, and the next report follows', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const { boardId, facilitator } = await board(relay, 'en');
    const fac = client(relay, boardId, facilitator);
    await synced(fac);
    setBoardLanguage(fac.doc, 'ru');
    await waitFor(() => readSettings(relay.app.rooms.peek(boardId)!.doc).language === 'ru', 'the change to be kept');
    expect(fac.wsconnected).toBe(true);
    expect((await report(relay, boardId, 'report.md', facilitator)).body).toContain('отчет о результатах');
  });

  it('refuses the change from a participant’s raw client (4403 facilitator-only), and a code not among the six from anyone', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const { boardId, facilitator, participant } = await board(relay, 'es');
    const attempts: Array<[token: string, value: unknown, refusal: string]> = [
      [participant, 'ar', 'facilitator-only'],
      [facilitator, 'xx', 'invalid-value'],
      [facilitator, 42, 'invalid-value'],
    ];
    for (const [token, value, refusal] of attempts) {
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(relay.app.rooms.peek(boardId)?.doc ?? new Y.Doc()));
      const before = Y.encodeStateVector(replica);
      metaMap(replica).set('language', value);
      const socket = await rawSocket(boardUrl(relay.wsUrl, boardId, { token, key: deviceKey() }));
      const closing = closed(socket);
      socket.send(encodeUpdate(Y.encodeStateAsUpdate(replica, before)));
      expect(await closing, JSON.stringify(value)).toEqual({ code: CloseCode.forbidden, reason: refusal });
      expect(readSettings(relay.app.rooms.peek(boardId)!.doc).language).toBe('es');
    }
  });
});
