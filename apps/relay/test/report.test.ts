import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  allVotes,
  castVoteIn,
  computeTally,
  createNoteIn,
  csvCell,
  CURRENT_USER_ID_SCHEME,
  deriveBoardIdentity,
  groupNotes,
  privateDocName,
  readPeople,
  readRounds,
  readSettings,
  readSession,
  setPerson,
  setPhase,
  startRound,
  type BoardIdentity,
  type Tally,
} from '@notevote/board';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createMemoryStore } from '../src/storage/memory-store';
import { createMemoryDirectory } from '../src/storage/board-directory';
import { boardTokens, connectClient, deferCleanups, deviceKey, synced, waitFor } from './helpers';

/*
 * The outcome report over HTTP, against the real relay: a round voted in secret and revealed, then report.md and
 * report.csv fetched with the facilitator's and the projector's tokens. Every number in them must be the board
 * package's tally of the live board; nobody else may fetch them; the log never carries a note's words.
 */

const cleanups = deferCleanups();

/** The relay on an ephemeral port, its log (JSON lines) captured. */
async function relayWithLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildApp({
    config: { ...loadConfig({ WEB_ROOT: '' }), port: 0 },
    store: createMemoryStore(),
    directory: createMemoryDirectory(),
    secret: randomBytes(48),
    logger: { level: 'info', stream },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => app.close());
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('the relay did not report its address');
  return { app, wsUrl: `ws://127.0.0.1:${address.port}/ws`, log: () => lines.join('\n') };
}

type Relay = Awaited<ReturnType<typeof relayWithLog>>;

async function createBoard(relay: Relay, title: string, anonymous = false) {
  const response = await relay.app.inject({ method: 'POST', url: '/api/boards', payload: { title, anonymous } });
  expect(response.statusCode).toBe(201);
  const { boardId, links } = response.json() as { boardId: string; links: Record<string, string> };
  return { boardId, ...boardTokens(links) };
}

interface Person {
  identity: BoardIdentity;
  board: WebsocketProvider;
  own: WebsocketProvider;
}

async function person(relay: Relay, boardId: string, token: string): Promise<Person> {
  const key = deviceKey();
  const identity = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
  const board = connectClient(relay.wsUrl, boardId, { token, key }, undefined, 'header');
  const own = connectClient(relay.wsUrl, privateDocName(boardId, identity.userId), { token, key }, undefined, 'header');
  cleanups.push(
    () => board.destroy(),
    () => own.destroy(),
  );
  await Promise.all([synced(board), synced(own)]);
  return { identity, board, own };
}

const NOTES = [
  'Fund community wells, in every district',
  'Publish "water tariffs" | openly',
  'Train local monitors\nwith a second line',
  '=HYPERLINK("http://evil.example")',
] as const;

/** A board through one round: notes, two of them grouped, a secret vote by two people, then Results (the reveal). */
async function votedBoard(relay: Relay, { anonymous = false } = {}) {
  const board = await createBoard(relay, 'Água & saneamento: <Nairobi>', anonymous);
  const facilitator = await person(relay, board.boardId, board.facilitator);
  const doc = facilitator.board.doc;
  await waitFor(() => readSettings(doc).anonymous === anonymous, 'the board settings');
  const space = { board: doc, own: facilitator.own.doc };
  const ids = NOTES.map((text, i) => createNoteIn(space, { x: i * 300, y: 0, text }, { author: facilitator.identity }));
  groupNotes(doc, [ids[0]!, ids[2]!], 'Local action');
  startRound(doc, { title: 'First vote', phase: 'vote', votesPerPerson: 3, allowStacking: true });
  const amina = await person(relay, board.boardId, board.participant);
  const bruno = await person(relay, board.boardId, board.participant);
  await waitFor(
    () => readSession(amina.board.doc).secretVoting && readSession(bruno.board.doc).secretVoting,
    'the vote',
  );
  if (!anonymous) {
    setPerson(amina.board.doc, amina.identity.userId, { name: 'Amina Diallo', color: '#e5484d' });
    setPerson(bruno.board.doc, bruno.identity.userId, { name: 'Bruno Keller', color: '#3b82f6' });
  }
  const vote = (voter: Person, noteId: string) =>
    expect(
      castVoteIn({ board: voter.board.doc, own: voter.own.doc }, voter.identity.userId, { noteId, x: 50, y: 60 }).ok,
    ).toBe(true);
  vote(amina, ids[0]!);
  vote(amina, ids[0]!);
  vote(amina, ids[1]!);
  vote(bruno, ids[1]!);
  vote(bruno, ids[3]!);
  // The dots are secret until Results: once the relay holds all five in the private documents, reveal them.
  const room = relay.app.rooms.peek(board.boardId)!;
  const pendingDots = () => [...room.privates.allPending()].reduce((sum, [, pending]) => sum + pending.dots, 0);
  await waitFor(() => pendingDots() === 5, 'the secret dots to reach the relay');
  setPhase(doc, 'results');
  await waitFor(() => [...allVotes(doc)].length === 5, 'the reveal of the five dots');
  return { ...board, ids, doc, people: [facilitator, amina, bruno] };
}

const get = (relay: Relay, boardId: string, file: string, token?: string) =>
  relay.app.inject({
    method: 'GET',
    url: `/api/boards/${boardId}/${file}`,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

/** The rows of the Markdown table under `### <heading>` of a report, as cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`### ${heading}`);
  const lines = markdown.slice(start).split('\n').slice(2);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

function expectReportMatchesTally(markdown: string, tally: Tally, textOf: (id: string) => string) {
  const rows = tableUnder(markdown, 'Notes');
  expect(rows.map((row) => [Number(row[0]), Number(row[3]), Number(row[4])])).toEqual(
    tally.ranking.map((entry) => [entry.rank, entry.votes, entry.voters]),
  );
  // Each ranked row is its note (escaped): the first words are there in order.
  tally.ranking.forEach((entry, i) => {
    const firstWord = /[A-Za-z]{4,}/.exec(textOf(entry.noteId))![0];
    expect(rows[i]![1]).toContain(firstWord);
  });
  const people = tally.voterCount === 1 ? '1 person' : `${tally.voterCount} people`;
  const total = tally.totalVotes + tally.clusterVotes + tally.freeVotes;
  expect(markdown).toContain(`**${people}** voted, **${total} dots**`);
}

describe('GET /api/boards/<id>/report.md and report.csv', () => {
  it('serves the facilitator and the projector a report whose numbers are the tally of the live board', async () => {
    const relay = await relayWithLog();
    const board = await votedBoard(relay);
    const live = relay.app.rooms.peek(board.boardId)!.doc;
    const round = readRounds(live)[0]!;
    const tally = computeTally(live, { round: round.id });
    expect(tally.totalVotes).toBe(5);
    const textOf = (id: string) => NOTES[board.ids.indexOf(id)]!;

    for (const token of [board.facilitator, board.projector]) {
      const md = await get(relay, board.boardId, 'report.md', token);
      expect(md.statusCode).toBe(200);
      expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(md.headers['cache-control']).toBe('no-store');
      expect(md.headers['content-disposition']).toBe(
        `attachment; filename="Agua-saneamento-Nairobi-report.md"; ` +
          `filename*=UTF-8''${encodeURIComponent('Água-&-saneamento-Nairobi-report.md')}`,
      );
      expect(md.body).toContain('# Água \\& saneamento: \\<Nairobi\\>: outcome report');
      expect(md.body).toContain('## Round 1: First vote (in progress)');
      expectReportMatchesTally(md.body, tally, textOf);
      const clusters = tableUnder(md.body, 'Clusters');
      const [clusterId, clusterTally] = [...tally.clusters][0]!;
      expect(clusters[0]).toEqual([
        String(tally.clusterRanking.find((entry) => entry.clusterId === clusterId)!.rank),
        'Local action',
        String(clusterTally.votes),
        String(clusterTally.voters),
        String(clusterTally.noteCount),
      ]);

      // The heatmap: a PNG that decodes, at most 1,200 px wide, with heat on it.
      const dataUrl = /!\[[^\]]*\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/.exec(md.body);
      expect(dataUrl).not.toBeNull();
      const png = PNG.sync.read(Buffer.from(dataUrl![1]!, 'base64'), { checkCRC: true });
      expect(png.width).toBeGreaterThan(100);
      expect(png.width).toBeLessThanOrEqual(1200);
      // Heat is where the ramp's dense end (dark violet) shows through: dark, with blue above green, over any note.
      let hot = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (r < 150 && g < 110 && b > g + 15) hot++;
      }
      expect(hot).toBeGreaterThan(0);

      const csv = await get(relay, board.boardId, 'report.csv', token);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="Agua-saneamento-Nairobi-report\.csv"/);
      // One row per note of the round, after the header; the numbers are the tally's.
      const rows = csv.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(rows[0]).toBe('round,note_id,text,cluster,dots,supporters');
      for (const id of board.ids) {
        // Ids are random; one that starts with '-' is written behind an apostrophe, like any would-be formula.
        const row = rows.find((line) => line.startsWith(`1,${csvCell(id)},`));
        expect(row, id).toBeDefined();
        const entry = tally.notes.get(id);
        expect(row!.endsWith(`,${entry?.votes ?? 0},${entry?.voters ?? 0}`)).toBe(true);
      }
      expect(csv.body).toContain(`1,${csvCell(board.ids[3]!)},"'=HYPERLINK(""http://evil.example"")",,1,1`);
    }

    // Logged with counts, never with a note's words or the title.
    expect(relay.log()).toContain('report downloaded');
    for (const text of [...NOTES.map((note) => note.slice(0, 12)), 'saneamento', 'Local action', 'First vote']) {
      expect(relay.log()).not.toContain(text);
    }
  });

  it.each([
    ['a named board', false],
    ['an anonymous board', true],
  ])('names nobody, on %s: no user id, author or voter in any export', async (_label, anonymous) => {
    const relay = await relayWithLog();
    const board = await votedBoard(relay, { anonymous });
    const live = relay.app.rooms.peek(board.boardId)!.doc;
    const authors = [...live.getMap('notes').values()].map((note) =>
      (note as { get(key: string): unknown }).get('authorId'),
    );
    const voters = [...live.getMap('votes').keys()];
    expect(voters).toHaveLength(2);
    await waitFor(() => readPeople(live).size === (anonymous ? 0 : 2), 'the names to reach the relay');
    const names = [...readPeople(live).values()].map((entry) => entry.name);
    const secrets = [...names, ...board.people.map((p) => p.identity.userId), ...voters, ...authors.map(String)];
    for (const file of ['report.md', 'report.csv']) {
      const body = (await get(relay, board.boardId, file, board.facilitator)).body;
      for (const secret of secrets) expect(body).not.toContain(secret);
    }
  });

  it('refuses without a token (401), with a bad or replaced one (401), to participants (403), for unknown boards (404)', async () => {
    const relay = await relayWithLog();
    const board = await createBoard(relay, 'Closed');
    for (const file of ['report.md', 'report.csv']) {
      const none = await get(relay, board.boardId, file);
      expect(none.statusCode).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(none.json()).toMatchObject({
        error: 'unauthorized',
        message: expect.stringMatching(/facilitator or projector/),
      });
      expect((await get(relay, board.boardId, file, 'f0.not-a-real-token-at-all')).statusCode).toBe(401);
      const other = await createBoard(relay, 'Another');
      expect((await get(relay, board.boardId, file, other.facilitator)).statusCode).toBe(401);
      const participant = await get(relay, board.boardId, file, board.participant);
      expect(participant.statusCode).toBe(403);
      expect(participant.json().message).toMatch(/Only the facilitator and projector/);
      expect((await get(relay, 'no-such-board', file, board.facilitator)).statusCode).toBe(404);
      expect((await get(relay, 'bad%20id', file, board.facilitator)).statusCode).toBe(404);
    }
    const replaced = await relay.app.inject({
      method: 'POST',
      url: `/api/boards/${board.boardId}/links/projector`,
      headers: { authorization: `Bearer ${board.facilitator}` },
    });
    expect(replaced.statusCode).toBe(200);
    const stale = await get(relay, board.boardId, 'report.md', board.projector);
    expect(stale.statusCode).toBe(401);
    expect(stale.json().message).toMatch(/replaced/);
    const erased = await relay.app.inject({
      method: 'DELETE',
      url: `/api/boards/${board.boardId}`,
      headers: { authorization: `Bearer ${board.facilitator}` },
    });
    expect(erased.statusCode).toBe(204);
    expect((await get(relay, board.boardId, 'report.md', board.facilitator)).statusCode).toBe(404);
  });

  it('loads a board nobody has open, and reports an empty board', async () => {
    const relay = await relayWithLog();
    const board = await createBoard(relay, 'Quiet board');
    const md = await get(relay, board.boardId, 'report.md', board.facilitator);
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain('# Quiet board: outcome report');
    expect(md.body).toContain('No notes.');
    const csv = await get(relay, board.boardId, 'report.csv', board.projector);
    expect(csv.body).toBe('\uFEFFround,note_id,text,cluster,dots,supporters\r\n');
  });
});
