import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { webRoot } from './paths';

/** The part of y-websocket's `WebsocketProvider` the seeding uses. */
export interface Provider {
  readonly doc: Y.Doc;
  readonly synced: boolean;
  /** Created by the provider, but not destroyed with it: its timer would keep the whole document alive. */
  readonly awareness: { destroy(): void };
  once(event: 'sync', listener: (synced: boolean) => void): void;
  on(event: 'connection-close', listener: (event: { code: number; reason: string } | null) => void): void;
  destroy(): void;
}

type ProviderConstructor = new (
  serverUrl: string,
  room: string,
  doc: Y.Doc,
  options: { WebSocketPolyfill: unknown; disableBc: boolean; params: Record<string, string> },
) => Provider;

let loaded: Promise<ProviderConstructor> | null = null;

/**
 * The stock y-websocket client, taken from apps/web (bench may not add dependencies). Its ESM entry is imported by
 * file so that it shares this process's single `yjs` instance (the CommonJS build would load a second copy).
 */
function providerClass(): Promise<ProviderConstructor> {
  loaded ??= (async () => {
    const packageJson = createRequire(path.join(webRoot, 'package.json')).resolve('y-websocket/package.json');
    const entry = pathToFileURL(path.join(path.dirname(packageJson), 'src', 'y-websocket.js')).href;
    const module = (await import(entry)) as { WebsocketProvider: ProviderConstructor };
    return module.WebsocketProvider;
  })();
  return loaded;
}

export interface Client {
  provider: Provider;
  /** Why the relay closed the connection for good (a 4xxx code and reason), or null. */
  refusal: string | null;
}

/** Connects one stock client to a board; `access` is the link token and (except for a projector) a device key. */
export async function connect(wsUrl: string, boardId: string, access: Record<string, string>, doc: Y.Doc) {
  const WebsocketProvider = await providerClass();
  // disableBc: providers in one process would otherwise sync through BroadcastChannel, bypassing the relay.
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    params: access,
  });
  const client: Client = { provider, refusal: null };
  // The relay closes with a 4xxx code and a reason when it refuses something; keep it so a stall can say why.
  provider.on('connection-close', (event) => {
    if (event && event.code >= 4000) client.refusal = `${event.code} ${event.reason}`;
  });
  return client;
}

/** Disconnects and frees everything the provider holds (but not the document). */
export function disconnect(client: Client): void {
  client.provider.destroy();
  client.provider.awareness.destroy();
}

/** Resolves once the provider has completed its first sync with the relay. */
export function synced(provider: Provider, timeoutMs = 30_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`provider did not sync within ${timeoutMs} ms`)), timeoutMs);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
