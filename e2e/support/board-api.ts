import { expect } from 'vitest';

export type BoardLinks = Record<'facilitator' | 'participant' | 'projector', string>;

/** A board created through the relay's API (as the start page does), with its three links made absolute. */
export async function createBoardThroughApi(baseUrl: string, title: string): Promise<BoardLinks> {
  const response = await fetch(new URL('api/boards', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  expect(response.status).toBe(201);
  const { links } = (await response.json()) as { links: BoardLinks };
  return {
    facilitator: new URL(links.facilitator, baseUrl).toString(),
    participant: new URL(links.participant, baseUrl).toString(),
    projector: new URL(links.projector, baseUrl).toString(),
  };
}
