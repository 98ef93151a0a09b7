// The deck's commands, built into build/*.mjs (see scripts/commands-config.ts).
import { commandsConfig } from '../../scripts/commands-config.ts';

export default commandsConfig({
  build: 'src/cli/build.ts',
  serve: 'src/cli/serve.ts',
  dev: 'src/cli/dev.ts',
  bench: 'src/cli/bench.ts',
  screenshots: 'src/cli/screenshots.ts',
  'slides-pdf': 'src/cli/slides-pdf.ts',
  pptx: 'src/cli/pptx.ts',
});
