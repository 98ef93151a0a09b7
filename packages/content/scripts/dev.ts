// `npm run dev` for the content: on every save under src/, build the library into a fresh stage, validate, and
// only if the lecture is valid put the whole build and data.json in place (promoteBuild: all or none, so the
// CommonJS build never lags behind the ESM one), for every renderer that reads the package's build (the
// handouts watch data.json, `npm run outputs`), so a lecture with problems prints them (path: message) and
// leaves the last good outputs. The problems also go to .dev/problems.json (gone again after the next good
// build). The deck's dev server does not wait for this: it loads these sources itself and patches the page.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { watchFiles } from '@vmvc/watch-files';
import { writeFiles } from '@vmvc/write-files';
import { build } from 'tsdown';
import { libraryConfig } from '../tsdown.config.ts';
import { packageDir, promoteBuild } from './promote-build.ts';

const sourceDir = join(packageDir, 'src');
const stamp = () => new Date().toTimeString().slice(0, 8);
const log = (line: string) => process.stdout.write(`[content ${stamp()}] ${line}\n`);

/** What the last save got wrong, for the deck's dev server to show; absent while the build is good. */
const problemsFile = join(packageDir, '.dev', 'problems.json');

async function reportProblems(reason: string, problems: string[]): Promise<void> {
  // Plain text for the page: rolldown colours its errors for a terminal (`\x1b[31m[PARSE_ERROR]`), and a
  // browser shows those codes as characters.
  const report = { reason, problems: problems.map((problem) => stripVTControlCharacters(problem)) };
  await writeFiles([{ path: problemsFile, data: `${JSON.stringify(report, null, 2)}\n` }]).catch(
    (error: Error) => log(`could not write ${problemsFile}: ${error.message}`),
  );
}

async function rebuild(reason: string): Promise<void> {
  const started = performance.now();
  // Staged beside dist (same file system); promoteBuild removes the stage whatever happens.
  await mkdir(join(packageDir, '.dev'), { recursive: true });
  const stage = await mkdtemp(join(packageDir, '.dev', 'build-'));
  try {
    // Everything a renderer or the command loads; declarations only come with `npm run build`.
    for (const config of [libraryConfig]) {
      await build({
        ...config,
        config: false,
        cwd: packageDir,
        outDir: stage,
        dts: false,
        clean: false,
        logLevel: 'silent',
        checks: { pluginTimings: false },
      });
    }
  } catch (error) {
    log(`${reason}: build failed, keeping the last good build\n  ${(error as Error).message}`);
    await rm(stage, { recursive: true, force: true });
    await reportProblems(`${reason}: the build failed`, [(error as Error).message]);
    return;
  }
  const promotion = await promoteBuild(stage).catch((error: Error) => ({
    ok: false as const,
    problems: [error.message],
  }));
  if (!promotion.ok) {
    log(`${reason}: the lecture has ${promotion.problems.length} problem(s); keeping the last good build`);
    for (const problem of promotion.problems) process.stdout.write(`  ${problem}\n`);
    await reportProblems(`${reason}: the lecture has problems`, promotion.problems);
    return;
  }
  await rm(problemsFile, { force: true });
  log(
    `${reason}: valid, data.json updated in ${Math.round(performance.now() - started)} ms (${promotion.stamp})`,
  );
}

let running = Promise.resolve();

// Watching first, so that no save is missed while the first build runs; then one build of the sources as
// they are (turbo ran `npm run build` before this, so dist/ already holds a valid build). The one watcher
// (chokidar: Node 20's recursive fs.watch loses a file that an editor or git replaces by rename) calls once
// per burst of saves (write, rename, chmod), so a burst builds once.
await watchFiles(
  [sourceDir],
  (changes) => {
    const reason = changes[0]?.path.slice(sourceDir.length + 1) ?? 'change';
    running = running.then(() => rebuild(`saved ${reason}`));
  },
  // The watcher's 40 ms, not the deck's 5: a save written in place (truncate, then write) read between the
  // two gives a build of an empty module, whose errors would stand as the save's report until the next build.
  { ignored: (path) => path.endsWith('.test.ts') },
);
log(`watching ${sourceDir}`);
running = running.then(() => rebuild('start'));
