import type { FastifyReply, FastifyRequest } from 'fastify';
import { parsePath } from '../auth/admission';
import { readCredentials } from '../auth/credentials';
import { ConnectionRate, type ConnectionRateOptions } from './connection-rate';
import { OpenCounts } from './open-counts';
import type { RefusalSummary } from './refusal-summary';

export interface UpgradeGateOptions extends ConnectionRateOptions {
  /** Sockets one device key may hold on one board (MAX_CONNECTIONS_PER_DEVICE). */
  maxPerDevice: number;
}

/**
 * What the client is told to wait when its device holds too many sockets: they free up when the device closes them,
 * or when heartbeats find them dead (a phone that lost its network), within two HEARTBEAT_MS.
 */
const DEVICE_FULL_RETRY_AFTER_SECONDS = 10;

/** The device a request says it is on which board, or null (a projector, or no board or key to tell). */
function deviceOf(request: FastifyRequest): { slot: string; key: string } | null {
  const url = new URL(request.url, 'http://relay');
  const path = parsePath(url.pathname);
  const credentials = readCredentials(url, request.headers['sec-websocket-protocol']);
  if (!path || !credentials.ok || !credentials.key) return null;
  return { slot: `${path.boardId}\n${credentials.key}`, key: credentials.key };
}

/**
 * The onRequest hook of the WebSocket routes: refuses, with HTTP 429 and Retry-After, an upgrade from a device that
 * holds too many sockets on the board or from an address or device opening connections faster than its budget
 * (see ConnectionRate). It runs before anything costly — the link's check and its storage lookup, the WebSocket
 * handshake, loading the board, sync and presence — and the refusal completes no handshake, so its socket is simply
 * closed: one abusive client opening connections as fast as it can costs the relay little more than reading each
 * request. The stock y-websocket client takes the failed handshake as a transient error and retries with its backoff
 * (at most every 2.5 s), so people refused during a reconnect storm get in as the budget refills. (Limits on what is
 * held, per address and per board, are answered after the handshake with 1013 and a reason people see.)
 *
 * A device's sockets are counted from the moment its upgrade is let through until its TCP socket closes, so
 * concurrent attempts cannot all slip past the count while their links are being checked.
 */
export function upgradeGate(options: UpgradeGateOptions, refusals: RefusalSummary) {
  const rate = new ConnectionRate(options);
  const devices = new OpenCounts();
  const refuse = (reply: FastifyReply, seconds: number, message: string) =>
    reply
      .code(429)
      .header('retry-after', String(seconds))
      .send({ error: 'too many connections', message: `${message} Try again in ${seconds} s.` });

  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    // A plain GET here gets a 404 and opens nothing; counting it would hold a device's count until its keep-alive ends.
    if (!request.ws) return undefined;
    const device = deviceOf(request);
    if (device && devices.count(device.slot) >= options.maxPerDevice) {
      refusals.refused('device-sockets');
      return refuse(reply, DEVICE_FULL_RETRY_AFTER_SECONDS, 'This device has too many connections to this board.');
    }
    const wait = rate.take(request.ip, device?.key ?? null);
    if (wait > 0) {
      refusals.refused('connection-rate');
      return refuse(reply, wait, 'Too many new connections from your device or network.');
    }
    const socket = request.raw.socket;
    // A socket already gone would never report its close, and its count would never be given back.
    if (device && !socket.destroyed) socket.once('close', devices.open(device.slot));
    return undefined;
  };
}
