import { performance } from 'node:perf_hooks';
import { clientUrl, newDevice } from './crowd';
import { LatencyHistogram } from './latency-histogram';
import { type ClientEvents, LeanClient } from './lean-client';
import { loadBoard } from './board-loader';
import { largeBoardUpdate } from './large-board';
import type { Closes, ReconnectPlan, ReconnectResult, Target } from './plan';
import { waitFor } from './pace';

/** Client ids for this scenario's clients; far from the crowds' so they never collide on a long-lived server. */
const LOADER_CLIENT_ID = 900_000_000;
const FIRST_STORM_CLIENT_ID = 900_000_100;

function participant(target: Target, clientId: number, events: ClientEvents): LeanClient {
  const board = target.boards[0];
  if (!board) throw new Error('the reconnect scenario needs a board');
  return new LeanClient(
    clientId,
    clientUrl(target, board, 'participant', newDevice(board.docName).key, clientId),
    target.framing,
    board.docName,
    events,
  );
}

/**
 * A facilitator loads a large board and stays (a document with nobody on it may be unloaded, and without
 * persistence the peers would lose it); then every client connects at once and is timed until its sync step 2
 * frame has fully arrived. Applying it is left out: decoding 1 MB a thousand times would time the generator.
 */
export async function runReconnect(plan: ReconnectPlan, log: (line: string) => void): Promise<ReconnectResult> {
  const board = plan.target.boards[0];
  if (!board) throw new Error('the reconnect scenario needs a board');
  const { loader, stateBytes } = await loadBoard(
    plan.target,
    board,
    LOADER_CLIENT_ID,
    (authorId) => largeBoardUpdate(LOADER_CLIENT_ID, authorId, plan.boardBytes),
    plan.boardBytes,
  );
  log(`board loaded (${Math.round(stateBytes / 1024)} KiB); ${plan.clients} clients connect at once`);

  const syncMs = new LatencyHistogram();
  const closes: Closes = {};
  let startedAt = 0;
  const events: ClientEvents = {
    onSynced: () => syncMs.record(performance.now() - startedAt),
    onUpdate: () => undefined,
    onClosed: (_client, code) => {
      closes[code] = (closes[code] ?? 0) + 1;
    },
  };
  const storm = Array.from({ length: plan.clients }, (_, i) =>
    participant(plan.target, FIRST_STORM_CLIENT_ID + i, events),
  );
  startedAt = performance.now();
  for (const client of storm) client.connect();
  await waitFor(() => syncMs.count === plan.clients, plan.timeoutMs);
  const synced = syncMs.count;
  for (const client of storm) client.close();
  loader.close();
  return {
    kind: 'reconnect',
    clients: plan.clients,
    stateBytes,
    synced,
    syncMs: syncMs.summary(),
    allSyncedMs: synced === plan.clients ? syncMs.max : null,
    closes,
  };
}
