// Live editing: renders the PDFs again each time the content's data.json changes. The content's own dev
// process writes data.json last, by rename, and only for a valid lecture; this side reads it, validates it
// again (it is a file: it may be anything), renders in warm threads and writes the PDFs safely. Changes that
// land during a render are coalesced into exactly one more render, of the newest data.
import { open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { contentStamp, formatProblem, lectureHash, validateLecture } from '@vmvc/content';
import { watch } from 'chokidar';
import { displayPath } from './cli.ts';
import { RenderError } from './render-error.ts';
import { RenderPool } from './render-pool.ts';
import { formatReport } from './report.ts';
import { fileName, type RenderOptions } from './variants.ts';
import { writeFiles } from './write-files.ts';

export interface LiveIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Paths are printed relative to this folder, as the command prints them. */
  cwd: string;
}

export interface LiveOptions {
  /** The lecture as JSON: the content package's data.json, or a test's copy. */
  dataFile: string;
  outDir: string;
  /** In the order the lines are printed. */
  jobs: readonly RenderOptions[];
  /** How many PDFs render at the same time, each in its own warm thread. */
  threads: number;
  io: LiveIo;
}

export interface LiveRender {
  /** Stops watching and rendering; a write in progress finishes first. */
  close(): Promise<void>;
}

/** Longest first, so that side by side the threads finish together: the full handout, the notes, the rest. */
const renderCost: Record<RenderOptions['variant'], number> = { handout: 3, notes: 2, summary: 1 };

/** Renders thrown away after the first, while nothing else happens: the first edits then render warm. */
const warmUpRounds = 2;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function startLiveRender(options: LiveOptions): Promise<LiveRender> {
  const { outDir, io } = options;
  const dataFile = resolve(options.dataFile);
  const tag = 'handouts dev:';
  const data = displayPath(io.cwd, dataFile);
  const out = displayPath(io.cwd, outDir);
  const order = [...options.jobs].sort((a, b) => renderCost[b.variant] - renderCost[a.variant]);
  const keep = `the PDFs in ${out} are as they were`;

  // Every thread loads react-pdf and parses the fonts now, once; a thread that cannot is fatal.
  const pool = await RenderPool.start(options.threads);
  let closing = false;
  /** The hash of the lecture the PDFs on disk were made from: the same lecture again needs no render. */
  let written: string | null = null;
  /** Whether the threads have been warmed up, after the first PDFs were written. */
  let warm = false;
  /** Which file data.json was when last read. */
  let seen: { ino: number; size: number; mtimeMs: number } | null = null;

  async function update(reason: string, since: number): Promise<void> {
    let text: string;
    try {
      // The identity of what is read, from the open file: a rename that lands meanwhile is another file.
      const handle = await open(dataFile);
      try {
        const { ino, size, mtimeMs } = await handle.stat();
        seen = { ino, size, mtimeMs };
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(
        code === 'ENOENT'
          ? `${tag} ${data} does not exist (yet); waiting for it, ${keep}`
          : `${tag} ${data}: ${(error as Error).message}; ${keep}`,
      );
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      io.stderr(`${tag} ${data}: not JSON (${(error as Error).message}); ${keep}`);
      return;
    }
    const result = validateLecture(input);
    if (!result.ok) {
      io.stderr(`${tag} ${data}: the lecture has ${result.problems.length} problem(s); ${keep}`);
      for (const problem of result.problems) io.stderr(`  ${formatProblem(problem)}`);
      return;
    }
    const lecture = result.lecture;
    const hash = lectureHash(lecture);
    if (hash === written) {
      io.stdout(`${tag} ${data} changed, but not the lecture: the PDFs are up to date`);
      return;
    }
    io.stdout(`${tag} ${reason}: rendering content ${contentStamp(lecture).text}`);
    let rendered: Awaited<ReturnType<RenderPool['render']>>;
    try {
      rendered = await pool.render(lecture, order);
    } catch (error) {
      if (closing) return;
      const prefix = error instanceof RenderError ? `${fileName(error.job)}: ` : '';
      io.stderr(`${tag} ${prefix}${(error as Error).message}`);
      io.stderr(`${tag} nothing written; ${keep}`);
      return;
    }
    const files = options.jobs.map((job) => {
      const r = rendered.find((candidate) => candidate.job === job);
      if (!r) throw new Error(`no render of ${fileName(job)}`);
      return { ...r, path: resolve(outDir, fileName(job)) };
    });
    try {
      await writeFiles(files);
    } catch (error) {
      io.stderr(`${tag} ${(error as Error).message}`);
      return;
    }
    written = hash;
    if (!warm) {
      warm = true;
      pool.warmUp(lecture, order, warmUpRounds);
    }
    const rows = files.map((f) => ({ ...f, path: displayPath(io.cwd, f.path), bytes: f.bytes.length }));
    for (const line of formatReport(rows)) io.stdout(line);
    io.stdout(`${tag} ${files.length} PDFs written in ${seconds(performance.now() - since)} (${reason})`);
  }

  // One render at a time; a change during a render asks for exactly one more, timed from that change.
  let running: Promise<void> | null = null;
  let waitingSince: number | null = null;
  let waitingReason = '';
  function request(reason: string): void {
    if (closing) return;
    if (waitingSince === null) {
      waitingSince = performance.now();
      waitingReason = reason;
    }
    if (running) return;
    running = (async () => {
      while (waitingSince !== null && !closing) {
        const since = waitingSince;
        const why = waitingReason;
        waitingSince = null;
        try {
          await update(why, since);
        } catch (error) {
          io.stderr(`${tag} ${(error as Error).stack ?? error}`);
        }
      }
      running = null;
    })();
  }

  // The folder is watched, not the file: a watch on data.json follows the file, and after a burst of saves
  // (each a new file renamed over the last) chokidar was left watching a deleted one and heard nothing more.
  // chokidar also drops a change that comes within 50 ms of the one before (its throttle keeps no trailing
  // event), and so would miss the newest data of two quick saves: a moment after each event, look at the file
  // once more and ask for a render if it is not the one last read.
  let recheck: NodeJS.Timeout | undefined;
  const lookAgain = async () => {
    try {
      const { ino, size, mtimeMs } = await stat(dataFile);
      if (seen && (seen.ino !== ino || seen.size !== size || seen.mtimeMs !== mtimeMs)) {
        request(`${data} changed`);
      }
    } catch {
      // Gone: the watcher says so.
    }
  };
  const folder = dirname(dataFile);
  const watcher = watch(folder, {
    ignoreInitial: true,
    depth: 0,
    ignored: (path) => path !== folder && path !== dataFile,
  });
  watcher.on('all', (event, path) => {
    if (path !== dataFile) return;
    if (event === 'unlink') {
      io.stderr(`${tag} ${data} was removed; waiting for it to come back, ${keep}`);
      return;
    }
    request(`${data} changed`);
    clearTimeout(recheck);
    recheck = setTimeout(lookAgain, 75);
  });
  watcher.on('error', (error) => io.stderr(`${tag} watching ${data}: ${(error as Error).message}`));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  io.stdout(`${tag} watching ${data}; PDFs go to ${out}`);
  request('start');

  return {
    async close() {
      closing = true;
      clearTimeout(recheck);
      await watcher.close();
      // Terminating the threads ends a render in progress, which then writes nothing.
      await pool.close();
      while (running) await running;
    },
  };
}
