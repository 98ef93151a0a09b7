// `npm run dev`: renders the three A4 PDFs, then renders them again each time the content's data.json
// changes (the content's `npm run dev` rewrites it on every valid save). Runs until stopped.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// React and react-pdf run their production builds, in the render threads too (they inherit the environment).
process.env.NODE_ENV ??= 'production';

const { defaultOutDir } = await import('./cli.ts');
const { startLiveRender } = await import('./live-render.ts');

const devUsage = `Usage: npm run dev -- [--data FILE] [--out DIR] [--threads N]

Renders handout-a4.pdf, summary-a4.pdf and notes-a4.pdf, then again on every change of the lecture's
data.json, until stopped. --data: the JSON to watch (default: @vmvc/content's data.json); --out: where the
PDFs go (default apps/handouts/dist); --threads: PDFs rendered at the same time (default 2, at most 3).`;

const cwd = process.env.INIT_CWD ?? process.cwd();
let values: { data?: string; out?: string; threads?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  process.stderr.write(`handouts dev: ${(error as Error).message}\n${devUsage}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${devUsage}\n`);
  process.exit(0);
}
// Two threads by default, the second at low priority (render-pool.ts): under the root `npm run dev` the deck's
// server and the browser reloading it share the machine with the renders.
const threads = values.threads === undefined ? Math.min(2, availableParallelism()) : Number(values.threads);
if (!Number.isInteger(threads) || threads < 1 || threads > 3) {
  process.stderr.write(`handouts dev: --threads: expected 1, 2 or 3, got "${values.threads}"\n${devUsage}\n`);
  process.exit(2);
}

let live: Awaited<ReturnType<typeof startLiveRender>>;
try {
  live = await startLiveRender({
    dataFile: values.data
      ? resolve(cwd, values.data)
      : fileURLToPath(import.meta.resolve('@vmvc/content/data.json')),
    outDir: values.out ? resolve(cwd, values.out) : defaultOutDir,
    jobs: (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper: 'a4' as const })),
    threads,
    io: {
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
      cwd,
    },
  });
} catch (error) {
  process.stderr.write(`handouts dev: cannot start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    live.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`handouts dev: ${error.message}\n`);
        process.exit(1);
      },
    );
  });
}
