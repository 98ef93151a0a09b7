// `npm run dev`: serves the deck with Vite, rendered from the lecture's own TypeScript in packages/content/src,
// and patches the changed slides into the open page on every save; the deck's part of the default set follows
// in the background. A change to the deck's own code needs a restart of `npm run dev`.
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, displayPath, startCommand } from '@vmvc/command';
import type { Lecture } from '@vmvc/content';
import { formatProblem, validateLecture } from '@vmvc/schema';
import { defaultOutDir } from '../build/build-deck.ts';
import { type LoadModule, startDevServer } from '../server/dev-server.ts';
import { keepDefaultSet } from '../server/keep-default-set.ts';

const contentEntry = fileURLToPath(import.meta.resolve('@vmvc/content'));
/** The lecture's own TypeScript, beside the content package's build: what the lecturer saves. */
const contentSource = join(dirname(contentEntry), '..', 'src');
const lectureModule = join(contentSource, 'data', 'lecture.ts');

/**
 * The lecture as its sources say now, loaded through the dev server (only the modules a save changed run
 * again) and validated by the rules the content's build applies; its problems thrown as `path: message` lines.
 */
async function loadLecture(load: LoadModule): Promise<Lecture> {
  const module = await load(lectureModule);
  const result = validateLecture(module.lecture);
  if (!result.ok) {
    const problems = result.problems.map(formatProblem);
    throw Object.assign(
      new Error(
        `${lectureModule}: the lecture has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
      ),
      { problems },
    );
  }
  return result.lecture;
}

const dev = defineCommand({
  name: 'deck dev',
  usage: 'usage: npm run dev (PORT=<port> to serve on another port than 5173)',
  async run({ io, onStop }) {
    const port = process.env.PORT ? Number(process.env.PORT) : 5173;
    // The lecture the page shows, for the default set to follow.
    let latest: Lecture | undefined;
    // The deck, the slides PDF and the PowerPoint in dist/ follow every save, after the browser.
    const keeper = keepDefaultSet({
      loadLecture: async () => {
        if (!latest) throw new Error(`${lectureModule}: no lecture loaded yet`);
        return latest;
      },
      outDir: defaultOutDir,
      onBuilt: (set) => {
        io.stdout(
          `deck dev: ${displayPath(io.cwd, set.deck.path)}, slides.pdf and lecture.pptx rewritten (content ${set.stamp.text})`,
        );
        server.showCheckProblems(null);
      },
      onProblem: (message) => {
        io.stderr(`deck dev: dist/ keeps the last good deck, slides PDF and PowerPoint: ${message}`);
        const [reason = message, ...problems] = message.split('\n');
        server.showCheckProblems({
          reason: `the build's checks: ${reason.replace(/[:;]\s*$/, '')}`,
          problems: problems.length > 0 ? problems.map((line) => line.trim()) : [reason],
          shown:
            'The slides below are this save’s; apps/deck/dist keeps the last good deck, slides PDF and PowerPoint.',
        });
      },
    });
    const server = await startDevServer({
      loadLecture,
      watchPaths: [contentSource],
      ignored: (path) => path.endsWith('.test.ts') || path.includes(`${sep}test-support${sep}`),
      port,
      fitCheck: true,
      onLecture: (lecture, saved, sent) => {
        io.stdout(`deck dev: saved ${saved}: ${sent}`);
        latest = lecture;
        keeper.changed();
      },
      onProblems: (report) => {
        io.stderr(`deck dev: ${report.reason}; the page shows them over the last good slides`);
        for (const problem of report.problems) io.stderr(`  ${problem}`);
      },
    });
    io.stdout(`deck dev: ${server.url} (patches the page when ${contentSource} changes)`);
    onStop(async () => {
      await server.close();
      await keeper.settled();
    });
  },
});

await startCommand(dev);
