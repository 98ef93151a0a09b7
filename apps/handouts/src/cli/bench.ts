// `npm run bench`: compiles the command as `npm run build` does, then runs the build's command (all three
// A4 variants) as a fresh process, several times, and prints each figure beside its budget. Budgets are
// measured here and never by a timed test: wall time on two shared cores depends on what else runs, so the
// machine's load is printed with the figures.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCommand, startCommand } from '@vmvc/command';
import { type BenchFigure, benchExitCode, benchTable, median } from '@vmvc/testkit';
import { appDir } from '../app-dir.ts';
import { fileName } from '../documents/variants.ts';

export const budgets = { wallSeconds: 4, fileKilobytes: 400, peakMegabytes: 400 } as const;

const runs = Number(process.env.HANDOUTS_BENCH_RUNS) || 5;
const built = (file: string) => join(appDir, 'build', file);
const files = (['handout', 'summary', 'notes'] as const).map((variant) => fileName({ variant, paper: 'a4' }));

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  kilobytes: Record<string, number>;
}

/** One run of `npm run build`'s command, `node build/handouts.mjs`, writing to a scratch folder. */
async function runOnce(): Promise<Run> {
  const out = await mkdtemp(join(tmpdir(), 'vmvc-handouts-bench-'));
  const probeFile = join(out, 'probe.json');
  try {
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', built('bench-probe.mjs'), built('handouts.mjs'), '--out', out],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HANDOUTS_PEAK_FILE: probeFile } },
      );
      child.on('error', reject);
      child.on('exit', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`the handouts command exited ${code}`);
    const kilobytes: Record<string, number> = {};
    for (const file of files) kilobytes[file] = (await stat(join(out, file))).size / 1024;
    const probe = JSON.parse(await readFile(probeFile, 'utf8')) as { maxRSS: number; cpuMs: number };
    return { seconds, cpuSeconds: probe.cpuMs / 1000, peakMegabytes: probe.maxRSS / 1024, kilobytes };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const load = () => loadavg()[0]?.toFixed(2) ?? '?';

const bench = defineCommand({
  name: 'handouts bench',
  usage: 'usage: npm run bench (HANDOUTS_BENCH_RUNS=<n> runs, 5 by default)',
  async run({ io }) {
    const compileStarted = performance.now();
    execFileSync(process.execPath, [join(appDir, '../../scripts/build-commands.mjs')], {
      cwd: appDir,
      stdio: 'inherit',
    });
    const compileSeconds = (performance.now() - compileStarted) / 1000;

    const loadBefore = load();
    const results: Run[] = [];
    for (let i = 0; i < runs; i += 1) {
      const run = await runOnce();
      results.push(run);
      io.stdout(
        `run ${i + 1}: ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, peak ${run.peakMegabytes.toFixed(0)} MB`,
      );
    }
    const walls = results.map((r) => r.seconds);

    const figures: BenchFigure[] = [
      {
        figure: 'all three A4 in one run: median wall',
        value: median(walls),
        unit: 's',
        budget: budgets.wallSeconds,
        note: `fastest ${Math.min(...walls).toFixed(2)} s, median CPU ${median(results.map((r) => r.cpuSeconds)).toFixed(2)} s`,
      },
      {
        figure: 'peak memory (highest run)',
        value: Math.max(...results.map((r) => r.peakMegabytes)),
        unit: 'MB',
        budget: budgets.peakMegabytes,
      },
      ...files.map(
        (file): BenchFigure => ({
          figure: file,
          value: results[0]?.kilobytes[file] ?? Number.NaN,
          unit: 'KB',
          budget: budgets.fileKilobytes,
        }),
      ),
    ];
    io.stdout(
      `\n${benchTable(
        `handouts bench: ${runs} runs of \`npm run build\`'s command, Node ${process.version}, ${availableParallelism()} cores, ` +
          `load average ${loadBefore} before and ${load()} after; building the command (once per build, not in ` +
          `the runs) took ${compileSeconds.toFixed(2)} s`,
        figures,
      )}`,
    );
    return benchExitCode(figures);
  },
});

await startCommand(bench);
