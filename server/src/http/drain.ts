import http from 'node:http';
import net from 'node:net';

// Durations here use the monotonic performance.now(): they time waits, they decide no business rule.
/** A keep-alive connection idle this long during a drain is closed; a client sending on it had time to. */
const IDLE_CLOSE_MS = 1000;

/**
 * Tracks the server's connections so a drain can stop accepting, let busy connections finish (their answers
 * carry `Connection: close`, set by the caller), close connections once they have been idle for a moment, and
 * after `timeoutMs` close whatever is left. Node's own close() destroys idle keep-alive connections at once,
 * which resets requests already on their way on them; waiting a moment avoids most of those.
 */
export function drainable(server: http.Server): { drain(timeoutMs: number): Promise<void> } {
  const idleSince = new Map<net.Socket, number>();
  const busy = new Map<net.Socket, number>();
  server.on('connection', (socket: net.Socket) => {
    idleSince.set(socket, performance.now());
    socket.once('close', () => {
      idleSince.delete(socket);
      busy.delete(socket);
    });
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    busy.set(req.socket, (busy.get(req.socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (busy.get(req.socket) ?? 1) - 1;
      busy.set(req.socket, left);
      if (left === 0) idleSince.set(req.socket, performance.now());
    });
  });
  return {
    async drain(timeoutMs) {
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      const sweep = setInterval(() => {
        const now = performance.now();
        for (const [socket, since] of idleSince) if (!busy.get(socket) && now - since >= IDLE_CLOSE_MS) socket.destroy();
      }, 100);
      const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
      try {
        await closed;
      } finally {
        clearInterval(sweep);
        clearTimeout(deadline);
      }
    },
  };
}
