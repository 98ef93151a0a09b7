// Where the deck app lives on disk, found the same way from its sources (src/build/, under vitest) and from its
// built commands (build/): the folder whose package.json names @vmvc/deck.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder whose package.json is the deck's, looking up from `from`. */
function findDeckRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === '@vmvc/deck') return dir;
    } catch {
      // no package.json here: look further up
    }
    if (dirname(dir) === dir)
      throw new Error(`${from}: no folder above it holds the @vmvc/deck package.json`);
  }
}

/**
 * apps/deck: where index.html and src/client live. Found from this module's place, which is src/build/ under
 * vitest and build/ in the built commands.
 */
export const deckRoot = findDeckRoot(dirname(fileURLToPath(import.meta.url)));
export const defaultOutDir = join(deckRoot, 'dist');
