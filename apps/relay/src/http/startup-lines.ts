import { isLoopbackHostname, listensOnAllInterfaces, urlHost } from './public-origin';

export interface StartupFacts {
  /** HOST. */
  listenHost: string;
  /** The port actually listened on. */
  port: number;
  /** Whether the web app is served (WEB_ROOT not empty). */
  servesWebApp: boolean;
  publicUrl: string | null;
  /** The laptop's LAN IPv4 addresses, best first (lanIPv4Addresses). */
  lanAddresses: readonly string[];
}

/**
 * What the relay prints once it listens: the addresses to open. Listening on all interfaces, those are the LAN
 * addresses phones on the same Wi-Fi can use, never 127.0.0.1, which on a phone means the phone. The first line
 * keeps the form `notevote is running: open <url>` (e2e/support/global-setup.ts reads it).
 */
export function startupLines(facts: StartupFacts): string[] {
  const { port } = facts;
  if (!facts.servesWebApp) {
    const shown = listensOnAllInterfaces(facts.listenHost) ? '127.0.0.1' : urlHost(facts.listenHost);
    return [`notevote relay is running on http://${shown}:${port}/ (API and WebSocket only: WEB_ROOT is empty)`];
  }
  const lines: string[] = [];
  if (facts.publicUrl)
    lines.push(`notevote is running: open ${facts.publicUrl}/ (PUBLIC_URL: links and QR codes carry it)`);
  if (!listensOnAllInterfaces(facts.listenHost)) {
    lines.push(`notevote is running: open http://${urlHost(facts.listenHost)}:${port}/`);
    if (!facts.publicUrl && isLoopbackHostname(facts.listenHost)) {
      lines.push(
        '  only this computer can open it; to let phones on the same Wi-Fi join, restart with HOST=0.0.0.0 (see README)',
      );
    }
    return lines;
  }
  for (const address of facts.lanAddresses) {
    lines.push(`notevote is running: open http://${address}:${port}/ (phones on the same Wi-Fi can use this address)`);
  }
  if (facts.lanAddresses.length === 0 && !facts.publicUrl) {
    lines.push(
      'notevote is running, but this computer has no network address phones could use yet: connect it to the ' +
        'Wi-Fi, then open the facilitator panel again for the address to share',
    );
  }
  lines.push(`  on this computer: http://127.0.0.1:${port}/`);
  return lines;
}
