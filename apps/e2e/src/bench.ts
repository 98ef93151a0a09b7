// `npm run bench` (e2e part): the whole kit's build, cold and cached, and live editing's latency from saving a
// content file to the deck reloaded in the browser and the PDFs rewritten. Each figure is printed beside its
// budget; all are measured in one run, in a throwaway copy of the repository, never by a timed test.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type BenchFigure, benchExitCode, benchTable, launchChromium, median } from '@vmvc/testkit';
import { type DevSession, mtime, startDev, until } from './dev-session.ts';
import { pdfText } from './outputs.ts';
import { copyEnv, copyRepo } from './repo-copy.ts';

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

const repo = copyRepo('vmvc-bench-');
let dev: DevSession | undefined;
try {
  const build = () => exec('npm', ['run', 'build'], { cwd: repo.root, env, maxBuffer: 64 * 1024 * 1024 });
  rmSync(join(repo.root, '.turbo'), { recursive: true, force: true });
  const cold = await timed(build);
  report('cold `npm run build` (empty cache)', cold, null);
  const cached = median([await timed(build), await timed(build), await timed(build)]);
  report(
    'cached `npm run build` (all hits, median of 3)',
    cached,
    1000,
    `(${((cached / cold) * 100).toFixed(1)}% of cold)`,
  );

  // Live editing: the root `npm run dev`, a browser on the deck, then saves to a comparison cell.
  dev = await startDev(repo.root);
  const { url, pdfs } = dev;

  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('.reveal.ready', { timeout: 60_000 });
    const source = join(repo.root, 'packages/content/src/data/comparison.ts');
    const original = readFileSync(source, 'utf8');
    const deckTimes: number[] = [];
    const pdfTimes: number[] = [];
    for (let round = 1; round <= 5; round += 1) {
      const marker = `Uses fewer resources, edit ${round}`;
      const before = pdfs.map(mtime);
      await new Promise((r) => setTimeout(r, 500)); // let the watchers settle between rounds
      const saved = performance.now();
      writeFileSync(source, original.replace("'Uses fewer resources'", `'${marker}'`));
      await Promise.all([
        until(
          () =>
            page.evaluate((m) => document.body.textContent?.includes(m) ?? false, marker).catch(() => false),
          15_000,
          `the deck to show "${marker}"`,
        ).then(() => deckTimes.push(performance.now() - saved)),
        until(
          () => pdfs.every((file, i) => mtime(file) > (before[i] ?? 0)),
          15_000,
          'the PDFs to be rewritten',
        ).then(() => pdfTimes.push(performance.now() - saved)),
      ]);
      if (!(await pdfText(pdfs[0] as string)).includes(marker)) {
        throw new Error(`the rewritten handout does not show "${marker}"`);
      }
    }
    writeFileSync(source, original);
    report('save → deck reloaded in the browser (median of 5)', median(deckTimes), null);
    report('save → three A4 PDFs rewritten (median of 5)', median(pdfTimes), null);
    const both = median(deckTimes.map((d, i) => Math.max(d, pdfTimes[i] ?? Infinity)));
    report('save → both updated (median of 5)', both, 2000);
  } finally {
    await browser.close();
  }
} finally {
  await dev?.stop();
  repo.remove();
}

console.log(
  `\n${benchTable(`vmvc build and live-editing bench (load average ${loadavg()[0]?.toFixed(1)} on 2 cores)`, figures)}`,
);
process.exitCode = benchExitCode(figures);
