import net from 'node:net';

export interface TcpBlackhole {
  port: number;
  /** From now on nothing passes in either direction, on open and new connections: like dropped packets. */
  blackhole(): void;
  /** Traffic flows again; what was held back is delivered, as TCP retransmission would. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of `target` (or in front of nothing: a pure black hole that accepts
 * connections and never answers) that can be switched to stop passing packets, for outage tests.
 */
export async function startTcpBlackhole(target?: { host: string; port: number }): Promise<TcpBlackhole> {
  let holding = !target;
  const sockets = new Set<net.Socket>();
  const pairs: { client: net.Socket; upstream?: net.Socket; connect(): void }[] = [];
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('error', () => s.destroy());
    s.on('close', () => sockets.delete(s));
  };
  const server = net.createServer((client) => {
    track(client);
    const pair: (typeof pairs)[number] = {
      client,
      connect() {
        if (!target || pair.upstream) return;
        const upstream = net.connect(target.port, target.host);
        track(upstream);
        pair.upstream = upstream;
        client.pipe(upstream);
        upstream.pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      },
    };
    pairs.push(pair);
    client.pause();
    if (!holding) {
      pair.connect();
      client.resume();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    blackhole() {
      holding = true;
      for (const { client, upstream } of pairs) {
        client.unpipe();
        upstream?.unpipe();
        client.pause();
        upstream?.pause();
      }
    },
    restore() {
      holding = false;
      for (const pair of pairs) {
        if (!pair.upstream) pair.connect();
        else {
          pair.client.pipe(pair.upstream);
          pair.upstream.pipe(pair.client);
        }
        pair.client.resume();
        pair.upstream?.resume();
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
