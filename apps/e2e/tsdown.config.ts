// The e2e bench, built into build/bench.mjs (see scripts/commands-config.ts).
import { commandsConfig } from '../../scripts/commands-config.ts';

export default commandsConfig({ bench: 'src/bench.ts' });
