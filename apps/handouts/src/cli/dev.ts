// `npm run dev`: renders the three A4 PDFs, then renders them again each time the content's data.json
// changes (the content's `npm run dev` rewrites it on every valid save). Runs until stopped (Ctrl-C).

// React and react-pdf run their production builds; set before they load, hence the dynamic imports.
process.env.NODE_ENV ??= 'production';

const { resolve } = await import('node:path');
const { fileURLToPath } = await import('node:url');
const { defineCommand, startCommand } = await import('@vmvc/command');
const { defaultOutDir } = await import('../app-dir.ts');
const { startLiveRender } = await import('../dev/live-render.ts');

const dev = defineCommand({
  name: 'handouts dev',
  usage: `Usage: npm run dev -- [--data FILE] [--out DIR]

Renders handout-a4.pdf, summary-a4.pdf and notes-a4.pdf, then again on every change of the lecture's
data.json, until stopped. --data: the JSON to watch (default: @vmvc/content's data.json); --out: where the
PDFs go (default apps/handouts/dist).`,
  options: { data: { type: 'string' }, out: { type: 'string' } },
  async run({ values, io, onStop }) {
    const live = await startLiveRender({
      dataFile: values.data
        ? resolve(io.cwd, values.data)
        : fileURLToPath(import.meta.resolve('@vmvc/content/data.json')),
      outDir: values.out ? resolve(io.cwd, values.out) : defaultOutDir,
      jobs: (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper: 'a4' as const })),
      io,
    });
    onStop(() => live.close());
  },
});

await startCommand(dev);
