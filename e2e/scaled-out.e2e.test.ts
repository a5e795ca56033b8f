import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from '../apps/relay/src/storage/postgres-test-support';
import { apiBoard } from './support/boards';
import {
  addNote,
  canvasCenter,
  clickAt,
  fitToContent,
  noteItem,
  noteItems,
  openBoard,
  selectTool,
  votesLeft,
} from './support/board-ui';
import { startRelay, stopRelay, type Relay } from './support/global-setup';
import { peopleInChromium } from './support/people';

/**
 * Scaled-out mode as a user meets it: two relay processes with DATABASE_URL and REDIS_URL (this machine's PostgreSQL
 * and Redis), the facilitator's browser on one, a participant's on the other. Whatever either does, the other sees;
 * when the first instance stops, the board goes on from the second with everything on it.
 */

const { participant } = peopleInChromium();
const schemas = scratchSchemas();
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** The same link on another instance (links carry the origin of the instance that made them). */
const onInstance = (link: string, relay: Relay) =>
  new URL(new URL(link).pathname + new URL(link).hash, relay.baseUrl).href;

async function expectItems(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => (await noteItems(page)).sort(), { timeout, interval: 50 })
    .toEqual([...expected].sort());
}

test('two instances over Redis and PostgreSQL: notes and votes cross, and the board survives the first one stopping', async () => {
  const schema = freshSchemaName();
  schemas.dropAfterTest(schema);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'notevote-e2e-scaled-'));
  const env = {
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_PREFIX: `notevote-e2e-${randomBytes(4).toString('hex')}:`,
    LEASE_MS: '2000',
  };
  const relays: Relay[] = [];
  try {
    const first = await startRelay(dataDir, env);
    relays.push(first);
    const second = await startRelay(dataDir, env);
    relays.push(second);
    const links = await apiBoard(first.baseUrl, 'Across instances');

    const F = await participant();
    const P = await participant();
    await openBoard(F.page, links.facilitator, 'Fatima');
    await openBoard(P.page, onInstance(links.participant, second), 'Pablo');

    // A note from the second instance reaches the first, and a dot cast there counts on the first.
    await addNote(P.page, 'Joint investigations');
    await expectItems(F.page, [noteItem('Joint investigations', 0)]);
    await fitToContent(P.page);
    await selectTool(P.page, 'Vote');
    expect(await votesLeft(P.page)).toBe('5 of 5 votes left');
    await clickAt(P.page, await canvasCenter(P.page));
    await expect.poll(() => votesLeft(P.page), { timeout: 5_000 }).toBe('4 of 5 votes left');
    await expectItems(F.page, [noteItem('Joint investigations', 1)]);

    // And the other way round.
    await addNote(F.page, 'Shared evidence rules');
    const withVote = [noteItem('Joint investigations', 1), noteItem('Shared evidence rules', 0)];
    await expectItems(P.page, withVote);
    await expectItems(F.page, withVote);

    // The first instance stops (a rolling restart): the facilitator reopens the board on the second, which takes it
    // over with everything on it, and the participant there keeps working.
    await stopRelay(first.child);
    await F.page.goto(onInstance(links.facilitator, second));
    await expectItems(F.page, withVote, 15_000);
    await addNote(P.page, 'After the restart');
    await expectItems(F.page, [...withVote, noteItem('After the restart', 0)], 15_000);
  } finally {
    for (const relay of relays) await stopRelay(relay.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
