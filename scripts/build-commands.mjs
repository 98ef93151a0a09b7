// The one way a package of this repository builds its TypeScript: tsdown, with the package's own
// tsdown.config.ts, run from the package's folder (as npm runs a package's scripts).
//   node ../../scripts/build-commands.mjs
//       build, as the config says (the content library, or an app's commands into build/*.mjs: its
//       `build:commands` task, which turbo runs only when something that goes into them changed).
//   node ../../scripts/build-commands.mjs <command> [args...]
//       build, then run build/<command>.mjs in this process with those arguments (the content's
//       `npm run build`, which validates what tsdown staged). One process: measured 0.3 s faster.
// There is no watch mode: `npm run dev` watches the lecture, which is what a lecturer edits; a change to an
// app's own code takes a restart of `npm run dev`.
// tsdown is called through its API: its binary prints "Node.js v20 is deprecated" on every run, and this
// project runs on Node 20 (tsdown 0.21 is the last minor that does; ../shared notes pin it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsdown';

const cwd = process.cwd();
const [command, ...commandArgs] = process.argv.slice(2);
if (!existsSync(join(cwd, 'tsdown.config.ts'))) {
  console.error(`${cwd}: no tsdown.config.ts here: run this from a package's folder (npm run does)`);
  process.exit(2);
}
const built = (name) => join(cwd, 'build', `${name}.mjs`);
// Rolldown (1.0.0-rc.17) warns when a plugin takes a large share of the build time (PLUGIN_TIMINGS): on two
// busy cores it fires at random for tsdown's own plugins and tells a lecturer nothing they can act on.
const quiet = { logLevel: 'warn', checks: { pluginTimings: false } };

/** Rolldown's words for an output it could not write, as one line naming the file (else undefined). */
function unwritable(error) {
  const message = String(error?.message ?? '');
  const file = /Failed to write file in (\S+)/.exec(message)?.[1];
  if (!file) return undefined;
  const os = /Caused by:\s*(.*?)\s*\(os error (\d+)\)/.exec(message);
  const words = { 13: 'permission denied', 28: 'the disk is full', 30: 'the file system is read-only' };
  return `${file}: cannot write: ${words[os?.[2]] ?? os?.[1] ?? 'the file system refused it'}`;
}

try {
  await build({ cwd, ...quiet });
} catch (error) {
  // A full disk or a read-only folder is the person's to fix: one line and exit 2, not rolldown's stack.
  const line = unwritable(error);
  if (!line) throw error;
  console.error(line);
  process.exit(2);
}
if (command !== undefined) {
  if (!existsSync(built(command))) {
    console.error(`${built(command)}: no such command (the package's tsdown.config.ts names them)`);
    process.exit(2);
  }
  // The built command reads its own arguments, as when started as `node build/<command>.mjs args...`.
  process.argv = [process.argv[0], built(command), ...commandArgs];
  await import(pathToFileURL(built(command)).href);
}
