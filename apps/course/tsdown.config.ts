// The course app's commands, built into build/*.mjs (see scripts/commands-config.ts).
import { commandsConfig } from '../../scripts/commands-config.ts';

export default commandsConfig({
  outputs: 'src/cli/outputs.ts',
});
