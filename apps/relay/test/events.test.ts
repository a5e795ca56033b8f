import { describe, expect, it } from 'vitest';
import {
  buildOutcome,
  castVote,
  computeTally,
  createNote,
  readMeta,
  readNotes,
  roleOfToken,
  startRound,
} from '@notevote/board';
import { verifyToken } from '../src/auth/capabilities';
import { createMemoryDirectory } from '../src/storage/board-directory';
import { createMemoryEventDirectory } from '../src/storage/event-directory';
import { createMemoryStore } from '../src/storage/memory-store';
import { SHARED_REDIS_URL, testRedisPrefix } from './cluster-helpers';
import {
  connectClient,
  deferCleanups,
  deviceKey,
  startRelay,
  startRelayClosedAfter,
  synced,
  tokenOf,
  userOf,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();

interface Links {
  facilitator: string;
  participant: string;
  projector: string;
}
interface Team {
  boardId: string;
  links: Links;
  status: { title: string; online: number; phase: string; round: number | null } | null;
}
interface EventAnswer {
  eventId: string;
  title: string;
  language: string;
  links: { organiser: string; dropIn: string };
  origin: string;
  reachable: boolean;
  dropIn: { code: string; url: string };
  boards: Team[];
}

const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function createEvent(httpUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${httpUrl}/api/events`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
}

async function sprintEvent(
  httpUrl: string,
  teams = ['Cybercrime', 'Wildlife trafficking', 'Countering violent extremism'],
) {
  const response = await createEvent(httpUrl, { title: 'SOLVE 2018', boards: teams, language: 'fr' });
  expect(response.status).toBe(201);
  const answer = (await response.json()) as EventAnswer;
  return { answer, organiser: tokenOf(answer.links.organiser) };
}

async function getEvent(httpUrl: string, eventId: string, token?: string): Promise<Response> {
  return fetch(`${httpUrl}/api/events/${eventId}`, { headers: token === undefined ? {} : bearer(token) });
}

async function eventOf(httpUrl: string, eventId: string, token: string): Promise<EventAnswer> {
  const response = await getEvent(httpUrl, eventId, token);
  expect(response.status).toBe(200);
  return (await response.json()) as EventAnswer;
}

/** A person on a board through its participant (or other) link, with a device key of their own. */
async function join(wsUrl: string, team: Team, role: keyof Links = 'participant', key = deviceKey()) {
  const token = tokenOf(team.links[role]);
  const provider = connectClient(
    wsUrl,
    team.boardId,
    role === 'projector' ? { token } : { token, key },
    undefined,
    'header',
  );
  cleanups.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

describe('creating an event', () => {
  it('creates one board per team, as POST /api/boards does, and answers every link', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl);
    expect(answer).toMatchObject({ title: 'SOLVE 2018', language: 'fr', origin: r.httpUrl, reachable: false });
    expect(answer.links.organiser).toMatch(new RegExp(`^/e/${answer.eventId}#k=o0\\.[\\w-]{22}$`));
    expect(organiser).toMatch(/^o0\./);
    expect(answer.dropIn.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(answer.dropIn.url).toBe(`${r.httpUrl}/d/${answer.dropIn.code.replace('-', '')}`);
    expect(answer.links.dropIn).toBe(`/d/${answer.dropIn.code.replace('-', '')}`);
    expect(answer.boards.map((team) => team.status?.title)).toEqual([
      'Cybercrime',
      'Wildlife trafficking',
      'Countering violent extremism',
    ]);
    for (const team of answer.boards) {
      const record = (await r.directory.get(team.boardId))!;
      expect(record).not.toBeNull();
      for (const role of ['facilitator', 'participant', 'projector'] as const) {
        expect(team.links[role]).toMatch(new RegExp(`^/b/${team.boardId}#k=`));
        const check = verifyToken(r.secret, team.boardId, tokenOf(team.links[role]), () => 0);
        expect(check).toMatchObject({ ok: true, role });
      }
      expect(team.status).toEqual({ title: team.status!.title, online: 0, phase: 'open', round: null });
      // The board's first state, written by the relay as for POST /api/boards: its title and its reports' language.
      const board = await r.app.host.readDoc(team.boardId);
      expect(readMeta(board!.doc)).toMatchObject({ title: team.status!.title, language: 'fr' });
      board!.release();
      // Each board has its join code, as a board created on its own.
      expect(record.joinKey).not.toBeNull();
    }
  });

  it('checks what it is given, saying what is wrong', async () => {
    const r = await startRelayClosedAfter(cleanups);
    for (const body of [
      {},
      { title: 'No teams', boards: [] },
      { boards: Array.from({ length: 31 }, (_, i) => `Team ${i}`) },
      { boards: ['x'.repeat(201)] },
    ]) {
      const response = await createEvent(r.httpUrl, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    const language = await createEvent(r.httpUrl, { boards: ['A'], language: 'de' });
    expect(language.status).toBe(400);
    expect(((await language.json()) as { message: string }).message).toMatch(/language must be one of ar, zh, en/);
  });

  it('spends the same budget per address as creating boards, refused attempts included', async () => {
    const r = await startRelayClosedAfter(cleanups, { createBurst: 3 });
    const board = () =>
      fetch(`${r.httpUrl}/api/boards`, { method: 'POST', headers: json, body: JSON.stringify({ title: 'B' }) });
    expect((await board()).status).toBe(201);
    expect((await createEvent(r.httpUrl, { boards: ['A', 'B', 'C'] })).status).toBe(201);
    expect((await board()).status).toBe(201);
    const refused = await createEvent(r.httpUrl, { boards: ['A'] });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { message: string }).message).toMatch(/Wait about .* and try again/);
    expect((await board()).status).toBe(429);
  });

  it('needs the creation key when the server has one, as creating a board does', async () => {
    const r = await startRelayClosedAfter(cleanups, { createKey: 'sesame' });
    const without = await createEvent(r.httpUrl, { boards: ['A'] });
    expect(without.status).toBe(401);
    expect(((await without.json()) as { message: string }).message).toMatch(/needs its creation key/);
    expect((await createEvent(r.httpUrl, { boards: ['A'] }, bearer('wrong'))).status).toBe(401);
    expect((await createEvent(r.httpUrl, { boards: ['A'] }, bearer('sesame'))).status).toBe(201);
  });
});

describe("the organiser's event", () => {
  it('opens with the organiser token only: not without one, not a board token, not another event’s', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl);
    const other = await sprintEvent(r.httpUrl, ['Other']);
    expect((await getEvent(r.httpUrl, answer.eventId, organiser)).status).toBe(200);
    const refusals: Array<[string | undefined, RegExp]> = [
      [undefined, /needs the event's organiser link/],
      [tokenOf(answer.boards[0]!.links.facilitator), /not the organiser link of this event/],
      [tokenOf(answer.boards[1]!.links.participant), /not the organiser link of this event/],
      [other.organiser, /not the organiser link of this event/],
      [`o0.${'A'.repeat(22)}`, /not the organiser link of this event/],
    ];
    for (const [token, message] of refusals) {
      const response = await getEvent(r.httpUrl, answer.eventId, token);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toMatch(message);
    }
    // Nor does an organiser token open a board.
    const asBoard = await fetch(`${r.httpUrl}/api/boards/${answer.boards[0]!.boardId}/links`, {
      headers: bearer(organiser),
    });
    expect(asBoard.status).toBe(403);
    expect((await getEvent(r.httpUrl, 'no-such-event', organiser)).status).toBe(404);
    for (const path of ['boards', 'links/organiser']) {
      const response = await fetch(`${r.httpUrl}/api/events/${answer.eventId}/${path}`, {
        method: 'POST',
        headers: { ...json, ...bearer(tokenOf(answer.boards[0]!.links.facilitator)) },
        body: '{}',
      });
      expect(response.status, path).toBe(401);
    }
    const report = await fetch(`${r.httpUrl}/api/events/${answer.eventId}/report.md`, {
      headers: bearer(tokenOf(answer.boards[0]!.links.facilitator)),
    });
    expect(report.status).toBe(401);
  });

  it('counts the people on each board live, once per person, projectors not counted, and says its phase', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl);
    const [cyber, wildlife] = answer.boards as [Team, Team];
    const amina = deviceKey();
    await join(r.wsUrl, cyber, 'participant', amina);
    // Amina's second tab, Bruno, the facilitator and the room's projector.
    await join(r.wsUrl, cyber, 'participant', amina);
    await join(r.wsUrl, cyber);
    const facilitator = await join(r.wsUrl, cyber, 'facilitator');
    await join(r.wsUrl, cyber, 'projector');
    await join(r.wsUrl, wildlife);
    startRound(facilitator.doc, { title: 'Priorities', phase: 'vote', now: Date.now() });

    let shown: EventAnswer | null = null;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      shown = await eventOf(r.httpUrl, answer.eventId, organiser);
      if (shown.boards[0]?.status?.phase === 'vote') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(
      shown!.boards.map((team) => team.status && [team.status.online, team.status.phase, team.status.round]),
    ).toEqual([
      [3, 'vote', 1],
      [1, 'open', null],
      [0, 'open', null],
    ]);
  });

  it('reads a board nobody has open from the store, without loading it', async () => {
    const r = await startRelayClosedAfter(cleanups, { unloadDelayMs: 20 });
    const { answer, organiser } = await sprintEvent(r.httpUrl, ['Quiet team']);
    await waitFor(() => r.app.host.loadedBoards === 0, 'the new board to unload');
    const shown = await eventOf(r.httpUrl, answer.eventId, organiser);
    expect(shown.boards[0]!.status).toEqual({ title: 'Quiet team', online: 0, phase: 'open', round: null });
    expect(r.app.host.loadedBoards).toBe(0);
  });

  it('adds a team board on the organiser link, spending the address’s budget, up to 30 teams', async () => {
    // The event spends one, each board added one more.
    const r = await startRelayClosedAfter(cleanups, { createBurst: 3 });
    const { answer, organiser } = await sprintEvent(r.httpUrl, ['One', 'Two']);
    const add = (title: string) =>
      fetch(`${r.httpUrl}/api/events/${answer.eventId}/boards`, {
        method: 'POST',
        headers: { ...json, ...bearer(organiser) },
        body: JSON.stringify({ title }),
      });
    const added = await add('Latecomers');
    expect(added.status).toBe(201);
    const team = (await added.json()) as Team;
    expect(team.status).toMatchObject({ title: 'Latecomers', online: 0 });
    expect(roleOfToken(tokenOf(team.links.facilitator))).toBe('facilitator');
    expect((await eventOf(r.httpUrl, answer.eventId, organiser)).boards.map((entry) => entry.status?.title)).toEqual([
      'One',
      'Two',
      'Latecomers',
    ]);
    // The board's reports are in the event's language.
    const board = await r.app.host.readDoc(team.boardId);
    expect(readMeta(board!.doc)?.language).toBe('fr');
    board!.release();
    expect((await add('Again')).status).toBe(201);
    expect((await add('Too many')).status).toBe(429);

    const full = await startRelayClosedAfter(cleanups);
    const big = await sprintEvent(
      full.httpUrl,
      Array.from({ length: 30 }, (_, i) => `Team ${i + 1}`),
    );
    const refused = await fetch(`${full.httpUrl}/api/events/${big.answer.eventId}/boards`, {
      method: 'POST',
      headers: { ...json, ...bearer(big.organiser) },
      body: JSON.stringify({ title: 'Thirty-first' }),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toBe('event-full');
  });

  it('replaces the organiser link and the drop-in code, each on its own; forgetting the event keeps its boards', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl);
    const replace = (link: string, token: string) =>
      fetch(`${r.httpUrl}/api/events/${answer.eventId}/links/${link}`, { method: 'POST', headers: bearer(token) });
    const code = answer.dropIn.code;
    const newCode = ((await (await replace('drop-in', organiser)).json()) as EventAnswer).dropIn.code;
    expect(newCode).not.toBe(code);
    expect((await fetch(`${r.httpUrl}/api/drop-in/${code}`)).status).toBe(404);
    expect((await fetch(`${r.httpUrl}/api/drop-in/${newCode}`)).status).toBe(200);

    const replaced = (await (await replace('organiser', organiser)).json()) as EventAnswer;
    const fresh = tokenOf(replaced.links.organiser);
    expect(fresh).toMatch(/^o1\./);
    const old = await getEvent(r.httpUrl, answer.eventId, organiser);
    expect(old.status).toBe(401);
    expect(((await old.json()) as { message: string }).message).toMatch(/was replaced/);
    expect(replaced.dropIn.code).toBe(newCode);

    const forgotten = await fetch(`${r.httpUrl}/api/events/${answer.eventId}`, {
      method: 'DELETE',
      headers: bearer(fresh),
    });
    expect(forgotten.status).toBe(204);
    expect((await getEvent(r.httpUrl, answer.eventId, fresh)).status).toBe(404);
    expect((await fetch(`${r.httpUrl}/api/drop-in/${newCode}`)).status).toBe(404);
    for (const team of answer.boards) expect(await r.directory.get(team.boardId)).not.toBeNull();
  });

  it('leaves out a board its facilitator deleted', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl);
    const gone = answer.boards[1]!;
    const erased = await fetch(`${r.httpUrl}/api/boards/${gone.boardId}`, {
      method: 'DELETE',
      headers: bearer(tokenOf(gone.links.facilitator)),
    });
    expect(erased.status).toBe(204);
    const shown = await eventOf(r.httpUrl, answer.eventId, organiser);
    expect(shown.boards.map((team) => team.boardId)).toEqual([answer.boards[0]!.boardId, answer.boards[2]!.boardId]);
    const dropIn = (await (await fetch(`${r.httpUrl}/api/drop-in/${answer.dropIn.code}`)).json()) as {
      teams: unknown[];
    };
    expect(dropIn.teams).toHaveLength(2);
  });
});

describe('the drop-in code', () => {
  it("gives the event's title and each team's title and current participant link, as typed", async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer } = await sprintEvent(r.httpUrl);
    for (const typed of [answer.dropIn.code, answer.dropIn.code.toLowerCase(), answer.dropIn.code.replace('-', '')]) {
      const response = await fetch(`${r.httpUrl}/api/drop-in/${encodeURIComponent(typed)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as {
        title: string;
        teams: Array<{ boardId: string; title: string; link: string }>;
      };
      expect(body.title).toBe('SOLVE 2018');
      expect(body.teams).toEqual(
        answer.boards.map((team) => ({
          boardId: team.boardId,
          title: team.status!.title,
          link: team.links.participant,
        })),
      );
      // Nothing but participant links: no facilitator's, no projector's, no organiser's.
      for (const team of body.teams) expect(roleOfToken(tokenOf(team.link))).toBe('participant');
      expect(JSON.stringify(body)).not.toMatch(/#k=[fvo]/);
    }
    // A team's participant link replaced by its facilitator: the drop-in hands out the new one at once.
    const first = answer.boards[0]!;
    const rotated = (await (
      await fetch(`${r.httpUrl}/api/boards/${first.boardId}/links/participant`, {
        method: 'POST',
        headers: bearer(tokenOf(first.links.facilitator)),
      })
    ).json()) as { links: Links };
    const again = (await (await fetch(`${r.httpUrl}/api/drop-in/${answer.dropIn.code}`)).json()) as {
      teams: Array<{ link: string }>;
    };
    expect(again.teams[0]!.link).toBe(rotated.links.participant);
    expect(again.teams[0]!.link).not.toBe(first.links.participant);
  });

  it('slows down guessing: after 20 codes that open nothing, one a minute, and then even a right code waits', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer } = await sprintEvent(r.httpUrl);
    for (let i = 0; i < 20; i++) {
      const miss = await fetch(`${r.httpUrl}/api/drop-in/ZZZZ${String(2222 + i).padStart(4, '2')}`);
      expect(miss.status).toBe(404);
    }
    const limited = await fetch(`${r.httpUrl}/api/drop-in/${answer.dropIn.code}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('the combined report', () => {
  it("gives each team its board's own tallies, in the event's language or the one asked for", async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { answer, organiser } = await sprintEvent(r.httpUrl, ['Cybercrime', 'Wildlife trafficking']);
    const [cyber] = answer.boards as [Team];
    const facilitator = await join(r.wsUrl, cyber, 'facilitator');
    const bruno = await join(r.wsUrl, cyber);
    const me = userOf(facilitator);
    createNote(
      facilitator.doc,
      { x: 0, y: 0, text: 'Shared standards for digital evidence' },
      { authorId: me, id: 'n1' },
    );
    createNote(facilitator.doc, { x: 300, y: 0, text: 'Training for judges' }, { authorId: me, id: 'n2' });
    await waitFor(() => readNotes(bruno.doc).length === 2, 'the notes on the second device');
    for (const [doc, voter, noteId] of [
      [facilitator.doc, me, 'n1'],
      [facilitator.doc, me, 'n2'],
      [bruno.doc, userOf(bruno), 'n1'],
    ] as const) {
      expect(castVote(doc, voter, { noteId, x: 1, y: 1 }).ok).toBe(true);
    }
    await waitFor(() => computeTally(facilitator.doc, { round: null }).totalVotes === 3, 'the three dots');

    const download = async (query = '') =>
      fetch(`${r.httpUrl}/api/events/${answer.eventId}/report.md${query}`, { headers: bearer(organiser) });
    const english = await download('?lang=en');
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(english.headers.get('content-disposition')).toContain('filename="SOLVE-2018-report.md"');
    const markdown = await english.text();
    // The numbers the board's own outcome has.
    await waitFor(() => computeTally(bruno.doc, { round: null }).totalVotes === 3, 'the dots everywhere');
    const outcome = buildOutcome(bruno.doc, { now: Date.now() });
    const round = outcome.rounds[0]!;
    expect(markdown).toContain(`| Cybercrime | Outside rounds | ${round.participants} | ${round.dots.total} | 2 |`);
    for (const note of round.notes) {
      expect(markdown).toContain(`| ${note.rank} | ${note.text} | – | ${note.dots} | ${note.supporters} |`);
    }
    expect(markdown).toContain('| 1 | Shared standards for digital evidence | – | 2 | 2 |');
    expect(markdown).toContain('## Wildlife trafficking\n\nResults shown: Outside rounds.');
    expect(markdown).toContain('No dots on this board yet.');
    const french = await (await download()).text();
    expect(french).toContain('# SOLVE 2018\u00a0: rapport de synthèse sur les résultats');
    expect((await download('?lang=de')).status).toBe(400);
  });
});

describe('events across relay instances', () => {
  it('counts the people on a board held by another instance, without taking the board', async () => {
    const store = createMemoryStore();
    const directory = createMemoryDirectory();
    const events = createMemoryEventDirectory();
    const secret = new Uint8Array(48).fill(7);
    const config = { redisUrl: SHARED_REDIS_URL, redisPrefix: testRedisPrefix(), leaseMs: 1_500, unloadDelayMs: 200 };
    const a = await startRelay(store, config, { directory, secret, events });
    cleanups.push(() => a.close());
    const b = await startRelay(store, config, { directory, secret, events });
    cleanups.push(() => b.close());
    const { answer, organiser } = await sprintEvent(a.httpUrl, ['Held by A', 'Nobody']);
    const [held] = answer.boards as [Team];
    // Two people reach instance A, one instance B: the board's room is on one of them, the others forward.
    await join(a.wsUrl, held);
    await join(a.wsUrl, held);
    await join(b.wsUrl, held);
    for (const relay of [a, b]) {
      let shown: EventAnswer | null = null;
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        shown = await eventOf(relay.httpUrl, answer.eventId, organiser);
        if (shown.boards[0]?.status?.online === 3) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(shown!.boards.map((team) => [team.status?.title, team.status?.online])).toEqual([
        ['Held by A', 3],
        ['Nobody', 0],
      ]);
    }
    // Asking for a status took no board: the empty one is held by nobody.
    await waitFor(
      () => a.app.host.loadedBoards + b.app.host.loadedBoards === 1,
      'only the busy board to stay loaded',
      5_000,
    );
    expect(await a.app.host.isActive(answer.boards[1]!.boardId)).toBe(false);
  });
});
