// `npm run bench` (e2e part): the whole kit's build, cold, cached and after a lecture edit, against marp-cli
// making its HTML and PDF of the same lecture (runs alternating, in one run); the build of a lecture ten
// times as large against the normal one; `npm run dev`'s start and, in Chromium, its latency from saving a
// content file to the changed slide patched into the open page, to an invalid save's problems shown, and to
// the PDFs rewritten (live-patch-bench.ts; `BENCH_ONLY=live-patch` measures those alone, `BENCH_ONLY=pdfs`
// only the save → three A4 PDFs figure); the memory of `npm run dev` after 50 saves, in a session of its own
// (dev-memory-bench.ts; `BENCH_ONLY=memory` alone). Each figure is printed beside its budget; all are
// measured in a throwaway copy of the repository, never by a timed test.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumExecutable } from '@vmvc/browser';
import { type BenchFigure, benchExitCode, benchTable, median, readPdf } from '@vmvc/testkit';
import { benchDevMemory } from './dev-memory-bench.ts';
import { type DevSession, startDev } from './dev-session.ts';
import { benchLivePatch, benchPdfs } from './live-patch-bench.ts';
import { timeMarp } from './marp-peer.ts';
import { copyEnv, copyRepo, emptyCaches } from './repo-copy.ts';

const exec = promisify(execFile);
const env = copyEnv;
const figures: BenchFigure[] = [];

/** A time in milliseconds, reported in seconds beside its budget (null: printed for reference). */
function report(figure: string, ms: number, budgetMs: number | null, note?: string) {
  figures.push({
    figure,
    value: ms / 1000,
    unit: 's',
    budget: budgetMs === null ? null : budgetMs / 1000,
    note,
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const rounds = Number(process.env.BENCH_ROUNDS) || 5;
const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== '' && !['pdfs', 'live-patch', 'memory'].includes(only)) {
  console.error(
    `BENCH_ONLY=${only}: expected pdfs, live-patch or memory (or no BENCH_ONLY for every figure)`,
  );
  process.exit(2);
}
/** `BENCH_ONLY=pdfs`: only the save → three A4 PDFs figure, without a browser. */
const pdfsOnly = only === 'pdfs';
/** `BENCH_ONLY=live-patch`: only the live-editing figures measured in the browser (apps/e2e/src/live-patch-bench.ts). */
const livePatchOnly = only === 'live-patch' || pdfsOnly;
/** `BENCH_ONLY=memory`: only the memory of `npm run dev` after 50 saves (apps/e2e/src/dev-memory-bench.ts). */
const memoryOnly = only === 'memory';
const repo = copyRepo('vmvc-bench-');
const scratch = mkdtempSync(join(tmpdir(), 'vmvc-bench-marp-'));
let dev: DevSession | undefined;
try {
  const source = join(repo.root, 'packages/content/src/data/comparison.ts');
  const original = readFileSync(source, 'utf8');
  /** A changed lecture: one comparison cell says which edit it is. */
  const edit = (marker: string) =>
    writeFileSync(source, original.replace("'Uses fewer resources'", `'${marker}'`));
  const run = (command: string, args: string[]) =>
    exec(command, args, { cwd: repo.root, env, maxBuffer: 64 * 1024 * 1024 });

  if (livePatchOnly || memoryOnly) {
    // The tree built as `npm run dev` finds it after `npm run build`, outside the figures.
    await run('npm', ['run', 'build']);
  } else {
    const build = () => exec('npm', ['run', 'build'], { cwd: repo.root, env, maxBuffer: 64 * 1024 * 1024 });
    // Cold: turbo's cache and the kit's own (declarations, font subsets, fit check) empty.
    emptyCaches(repo.root);
    const cold = await timed(build);
    report('cold `npm run build` (every cache empty)', cold, null);
    const cached = median([await timed(build), await timed(build), await timed(build)]);
    report(
      'cached `npm run build` (all hits, median of 3)',
      cached,
      1000,
      `(${((cached / cold) * 100).toFixed(1)}% of cold)`,
    );

    /**
     * The default set (the deck, the slides PDF, the PowerPoint, the three A4 handouts) and the content they are
     * made from, built by turbo with its cache bypassed (`--force`), as the budget says.
     */
    const forcedBuild = () =>
      run(join(repo.root, 'node_modules/.bin/turbo'), [
        'run',
        'build',
        '--filter=@vmvc/deck',
        '--filter=@vmvc/handouts',
        '--force',
        '--output-logs=errors-only',
      ]);

    // The same work side by side, alternating: from a changed lecture, our default set (turbo, forced, so the
    // content is rebuilt as well), then marp-cli's HTML, PDF and PPTX of that lecture's Marp export.
    const browserPath = await chromiumExecutable();
    const marpMarkdown = join(scratch, 'lecture.md');
    const ours: number[] = [];
    const marpHtml: number[] = [];
    const marpPdf: number[] = [];
    const slidesPdf: number[] = [];
    const ourPptx: number[] = [];
    const marpPptx: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      edit(`Uses fewer resources, bench edit ${round}`);
      ours.push(await timed(forcedBuild));
      // The slides as a PDF for an LMS, from the deck just built: the job `marp --pdf` does.
      slidesPdf.push(await timed(() => run(process.execPath, ['apps/deck/build/slides-pdf.mjs'])));
      ourPptx.push(await timed(() => run(process.execPath, ['apps/deck/build/pptx.mjs', '--out', scratch])));
      await run(process.execPath, [
        'packages/formats/dist/cli.mjs',
        'export',
        '--format',
        'marp',
        '--out',
        marpMarkdown,
      ]);
      marpHtml.push(await timeMarp([marpMarkdown, '-o', join(scratch, 'lecture.html')], env));
      marpPdf.push(
        await timeMarp(
          [marpMarkdown, '--pdf', '--browser-path', browserPath, '-o', join(scratch, 'lecture.pdf')],
          env,
        ),
      );
      marpPptx.push(
        await timeMarp(
          [marpMarkdown, '--pptx', '--browser-path', browserPath, '-o', join(scratch, 'marp.pptx')],
          env,
        ),
      );
    }
    const oursMedian = median(ours);
    const marpMedian = median(
      marpHtml.map((html, i) => html + (marpPdf[i] ?? Number.NaN) + (marpPptx[i] ?? Number.NaN)),
    );
    report(
      'the default set from a changed lecture: deck, slides PDF, PowerPoint, three A4 handouts (turbo, forced)',
      oursMedian,
      1000,
      `median of ${rounds}; before the default set grew (deck and A4 handouts only): 3.76 s on 2026-12-04`,
    );
    report(
      'marp-cli: HTML + PDF + PPTX of the same lecture (our Marp export)',
      marpMedian,
      null,
      `median of ${rounds}; HTML ${(median(marpHtml) / 1000).toFixed(2)} s, PDF ${(median(marpPdf) / 1000).toFixed(2)} s, PPTX ${(median(marpPptx) / 1000).toFixed(2)} s`,
    );
    report(
      'slides PDF from the built deck (`npm run slides:pdf`’s command)',
      median(slidesPdf),
      null,
      `median of ${rounds}; marp --pdf of the same lecture: ${(median(marpPdf) / 1000).toFixed(2)} s`,
    );
    report(
      'editable PowerPoint (`npm run pptx`’s command)',
      median(ourPptx),
      null,
      `median of ${rounds}; marp --pptx (a picture per slide) of the same lecture: ${(median(marpPptx) / 1000).toFixed(2)} s`,
    );
    figures.push({
      figure: 'ours as a share of marp-cli’s time (≥ 3× faster = ≤ 33 %)',
      value: (oursMedian / marpMedian) * 100,
      unit: '%',
      budget: 100 / 3,
      note:
        oursMedian < marpMedian
          ? `${(marpMedian / oursMedian).toFixed(2)}× faster than marp-cli`
          : `${(oursMedian / marpMedian).toFixed(2)}× slower than marp-cli`,
    });

    // A lecture ten times as large: every section's slides (ids made unique) and prose ten times over, so the
    // deck, the handout and the notes grow about tenfold (the figure's note says how much); terms, references
    // and the comparison stay as they are (the summary is one page by design). Built like the normal lecture
    // above: forced, and each round a changed lecture, so none of the kit's own caches answers.
    const sectionsFile = join(repo.root, 'packages/content/src/data/sections.ts');
    const sections = readFileSync(sectionsFile, 'utf8');
    writeFileSync(
      sectionsFile,
      `${sections}
// The bench's lecture ten times as large (apps/e2e/src/bench.ts).
for (const section of sections) {
  const { slides, prose } = section;
  section.slides = Array.from({ length: 10 }, (_, k) =>
    slides.map((slide) => ({ ...slide, id: k === 0 ? slide.id : \`\${slide.id}-\${k + 1}\` })),
  ).flat();
  section.prose = Array.from({ length: 10 }, () => prose).flat();
}
`,
    );
    const tenfold: number[] = [];
    for (let round = 1; round <= 3; round += 1) {
      edit(`Uses fewer resources, tenfold ${round}`);
      tenfold.push(await timed(forcedBuild));
    }
    writeFileSync(sectionsFile, sections);
    // What was built, so the figure is seen to be of a lecture ten times as large.
    const pagesOf = async (name: string) =>
      (await readPdf(readFileSync(join(repo.root, 'apps/handouts/dist', name)))).pages.length;
    const [handoutPages, notesPages] = [await pagesOf('handout-a4.pdf'), await pagesOf('notes-a4.pdf')];
    const slideCount = readFileSync(join(repo.root, 'apps/deck/dist/index.html'), 'utf8').match(
      /<section id=/g,
    )?.length;
    figures.push({
      figure: 'a lecture ten times as large: build time, as a multiple of the normal one',
      value: median(tenfold) / oursMedian,
      unit: '×',
      budget: 5,
      note: `median of 3: ${(median(tenfold) / 1000).toFixed(2)} s against ${(oursMedian / 1000).toFixed(2)} s (forced, changed lecture); ${slideCount} slides, handout ${handoutPages} and notes ${notesPages} pages`,
    });

    // A lecturer's edit, then the root `npm run build` (turbo finds content, deck and handouts changed).
    const edited: number[] = [];
    for (let round = 1; round <= 3; round += 1) {
      edit(`Uses fewer resources, rebuild ${round}`);
      edited.push(await timed(() => run('npm', ['run', 'build'])));
    }
    report('a lecture edit → `npm run build` finished', median(edited), 2000, 'median of 3');
    writeFileSync(source, original);
    await run('npm', ['run', 'build']);
  }

  // Live editing: the root `npm run dev` on the built tree, a browser on the deck, then saves to a cell.
  const startedDev = performance.now();
  dev = await startDev(repo.root);
  if (!livePatchOnly && !memoryOnly) {
    report(
      '`npm run dev` on a built tree: deck served and the PDFs current',
      performance.now() - startedDev,
      3000,
    );
  }
  if (!memoryOnly) figures.push(...(await (pdfsOnly ? benchPdfs : benchLivePatch)({ dev, source })));
  if (!livePatchOnly) {
    // Its own session, so "after 50 saves" counts from the start of `npm run dev`.
    if (!memoryOnly) {
      await dev.stop();
      dev = await startDev(repo.root);
    }
    figures.push(...(await benchDevMemory({ dev, source })));
  }
} finally {
  await dev?.stop();
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(
  `\n${benchTable(`vmvc build and live-editing bench (load average ${loadavg()[0]?.toFixed(1)} on 2 cores)`, figures)}`,
);
process.exitCode = benchExitCode(figures);
