// A small static server for the built deck: GET / (and /index.html) answers with the one self-contained
// file, read fresh on every request so a rebuild shows on reload. Nothing else is served.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DeckServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const defaultHost = '127.0.0.1';
export const defaultPort = 4173;

export async function serveDeck(options: {
  file: string;
  host?: string;
  port?: number;
}): Promise<DeckServer> {
  const host = options.host ?? defaultHost;
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://deck').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path !== '/' && path !== '/index.html') {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Not found: the deck is at /\n');
      return;
    }
    try {
      const body = await readFile(options.file);
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          `Cannot read ${options.file}: ${(error as Error).message}\nRun \`npm run build\` in apps/deck.\n`,
        );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
