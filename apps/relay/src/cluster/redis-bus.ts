import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { ClusterBus } from './bus';
import { decodeMessage, encodeMessage, type BusMessage } from './messages';

/** Key prefix of everything notevote keeps in Redis, unless REDIS_PREFIX says otherwise. */
export const DEFAULT_REDIS_PREFIX = 'notevote:';
/** A bound on what an inbox may hold if its instance died without reading it (Redis is not where data lives). */
const INBOX_MAX = 100_000;
const CONTROL_MAX = 1_000;
/**
 * Streams expire this long after their last message: a live instance empties its inbox as it reads, so what expires
 * is only what was sent to an instance that died (frames of its clients' boards must not stay in Redis).
 */
const INBOX_TTL_MS = 60_000;
const CONTROL_TTL_MS = 3_600_000;

export interface RedisBusOptions {
  url: string;
  /** Put before every key (several deployments may share one Redis). */
  prefix: string;
  instanceId: string;
  log: FastifyBaseLogger;
  /** How far behind the newest message the last one read was, in seconds (a metric). */
  onLag?: ((seconds: number) => void) | undefined;
}

/**
 * The cluster bus on Redis Streams (ioredis). Each instance reads its own inbox stream (what other instances send it,
 * in order) and one control stream (broadcasts). Streams, not bare pub/sub: an instance whose connection to Redis
 * blips reads on from the last entry it handled, so nothing sent meanwhile is missed; pub/sub would drop it. Every
 * inbox entry is deleted once handled, so board content stays in Redis only while in flight. Redis is not where
 * durability comes from (updates are stored before any instance relays them); when Redis itself restarted (its run
 * id changed) whatever was in flight is gone, and the bus says so (`onGap`) so clients resync.
 */
export class RedisBus implements ClusterBus {
  private readonly writer: Redis;
  private readonly reader: Redis;
  private readonly handlers: Array<(message: BusMessage, from: string) => void> = [];
  private readonly gapHandlers: Array<() => void> = [];
  private inboxId = '0-0';
  private controlId = '0-0';
  private runId: string | null = null;
  private running = true;
  private readonly loop: Promise<void>;
  private readonly control: string;

  private constructor(private readonly options: RedisBusOptions) {
    this.control = `${options.prefix}control`;
    const common = { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false };
    this.writer = new Redis(options.url, { ...common, connectionName: `notevote-${options.instanceId}` });
    this.reader = new Redis(options.url, { ...common, connectionName: `notevote-${options.instanceId}-reader` });
    for (const client of [this.writer, this.reader]) {
      client.on('error', (error: Error) => options.log.warn({ err: error.message }, 'redis: connection problem'));
    }
    this.writer.on('ready', () => void this.checkRestart());
    this.loop = this.readLoop();
  }

  /** Connects, remembers which Redis server this is (to notice a restart), and starts reading. */
  static async connect(options: RedisBusOptions): Promise<RedisBus> {
    const bus = new RedisBus(options);
    bus.runId = await bus.currentRunId();
    // Broadcasts sent before this instance started are not for it.
    const last = (await bus.writer.xrevrange(bus.control, '+', '-', 'COUNT', 1)) as Array<[string, string[]]>;
    bus.controlId = last[0]?.[0] ?? '0-0';
    return bus;
  }

  get instanceId(): string {
    return this.options.instanceId;
  }

  send(to: string, message: BusMessage): void {
    this.add(this.inboxOf(to), INBOX_MAX, INBOX_TTL_MS, message);
  }

  broadcast(message: BusMessage): void {
    this.add(this.control, CONTROL_MAX, CONTROL_TTL_MS, message);
  }

  onMessage(handler: (message: BusMessage, from: string) => void): void {
    this.handlers.push(handler);
  }

  onGap(handler: () => void): void {
    this.gapHandlers.push(handler);
  }

  async dropInbox(instance: string): Promise<void> {
    await this.writer.del(this.inboxOf(instance));
  }

  async ping(): Promise<void> {
    await this.writer.ping();
  }

  async close(): Promise<void> {
    this.running = false;
    this.reader.disconnect();
    await this.loop.catch(() => undefined);
    await this.writer.del(this.inboxOf(this.instanceId)).catch(() => undefined);
    await this.writer.quit().catch(() => undefined);
  }

  private inboxOf(instance: string): string {
    return `${this.options.prefix}inbox:${instance}`;
  }

  private add(key: string, max: number, ttlMs: number, message: BusMessage): void {
    const bytes = Buffer.from(encodeMessage(message));
    // ioredis queues commands while reconnecting and sends them in order once connected.
    this.writer
      .pipeline()
      .xadd(key, 'MAXLEN', '~', String(max), '*', 'from', this.instanceId, 'm', bytes)
      .pexpire(key, ttlMs)
      .exec()
      .then((results) => {
        const failed = results?.find(([error]) => error)?.[0];
        if (failed) throw failed;
      })
      .catch((error: unknown) =>
        this.options.log.warn({ err: (error as Error).message }, 'redis: could not send a message to another instance'),
      );
  }

  private async readLoop(): Promise<void> {
    const inbox = this.inboxOf(this.instanceId);
    while (this.running) {
      let batch: Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
      try {
        batch = (await this.reader.xreadBuffer(
          'COUNT',
          500,
          'BLOCK',
          1000,
          'STREAMS',
          inbox,
          this.control,
          this.inboxId,
          this.controlId,
        )) as Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
      } catch (error) {
        if (!this.running) return;
        this.options.log.debug({ err: (error as Error).message }, 'redis: read interrupted; reading on');
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      if (!batch) continue;
      for (const [key, entries] of batch) {
        const fromInbox = key.toString() === inbox;
        const handled: string[] = [];
        for (const [rawId, fields] of entries) {
          const id = rawId.toString();
          if (fromInbox) this.inboxId = id;
          else this.controlId = id;
          handled.push(id);
          this.dispatch(id, fields);
        }
        // Handled inbox entries are deleted at once: board content is in Redis only while in flight.
        if (fromInbox && handled.length > 0) void this.writer.xdel(inbox, ...handled).catch(() => undefined);
      }
    }
  }

  private dispatch(id: string, fields: Buffer[]): void {
    let from = '';
    let bytes: Buffer | null = null;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const name = fields[i]!.toString();
      if (name === 'from') from = fields[i + 1]!.toString();
      else if (name === 'm') bytes = fields[i + 1]!;
    }
    if (!bytes || from === this.instanceId) return;
    const sentAt = Number(id.split('-')[0]);
    if (Number.isFinite(sentAt)) this.options.onLag?.(Math.max(0, Date.now() - sentAt) / 1000);
    let message: BusMessage;
    try {
      message = decodeMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      this.options.log.error({ err: error, from }, 'redis: a message from another instance could not be read');
      return;
    }
    for (const handler of this.handlers) {
      try {
        handler(message, from);
      } catch (error) {
        this.options.log.error({ err: error, kind: message.kind }, 'cluster: handling a message failed');
      }
    }
  }

  private async currentRunId(): Promise<string | null> {
    const info = await this.writer.info('server');
    return /run_id:(\w+)/.exec(info)?.[1] ?? null;
  }

  /** After a reconnection: a different run id is a restarted Redis, whose streams (what was in flight) are gone. */
  private async checkRestart(): Promise<void> {
    if (this.runId === null) return;
    const runId = await this.currentRunId().catch(() => null);
    if (runId === null || runId === this.runId) return;
    this.runId = runId;
    this.inboxId = '0-0';
    this.controlId = '0-0';
    this.options.log.warn('redis restarted: messages in flight between instances may be lost; clients resync');
    for (const handler of this.gapHandlers) handler();
  }
}
