// `npm run dev`: renders the three A4 PDFs, then renders them again each time the content's data.json
// changes (the content's `npm run dev` rewrites it on every valid save). Runs until stopped; a change to this
// app's code rebuilds and restarts it (the root scripts/build-commands.mjs --watch).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// React and react-pdf run their production builds; set before they load, hence the dynamic imports.
process.env.NODE_ENV ??= 'production';

const { defaultOutDir } = await import('../app-dir.ts');
const { processIo } = await import('./cli-io.ts');
const { startLiveRender } = await import('../dev/live-render.ts');

const devUsage = `Usage: npm run dev -- [--data FILE] [--out DIR]

Renders handout-a4.pdf, summary-a4.pdf and notes-a4.pdf, then again on every change of the lecture's
data.json, until stopped. --data: the JSON to watch (default: @vmvc/content's data.json); --out: where the
PDFs go (default apps/handouts/dist).`;

const io = processIo;
let values: { data?: string; out?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  io.stderr(`handouts dev: ${(error as Error).message}\n${devUsage}`);
  process.exit(2);
}
if (values.help) {
  io.stdout(devUsage);
  process.exit(0);
}

let live: Awaited<ReturnType<typeof startLiveRender>>;
try {
  live = await startLiveRender({
    dataFile: values.data
      ? resolve(io.cwd, values.data)
      : fileURLToPath(import.meta.resolve('@vmvc/content/data.json')),
    outDir: values.out ? resolve(io.cwd, values.out) : defaultOutDir,
    jobs: (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper: 'a4' as const })),
    io,
  });
} catch (error) {
  io.stderr(`handouts dev: cannot start: ${(error as Error).stack ?? error}`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    live.close().then(
      () => process.exit(0),
      (error: Error) => {
        io.stderr(`handouts dev: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  });
}
