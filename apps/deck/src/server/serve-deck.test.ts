import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeckServer, serveDeck } from './serve-deck.ts';

/** The status of a GET for `path` exactly as written, which node:http sends without normalising it. */
function rawStatus(base: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

describe('serveDeck', () => {
  let dir: string;
  let server: DeckServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-serve-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>deck</title>');
    server = await serveDeck({ file: join(dir, 'index.html'), port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves the file at / and /index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['', 'index.html']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('<!doctype html><title>deck</title>');
    }
  });

  it('serves a rebuilt file on the next request', async () => {
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>rebuilt</title>');
    expect(await (await fetch(server.url)).text()).toContain('rebuilt');
  });

  it('serves nothing else', async () => {
    // Sent as written: fetch would resolve the dots away before the server saw them.
    for (const path of ['/../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/index.html/../../package.json']) {
      expect(await rawStatus(server.url, path), path).toBe(404);
    }
    expect((await fetch(`${server.url}favicon.ico`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('says what to do when the deck is missing', async () => {
    await rm(join(dir, 'index.html'));
    const response = await fetch(server.url);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/Run `npm run build`/);
  });
});
