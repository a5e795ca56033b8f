/**
 * Whether a browser page at `origin` may open a board's WebSocket. Browsers send Origin; other clients (the stock
 * client in Node, tools) do not and are judged by their link alone. A page may when it was served by this relay under
 * the name the browser reached it by — whatever that is: 127.0.0.1, the laptop's LAN address, a name only the venue's
 * DNS knows — which is the Host of the upgrade request (or, behind a trusted proxy, the host it forwarded), when it is
 * the advertised PUBLIC_URL, or when ALLOWED_ORIGINS lists it.
 */
export function originAllowed(
  origin: string | undefined,
  reached: { host: string | undefined; forwardedHost: string | undefined },
  settings: { publicUrl: string | null; allowedOrigins: readonly string[] },
): boolean {
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = url.host.toLowerCase();
  const same = (name: string | undefined) => name !== undefined && name !== '' && name.toLowerCase() === host;
  return (
    same(reached.host) ||
    same(reached.forwardedHost) ||
    url.origin === settings.publicUrl ||
    settings.allowedOrigins.includes(origin)
  );
}
