import os from 'node:os';

/*
 * Which origin the links and QR codes handed to a person must carry. Often the relay runs on the facilitator's laptop
 * on the venue Wi-Fi (HOST=0.0.0.0) and the facilitator opens it at http://127.0.0.1:8787/, an address that means
 * "this very device" on every phone that scans it. So the origin is worked out per request:
 *
 *   PUBLIC_URL set                                    → PUBLIC_URL (the operator knows best)
 *   listening on loopback only, request on loopback    → the request's origin; no other device can reach it
 *   listening on all interfaces, request on loopback   → http://<the laptop's LAN IPv4>:<port>
 *   anything else                                      → the origin the request came in on (behind a trusted proxy,
 *                                                        its X-Forwarded-Proto and -Host, as Fastify reads them)
 *
 * A request that reached a loopback-only relay by a name that is not loopback came through something that forwards
 * (a reverse proxy on the same machine), so that name is reachable.
 */

/** Why other devices cannot open what is advertised. */
export type Unreachable = 'loopback-only' | 'no-lan-address';

export interface AdvertisedOrigin {
  /** `scheme://host[:port]`, no trailing slash. */
  origin: string;
  /** Whether other devices (phones) can reach `origin`. */
  reachable: boolean;
  /** Set when `reachable` is false. */
  unreachable?: Unreachable;
}

export interface OriginFacts {
  /** PUBLIC_URL as an origin, or null. */
  publicUrl: string | null;
  /** HOST: the interface the relay listens on. */
  listenHost: string;
  /** The port the relay listens on. */
  port: number;
  /** How this request arrived: `http`/`https` and the Host (with port), as Fastify computes them. */
  request: { protocol: string; host: string };
  /** The laptop's LAN IPv4 addresses, the one to advertise first (see lanIPv4Addresses). */
  lanAddresses: readonly string[];
}

/** A hostname (as in a URL: IPv6 in brackets) that names this machine only. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) ||
    /^::ffff:127\./.test(name)
  );
}

/** HOST values that accept connections on every interface. */
export function listensOnAllInterfaces(listenHost: string): boolean {
  return listenHost === '0.0.0.0' || listenHost === '::' || listenHost === '[::]';
}

/** `host` as it appears in a URL authority: IPv6 addresses in brackets. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The origin of `scheme://host`, or null when the pair does not make one (a garbled Host header). */
function originOf(protocol: string, host: string): string | null {
  if ((protocol !== 'http' && protocol !== 'https') || host === '') return null;
  try {
    const url = new URL(`${protocol}://${host}`);
    // Anything beyond an authority (a path smuggled in the Host header) is not an origin.
    return url.host.toLowerCase() === host.toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin links must carry for a request, and whether other devices can reach it (see the table above). */
export function advertisedOrigin(facts: OriginFacts): AdvertisedOrigin {
  if (facts.publicUrl) return { origin: facts.publicUrl, reachable: true };
  // Without a usable Host header (HTTP/1.0, or a garbled one): where the relay itself listens.
  const fallback = `http://${urlHost(listensOnAllInterfaces(facts.listenHost) ? '127.0.0.1' : facts.listenHost)}:${facts.port}`;
  const requestOrigin = originOf(facts.request.protocol, facts.request.host) ?? fallback;
  const onLoopback = isLoopbackHostname(new URL(requestOrigin).hostname);
  if (isLoopbackHostname(facts.listenHost)) {
    return onLoopback
      ? { origin: requestOrigin, reachable: false, unreachable: 'loopback-only' }
      : { origin: requestOrigin, reachable: true };
  }
  if (listensOnAllInterfaces(facts.listenHost) && onLoopback) {
    const lan = facts.lanAddresses[0];
    return lan
      ? { origin: `http://${lan}:${facts.port}`, reachable: true }
      : { origin: requestOrigin, reachable: false, unreachable: 'no-lan-address' };
  }
  return { origin: requestOrigin, reachable: true };
}

/** Interfaces of containers, virtual machines and VPNs: a phone on the Wi-Fi cannot reach their addresses. */
const VIRTUAL_INTERFACE =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|cni|flannel|podman|tun|tap|utun|wg|tailscale|zt)/i;

/** 0 for the private ranges a venue network uses (192.168/16 first: 172.16/12 is where Docker puts its bridges). */
function rangeRank(address: string): number {
  const [a, b] = address.split('.').map(Number) as [number, number];
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  // Link-local: what a device gives itself when no network handed it an address.
  if (a === 169 && b === 254) return 4;
  return 3;
}

/**
 * This machine's IPv4 addresses other devices on its network may use, best first: not internal, interfaces of
 * containers and VPNs only when there is nothing else, private ranges before the rest.
 */
export function lanIPv4Addresses(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): string[] {
  const found: { address: string; virtual: boolean; rank: number; order: number }[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node reports `family` as 'IPv4' (and as the number 4 in some 18.x releases).
      const v4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (!v4 || info.internal) continue;
      found.push({
        address: info.address,
        virtual: VIRTUAL_INTERFACE.test(name),
        rank: rangeRank(info.address),
        order: found.length,
      });
    }
  }
  const physical = found.filter((entry) => !entry.virtual);
  return (physical.length > 0 ? physical : found)
    .sort((x, y) => x.rank - y.rank || x.order - y.order)
    .map((entry) => entry.address)
    .filter((address, index, all) => all.indexOf(address) === index);
}

/** The advertised origin for a request (Fastify's `protocol` and `host`, which honour TRUST_PROXY). */
export type OriginOf = (request: { protocol: string; host: string }) => AdvertisedOrigin;

/** Binds the relay's settings; `port()` is read per request, since PORT=0 picks the port when listening. */
export function originResolver(settings: {
  publicUrl: string | null;
  listenHost: string;
  port: () => number;
}): OriginOf {
  return (request) =>
    advertisedOrigin({
      publicUrl: settings.publicUrl,
      listenHost: settings.listenHost,
      port: settings.port(),
      request: { protocol: request.protocol, host: request.host },
      // Per request: a laptop moves between networks during a day.
      lanAddresses: settings.publicUrl ? [] : lanIPv4Addresses(),
    });
}
