// `npm run dev`: renders the three A4 PDFs, then renders them again on every save of the lecture's own
// TypeScript (packages/content/src), read directly, not through the content's build. Runs until stopped (Ctrl-C).

// React and react-pdf run their production builds; set before they load, hence the dynamic imports.
process.env.NODE_ENV ??= 'production';

const { resolve } = await import('node:path');
const { defineCommand, startCommand } = await import('@vmvc/command');
const { defaultOutDir } = await import('../app-dir.ts');
const { lectureJson, lectureSources } = await import('../dev/lecture-input.ts');
const { startLiveRender } = await import('../dev/live-render.ts');

const dev = defineCommand({
  name: 'handouts dev',
  usage: `Usage: npm run dev -- [--lecture FILE.ts | --data FILE.json] [--out DIR]

Renders handout-a4.pdf, summary-a4.pdf and notes-a4.pdf, then again on every save of the lecture, until
stopped. --lecture: the TypeScript module that exports \`lecture\`, watched with every file in its folder
(default: @vmvc/content's src/data/lecture.ts, watched with all of src/); --data: a lecture as JSON to watch
instead; --out: where the PDFs go (default apps/handouts/dist).`,
  options: { lecture: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } },
  async run({ values, io, onStop }) {
    const input = values.data
      ? lectureJson(resolve(io.cwd, values.data), io.cwd)
      : await lectureSources(io.cwd, values.lecture ? resolve(io.cwd, values.lecture) : undefined);
    const live = await startLiveRender({
      input,
      outDir: values.out ? resolve(io.cwd, values.out) : defaultOutDir,
      jobs: (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper: 'a4' as const })),
      io,
    });
    onStop(() => live.close());
  },
});

await startCommand(dev);

// An ES module (its top-level awaits), though it exports nothing.
export {};
