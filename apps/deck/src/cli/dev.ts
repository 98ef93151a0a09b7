// `npm run dev`: serves the deck with Vite and reloads the browser when @vmvc/content is rebuilt (root
// `npm run dev` keeps it rebuilding). A change to the deck's own code needs a restart of `npm run dev`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, displayPath, startCommand } from '@vmvc/command';
import type { Lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { defaultOutDir } from '../build/build-deck.ts';
import { startDevServer } from '../server/dev-server.ts';
import { keepDefaultSet } from '../server/keep-default-set.ts';
import type { ProblemReport } from '../server/problems-overlay.ts';

const contentEntry = fileURLToPath(import.meta.resolve('@vmvc/content'));

/** The lecture as the content package's build output holds it now (a fresh module instance each time). */
async function loadLecture(): Promise<Lecture> {
  let module: { lecture?: unknown };
  try {
    module = await import(`${import.meta.resolve('@vmvc/content')}?t=${Date.now()}`);
  } catch (error) {
    throw new Error(
      `${contentEntry}: cannot load the lecture (is the content package mid-build?): ${(error as Error).message}`,
    );
  }
  const result = validateLecture(module.lecture);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`${contentEntry}: the lecture has ${result.problems.length} problem(s):\n${lines}`);
  }
  return result.lecture;
}

const dev = defineCommand({
  name: 'deck dev',
  usage: 'usage: npm run dev (PORT=<port> to serve on another port than 5173)',
  async run({ io, onStop }) {
    const port = process.env.PORT ? Number(process.env.PORT) : 5173;
    // What the build's checks say of the lecture as it is: shown on the page until a build passes them.
    let checkProblems: ProblemReport | null = null;
    const verdict = (report: ProblemReport | null) => {
      const changed = (report === null) !== (checkProblems === null);
      checkProblems = report;
      if (changed) server.reloadBrowser();
    };
    // The deck, the slides PDF and the PowerPoint in dist/ follow every save, after the browser.
    const keeper = keepDefaultSet({
      loadLecture,
      outDir: defaultOutDir,
      onBuilt: (set) => {
        io.stdout(
          `deck dev: ${displayPath(io.cwd, set.deck.path)}, slides.pdf and lecture.pptx rewritten (content ${set.stamp.text})`,
        );
        verdict(null);
      },
      onProblem: (message) => {
        io.stderr(`deck dev: dist/ keeps the last good deck, slides PDF and PowerPoint: ${message}`);
        const [reason = message, ...problems] = message.split('\n');
        verdict({
          reason: `the build's checks: ${reason.replace(/[:;]\s*$/, '')}`,
          problems: problems.length > 0 ? problems.map((line) => line.trim()) : [reason],
          shown:
            'The slides below are this save’s; apps/deck/dist keeps the last good deck, slides PDF and PowerPoint.',
        });
      },
    });
    const server = await startDevServer({
      loadLecture,
      watchPaths: [dirname(contentEntry)],
      // Written by the content's `npm run dev` when a save breaks the lecture (packages/content/.dev/).
      problemsFile: join(dirname(contentEntry), '..', '.dev', 'problems.json'),
      port,
      checkProblems: () => checkProblems,
      onChange: (path) => {
        io.stdout(`deck dev: ${path} changed, reloading the browser`);
        keeper.changed();
      },
    });
    io.stdout(`deck dev: ${server.url} (reloads when ${dirname(contentEntry)} changes)`);
    onStop(async () => {
      await server.close();
      await keeper.settled();
    });
  },
});

await startCommand(dev);
