import { expect } from 'vitest';

export interface BoardLinks {
  facilitator: string;
  participant: string;
  projector: string;
}

/** A board created through the API (as the start page does), with its three absolute links. */
export async function apiBoard(baseUrl: string, title: string, { anonymous = false } = {}): Promise<BoardLinks> {
  const response = await fetch(new URL('api/boards', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, anonymous }),
  });
  expect(response.status).toBe(201);
  const { links } = (await response.json()) as { links: BoardLinks };
  return {
    facilitator: new URL(links.facilitator, baseUrl).toString(),
    participant: new URL(links.participant, baseUrl).toString(),
    projector: new URL(links.projector, baseUrl).toString(),
  };
}
