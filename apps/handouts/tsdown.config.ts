// The handouts' commands, built into build/*.mjs (see scripts/commands-config.ts): started as JavaScript, the
// command is about half a second sooner than through a TypeScript loader, which hooks every module
// react-pdf loads.
import { commandsConfig } from '../../scripts/commands-config.ts';

export default commandsConfig({
  handouts: 'src/cli/handouts.ts',
  start: 'src/cli/start.ts',
  dev: 'src/cli/dev.ts',
  bench: 'src/cli/bench.ts',
  // Loaded by the bench into the command it times (`node --import`): a file of its own.
  'bench-probe': 'src/cli/bench-probe.mjs',
});
