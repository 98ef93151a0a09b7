// Runs one of the deck's TypeScript commands (src/cli/*.ts) under tsx. The heavy JavaScript dependencies
// are imported natively first: through the TypeScript loader's hooks, Vite alone takes about a second
// longer to load, which is a fifth of the build's time budget.
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <src/cli/command.ts> [args...]');
  process.exit(2);
}
await Promise.all([
  import('vite'),
  import('vite-plugin-singlefile'),
  import('@vmvc/content'),
  import('qrcode'),
]);
const { register } = await import('tsx/esm/api');
register();
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
