import { createServer, type Server } from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The port a server listens on: servers started on port 0 get one from the system as they bind, which no other
 * process can take in between (a port `freePort` found free may be taken before it is listened on).
 */
export function boundPort(server: { address(): unknown }): number {
  const address = server.address();
  if (address === null || typeof address !== 'object' || !('port' in address))
    throw new Error('the server is not listening');
  return Number((address as { port: unknown }).port);
}

/** Listens on a loopback port; rejects when it cannot (the port is taken), so a start fails instead of crashing. */
export function listenOn<S extends Server>(server: S, port: number): Promise<S> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
