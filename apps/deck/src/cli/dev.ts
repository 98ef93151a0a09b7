// `npm run dev`: serves the deck with Vite, rendered from the lecture's own TypeScript in packages/content/src,
// and patches the changed slides into the open page on every save; the deck's part of the default set follows
// in the background. A change to the deck's own code needs a restart of `npm run dev`.
import { defineCommand, displayPath, startCommand } from '@vmvc/command';
import type { Lecture } from '@vmvc/content';
import { isLectureTest, lectureModule, lectureSourceDir, loadLecture } from '@vmvc/lecture-loader';
import { defaultOutDir } from '../build/build-deck.ts';
import { startDevServer } from '../server/dev-server.ts';
import { keepDefaultSet } from '../server/keep-default-set.ts';

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
      loadLecture: (load) => loadLecture(load),
      watchPaths: [lectureSourceDir],
      ignored: isLectureTest,
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
    io.stdout(`deck dev: ${server.url} (patches the page when ${lectureSourceDir} changes)`);
    onStop(async () => {
      await server.close();
      await keeper.settled();
    });
  },
});

await startCommand(dev);
