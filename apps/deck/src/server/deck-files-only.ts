// What of the disk the dev server hands out: the page, its client script and what that script imports
// (Vite lets through a file an allowed module imports), and nothing else of the repository.
import { join } from 'node:path';
import type { ServerOptions } from 'vite';

/**
 * Vite's `server.fs` for the deck at `root`. Vite's default allows the whole workspace through `/@fs/`, `/@id/`
 * and root-relative URLs, so anything that reached the port could read the lecture's sources, package.json
 * files and node_modules. The client's own tests are refused too: the page never loads them.
 */
export function deckFilesOnly(root: string): NonNullable<ServerOptions['fs']> {
  return {
    strict: true,
    allow: [join(root, 'index.html'), join(root, 'src', 'client')],
    // Vite's own deny list (a list given here replaces it), plus the tests beside the client.
    deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/*.test.ts'],
  };
}
