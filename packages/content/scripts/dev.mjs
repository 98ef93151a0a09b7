// `npm run dev` for the content: on every save under src/, rebuild, validate, and only if the lecture is valid
// put the new build and data.json in place. The deck and the handouts watch data.json, so a lecture with
// problems prints them (path: message) and leaves the last good outputs everywhere.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watch } from 'chokidar';
import { build } from 'tsdown';
import writeFileAtomic from 'write-file-atomic';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const sourceDir = join(packageDir, 'src');
const stamp = () => new Date().toTimeString().slice(0, 8);
const log = (line) => process.stdout.write(`[content ${stamp()}] ${line}\n`);

let generation = 0;

async function rebuild(reason) {
  const started = performance.now();
  // Staged beside dist (same file system), so putting the build in place is one rename.
  await mkdir(join(packageDir, '.dev'), { recursive: true });
  const stage = await mkdtemp(join(packageDir, '.dev', 'build-'));
  try {
    // The library entry only, ESM, no declarations: what the renderers load, in a fraction of a full build.
    await build({
      config: false,
      cwd: packageDir,
      entry: { index: 'src/index.ts' },
      format: ['esm'],
      fixedExtension: true,
      platform: 'neutral',
      target: 'es2022',
      outDir: stage,
      dts: false,
      clean: false,
      logLevel: 'silent',
      checks: { pluginTimings: false },
    });
    generation += 1;
    const built = await import(`${pathToFileURL(join(stage, 'index.mjs')).href}?generation=${generation}`);
    const result = built.validateLecture(built.lecture);
    if (!result.ok) {
      log(`${reason}: the lecture has ${result.problems.length} problem(s); keeping the last good build`);
      for (const problem of result.problems) process.stdout.write(`  ${built.formatProblem(problem)}\n`);
      return;
    }
    await mkdir(join(packageDir, 'dist'), { recursive: true });
    await rename(join(stage, 'index.mjs'), join(packageDir, 'dist', 'index.mjs'));
    await writeFileAtomic(
      join(packageDir, 'schema.json'),
      `${JSON.stringify(built.lectureJsonSchema(), null, 2)}\n`,
    );
    // data.json last: it is what the renderers watch.
    await writeFileAtomic(join(packageDir, 'data.json'), `${JSON.stringify(result.lecture, null, 2)}\n`);
    const ms = Math.round(performance.now() - started);
    log(`${reason}: valid, data.json updated in ${ms} ms (${built.contentStamp(result.lecture).text})`);
  } catch (error) {
    log(
      `${reason}: build failed, keeping the last good build\n  ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

let timer;
let running = Promise.resolve();
let pending = null;

function schedule(file) {
  pending = file ?? pending ?? 'change';
  clearTimeout(timer);
  // Editors save in bursts (write, rename, chmod): wait for the burst to end, then build once.
  timer = setTimeout(() => {
    const reason = pending;
    pending = null;
    running = running.then(() => rebuild(`saved ${reason}`));
  }, 40);
}

// chokidar, not fs.watch: Node 20's recursive fs.watch loses a file that an editor (or git) replaces by rename.
watch(sourceDir, { ignoreInitial: true, ignored: (path) => path.endsWith('.test.ts') }).on(
  'all',
  (_event, path) => schedule(path.slice(sourceDir.length + 1)),
);
log(`watching ${sourceDir}`);
await rebuild('start');
