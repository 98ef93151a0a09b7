// `npm start`: serves the built deck at http://127.0.0.1:4173 and says where the self-contained file is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultOutDir } from '../build/build-deck.ts';
import { defaultHost, defaultPort, serveDeck } from '../server/serve-deck.ts';

const file = join(defaultOutDir, 'index.html');
if (!existsSync(file)) {
  console.error(`deck: ${file} does not exist: run \`npm run build\` first (root \`npm start\` does).`);
  process.exit(1);
}
const port = process.env.PORT === undefined ? defaultPort : Number(process.env.PORT);
try {
  const deck = await serveDeck({ file, host: defaultHost, port });
  console.log(`deck: presenting at ${deck.url}`);
  console.log(`deck: self-contained file ${file}`);
  console.log(`      (open it directly, e.g. from a USB stick: ${pathToFileURL(file).href})`);
  console.log('      S speaker view · Esc overview · ?print-pdf for PDF pages · Ctrl+C to stop');
  const stop = () => void deck.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(
      `deck: port ${port} on ${defaultHost} is in use. Stop the other server, or run with PORT=<free port>.`,
    );
  } else {
    console.error(`deck: cannot serve ${file}: ${(error as Error).message}`);
  }
  process.exit(1);
}
