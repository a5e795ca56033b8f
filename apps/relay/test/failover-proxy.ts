import net from 'node:net';

/**
 * A loopback TCP proxy in front of relay instances, standing in for a load balancer: each new connection goes to the
 * next instance in turn (so clients spread over them), and to the one after it when that one refuses (it died).
 * Clients keep one address and reconnect to whichever instance still answers, as behind nginx.
 */
export async function startFailoverProxy(
  backendPorts: number[],
): Promise<{ port: number; close: () => Promise<void> }> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    client.pause();
    const first = next++ % backendPorts.length;
    const tryBackend = (attempt: number) => {
      if (attempt >= backendPorts.length) {
        client.destroy();
        return;
      }
      const port = backendPorts[(first + attempt) % backendPorts.length]!;
      const upstream = net.connect({ host: '127.0.0.1', port });
      let connected = false;
      upstream.once('error', () => {
        if (!connected) tryBackend(attempt + 1);
        else client.destroy();
      });
      upstream.once('connect', () => {
        connected = true;
        track(upstream);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
        client.once('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
