// Builds the deck's commands (src/cli/*.ts) into build/*.mjs as tsdown.config.ts says, then runs one:
//   node scripts/build-commands.mjs [<command> [args...]]
//       build, then run build/<command>.mjs in this process (`npm run build` runs `build`). One process, not
//       `tsdown && node build/build.mjs`: measured 0.3 s faster, a tenth of the deck's build.
//   node scripts/build-commands.mjs --watch <command> [args...]
//       rebuild on every save of the deck's or the design package's code and restart build/<command>.mjs in a
//       child process (`npm run dev`); tsdown stops the previous one, its whole process tree, first.
// tsdown is called through its API: its binary prints "Node.js v20 is deprecated" on every run, and this
// project runs on Node 20.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsdown';

// apps/deck, wherever this is run from: tsdown looks for its config file there.
const cwd = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const watch = args[0] === '--watch';
if (watch) args.shift();
const [command, ...commandArgs] = args;
if (watch && command === undefined) {
  console.error('usage: node scripts/build-commands.mjs [--watch] [<command> [args...]]');
  process.exit(2);
}
const built = (name) => fileURLToPath(new URL(`../build/${name}.mjs`, import.meta.url));

if (watch) {
  const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;
  const restart = ['node', built(command), ...commandArgs].map(quote).join(' ');
  await build({ cwd, logLevel: 'warn', watch: true, onSuccess: restart });
} else {
  await build({ cwd, logLevel: 'warn' });
  if (command !== undefined) {
    if (!existsSync(built(command))) {
      console.error(`${built(command)}: no such command (src/cli/ and tsdown.config.ts name them)`);
      process.exit(2);
    }
    // The built command reads its own arguments, as when started as `node build/<command>.mjs args...`.
    process.argv = [process.argv[0], built(command), ...commandArgs];
    await import(pathToFileURL(built(command)).href);
  }
}
