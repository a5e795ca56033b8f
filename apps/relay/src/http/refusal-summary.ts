/** Why the upgrade gate turned a connection away. */
export type UpgradeRefusal = 'connection-rate' | 'device-sockets';

/** What each refusal means for whoever runs the relay, and what to change if people cannot get in. */
const MEANING: Record<UpgradeRefusal, string> = {
  'connection-rate':
    'an address or a device opened WebSocket connections faster than CONNECTIONS_PER_SECOND / CONNECTION_BURST ' +
    '(per address) or DEVICE_CONNECTIONS_PER_MINUTE / DEVICE_CONNECTION_BURST (per device) allow',
  'device-sockets': 'a device held MAX_CONNECTIONS_PER_DEVICE sockets on one board and asked for more',
};

export interface RefusalLog {
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * Tells whoever runs the relay that the upgrade gate is turning connections away, without letting an abusive client
 * flood the log: the first refusal after a quiet window is logged at once, the rest as one count per window. Clients
 * are told to retry (HTTP 429), so this is a warning, not an error; it names the settings to raise if it is a whole
 * venue, not one script, that is being refused. No address is logged: it can identify a participant.
 */
export class RefusalSummary {
  private counts = new Map<UpgradeRefusal, number>();
  private window: NodeJS.Timeout | null = null;

  constructor(
    private readonly log: RefusalLog,
    private readonly windowMs = 60_000,
  ) {}

  refused(rule: UpgradeRefusal): void {
    if (this.window === null) {
      this.log.warn(
        { rule },
        `refusing WebSocket upgrades with HTTP 429: ${MEANING[rule]}. Clients retry on their own; ` +
          'if many people report that they cannot get in, raise those settings.',
      );
      this.window = setTimeout(this.closeWindow, this.windowMs).unref();
      return;
    }
    this.counts.set(rule, (this.counts.get(rule) ?? 0) + 1);
  }

  /** Stops the window's timer (the relay is closing). */
  stop(): void {
    if (this.window) clearTimeout(this.window);
    this.window = null;
    this.counts.clear();
  }

  private readonly closeWindow = (): void => {
    const counts = this.counts;
    this.counts = new Map();
    if (counts.size === 0) {
      // A quiet window: the next refusal is news again.
      this.window = null;
      return;
    }
    const refused = Object.fromEntries(counts);
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    this.log.warn(
      { refused, seconds: this.windowMs / 1000 },
      `refused ${total} more WebSocket upgrade(s) with HTTP 429 in the last ${this.windowMs / 1000} s ` +
        `(${[...counts].map(([rule, count]) => `${rule}: ${count}`).join(', ')})`,
    );
    this.window = setTimeout(this.closeWindow, this.windowMs).unref();
  };
}
