import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Loopback HTTP servers for one test file, each closed (open connections too) after every test. */
export function localServers() {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      s.close();
    }
  });
  return {
    servers,
    async serve(handler: Handler): Promise<{ base: string; seen: IncomingMessage[]; server: Server }> {
      const seen: IncomingMessage[] = [];
      const server = createServer((req, res) => {
        seen.push(req);
        handler(req, res);
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
    },
  };
}
