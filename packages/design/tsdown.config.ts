// The design package's one command, built into build/*.mjs (see scripts/commands-config.ts): it writes the
// table of the characters the font draws into @vmvc/schema.
import { commandsConfig } from '../../scripts/commands-config.ts';

export default commandsConfig({ 'font-coverage': 'src/cli/font-coverage.ts' });
