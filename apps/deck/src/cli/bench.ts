// `npm run bench`: measures the deck against its budgets in one run and prints each figure beside its
// budget. Figures, not tests: a slow machine shows a slow number instead of failing a test at random.
//   - index.html gzipped (everything included)      ≤ 120 KB (issue 15)
//   - deck build, the command `npm run build` runs, cold, to a temp folder  ≤ 5 s  (median of 3)
//   - opened from file://, Reveal ready and the first slide painted ≤ 200 ms after navigation (median of 5,
//     after one warm-up load of Chromium)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumExecutable, launchChromium } from '@vmvc/browser';
import { defineCommand, exitCode, startCommand } from '@vmvc/command';
import { type BenchFigure, benchExitCode, benchTable, median } from '@vmvc/testkit';
import { deckRoot } from '../build/build-deck.ts';

const budgets = { gzipKB: 120, buildSeconds: 5, paintMs: 200 };

/** The command `npm run build` runs (package.json), without npm's own start-up. */
async function buildCommand(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(deckRoot, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  return pkg.scripts.build;
}

function timeBuild(command: string, outDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(`${command} --out '${outDir}'`, {
      cwd: deckRoot,
      shell: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`build exited with ${code}`)),
    );
  });
}

/**
 * Milliseconds from navigation to the later of: reveal.js ready, and the browser's first contentful paint
 * (text is drawn only with the deck's own font: `font-display: block`, so that paint is the first slide).
 */
async function timePaint(file: string, runs: number): Promise<{ ready: number[]; painted: number[] }> {
  const browser = await launchChromium();
  const ready: number[] = [];
  const painted: number[] = [];
  try {
    const url = pathToFileURL(file).href;
    for (let i = 0; i <= runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('deck-ready').length > 0 &&
          performance.getEntriesByName('first-contentful-paint').length > 0,
      );
      const marks = await page.evaluate(() => ({
        ready: performance.getEntriesByName('deck-ready')[0]?.startTime ?? Number.NaN,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      await page.close();
      // The first load warms Chromium's own caches; it is not counted.
      if (i === 0) continue;
      ready.push(marks.ready);
      painted.push(Math.max(marks.ready, marks.paint));
    }
  } finally {
    await browser.close();
  }
  return { ready, painted };
}

const bench = defineCommand({
  name: 'deck bench',
  usage: 'usage: npm run bench',
  async run({ io }) {
    const dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-bench-'));
    try {
      const command = await buildCommand();
      const builds: number[] = [];
      for (let i = 0; i < 3; i++) builds.push(await timeBuild(command, dir));
      const file = join(dir, 'index.html');
      const html = await readFile(file);
      const gzipKB = gzipSync(html, { level: 9 }).byteLength / 1024;
      const paint = await timePaint(file, 5);

      const figures: BenchFigure[] = [
        {
          figure: 'index.html, gzipped',
          value: gzipKB,
          unit: 'KB',
          budget: budgets.gzipKB,
          note: `${(html.byteLength / 1024).toFixed(0)} KB before gzip`,
        },
        {
          figure: 'deck build (the build script)',
          value: median(builds),
          unit: 's',
          budget: budgets.buildSeconds,
          note: `median of ${builds.map((s) => s.toFixed(2)).join(', ')} s: ${command}`,
        },
        {
          figure: 'file://: ready + first slide painted',
          value: median(paint.painted),
          unit: 'ms',
          budget: budgets.paintMs,
          note: `median of ${paint.painted.map((t) => t.toFixed(0)).join(', ')} ms; Reveal ready at ${median(paint.ready).toFixed(0)} ms`,
        },
      ];
      io.stdout(benchTable(`deck bench (Chromium at ${await chromiumExecutable()})`, figures));
      return benchExitCode(figures);
    } catch (error) {
      io.stderr(`deck bench failed: ${(error as Error).message}`);
      return exitCode.problems;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

await startCommand(bench);
