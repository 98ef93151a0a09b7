// `npm start`: serves the built deck at http://127.0.0.1:4173 and says where the self-contained file is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCommand, exitCode, startCommand } from '@vmvc/command';
import { defaultOutDir } from '../build/build-deck.ts';
import { defaultHost, defaultPort, serveDeck } from '../server/serve-deck.ts';

const serve = defineCommand({
  name: 'deck',
  usage: 'usage: npm start (PORT=<port> to serve on another port than 4173)',
  async run({ io, onStop }) {
    const file = join(defaultOutDir, 'index.html');
    if (!existsSync(file)) {
      io.stderr(`deck: ${file} does not exist: run \`npm run build\` first (root \`npm start\` does).`);
      return exitCode.problems;
    }
    const port = process.env.PORT === undefined ? defaultPort : Number(process.env.PORT);
    try {
      const deck = await serveDeck({ file, host: defaultHost, port });
      io.stdout(`deck: presenting at ${deck.url}`);
      io.stdout(`deck: self-contained file ${file}`);
      io.stdout(`      (open it directly, e.g. from a USB stick: ${pathToFileURL(file).href})`);
      io.stdout('      S speaker view · Esc overview · ?print-pdf for PDF pages · Ctrl+C to stop');
      onStop(() => deck.close());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(
        code === 'EADDRINUSE'
          ? `deck: port ${port} on ${defaultHost} is in use. Stop the other server, or run with PORT=<free port>.`
          : `deck: cannot serve ${file}: ${(error as Error).message}`,
      );
      return exitCode.problems;
    }
  },
});

await startCommand(serve);
