import { describe, expect, it } from 'vitest';
import { readDropIn, readEventAnswer, readOrganiserToken, teamTitles } from './event-api';

const links = (id: string) => ({
  facilitator: `/b/${id}#k=f0.aaaaaaaaaaaaaaaaaaaaaa`,
  participant: `/b/${id}#k=p0.aaaaaaaaaaaaaaaaaaaaaa`,
  projector: `/b/${id}#k=v0.aaaaaaaaaaaaaaaaaaaaaa`,
});

const answer = {
  eventId: 'e1',
  title: 'SOLVE',
  language: 'fr',
  links: { organiser: '/e/e1#k=o0.aaaaaaaaaaaaaaaaaaaaaa', dropIn: '/d/K7QFM2XD' },
  origin: 'http://192.168.1.20:8787',
  reachable: true,
  dropIn: { code: 'K7QF-M2XD', url: 'http://192.168.1.20:8787/d/K7QFM2XD' },
  boards: [
    { boardId: 'b1', links: links('b1'), status: { title: 'Cybercrime', online: 3, phase: 'vote', round: 1 } },
    { boardId: 'b2', links: links('b2'), status: null },
  ],
};

describe('reading the event API', () => {
  it('reads what the relay sends', () => {
    expect(readEventAnswer(answer)).toEqual(answer);
  });

  it('leaves out what is malformed, and what is not a path on this relay', () => {
    const hostile = {
      ...answer,
      boards: [
        ...answer.boards,
        { boardId: 'b3', links: { ...links('b3'), participant: 'https://evil.example/b/b3' } },
        { boardId: 'b4', links: { ...links('b4'), facilitator: '//evil.example/x' } },
        { boardId: 'b5', links: links('b5'), status: { title: 'x', online: -1, phase: 'vote', round: null } },
        'nonsense',
      ],
    };
    const read = readEventAnswer(hostile)!;
    expect(read.boards.map((team) => [team.boardId, team.status])).toEqual([
      ['b1', answer.boards[0]!.status],
      ['b2', null],
      ['b5', null],
    ]);
    expect(readEventAnswer({ ...answer, links: { organiser: 'javascript:alert(1)', dropIn: '/d/x' } })).toBeNull();
    expect(readEventAnswer(null)).toBeNull();
    expect(readEventAnswer('text')).toBeNull();
  });

  it('reads the drop-in answer, keeping only teams whose link is a path here', () => {
    expect(
      readDropIn({
        title: 'SOLVE',
        teams: [
          { boardId: 'b1', title: 'Cybercrime', link: '/b/b1#k=p0.x' },
          { boardId: 'b2', title: 'Elsewhere', link: 'http://evil.example/' },
        ],
      }),
    ).toEqual({ title: 'SOLVE', teams: [{ boardId: 'b1', title: 'Cybercrime', link: '/b/b1#k=p0.x' }] });
    expect(readDropIn({ teams: [] })).toBeNull();
  });

  it("reads the organiser token from the fragment, and nothing that cannot be one (a board's token, say)", () => {
    expect(readOrganiserToken('#k=o0.abcdefghijklmnopqrstuv')).toBe('o0.abcdefghijklmnopqrstuv');
    expect(readOrganiserToken('#k=f0.abcdefghijklmnopqrstuv')).toBeNull();
    expect(readOrganiserToken('#k=o0.short')).toBeNull();
    expect(readOrganiserToken('')).toBeNull();
  });
});

describe('teamTitles', () => {
  it('takes one team per line, trimmed, without blank lines', () => {
    expect(teamTitles('  Cybercrime \r\n\nWildlife trafficking\n   \nCountering violent extremism\n')).toEqual([
      'Cybercrime',
      'Wildlife trafficking',
      'Countering violent extremism',
    ]);
    expect(teamTitles('\n \n')).toEqual([]);
  });
});
