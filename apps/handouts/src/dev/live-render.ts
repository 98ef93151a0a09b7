// Live editing: renders the PDFs again each time the content's data.json changes. The content's own dev
// process writes data.json last, by rename, and only for a valid lecture; this side reads it, validates it
// again (it is a file: it may be anything), renders warm (react-pdf and the fonts stay loaded in this
// process) and writes the PDFs safely. Changes that land during a render are coalesced into exactly one more
// render, of the newest data.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type CommandIo, displayPath } from '@vmvc/command';
import { contentStamp, type Lecture, lectureHash } from '@vmvc/content';
import { formatProblem, validateLecture } from '@vmvc/schema';
import { watchFiles } from '@vmvc/watch-files';
import { writeFiles } from '@vmvc/write-files';
import { formatReport } from '../cli/report.ts';
import { fileName, type RenderOptions } from '../documents/variants.ts';
import { RenderError, renderJobs } from '../render/render-jobs.ts';
import { renderPdf } from '../render/render-pdf.ts';
import { codeIdentity, recordRendered, renderedFrom } from '../render/render-record.ts';
import { loadFonts } from '../text/fonts.ts';

export interface LiveOptions {
  /** The lecture as JSON: the content package's data.json, or a test's copy. */
  dataFile: string;
  outDir: string;
  /** In the order they are rendered and their lines printed. */
  jobs: readonly RenderOptions[];
  /** Paths are printed relative to `io.cwd`, as the command prints them. */
  io: CommandIo;
}

export interface LiveRender {
  /** Stops watching and rendering; a write in progress finishes first. */
  close(): Promise<void>;
}

/**
 * Renders thrown away after the first PDFs are written, one PDF at a time while nothing else waits, so that
 * V8 has compiled the hot code before the lecturer's first edit: the first edit then renders warm.
 */
const warmUpRounds = 2;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function startLiveRender(options: LiveOptions): Promise<LiveRender> {
  const { outDir, io } = options;
  const dataFile = resolve(options.dataFile);
  const tag = 'handouts dev:';
  const data = displayPath(io.cwd, dataFile);
  const out = displayPath(io.cwd, outDir);
  const keep = `the PDFs in ${out} are as they were`;

  // react-pdf loads and the fonts are parsed now, once; a font that cannot be read is fatal.
  await loadFonts();
  /** The build of this command, which the record of rendered PDFs names (null when run from the sources). */
  const code = await codeIdentity();
  const paths = options.jobs.map((job) => resolve(outDir, fileName(job)));
  let closing = false;
  /** The hash of the lecture the PDFs on disk were made from: the same lecture again needs no render. */
  let written: string | null = null;
  /** Renders to run while nothing else waits, of the lecture last written; filled once, after the first. */
  const warmUps: { lecture: Lecture; job: RenderOptions }[] = [];
  let warm = false;

  /** After the first PDFs are current, renders to run while nothing else waits: once, of that lecture. */
  function queueWarmUps(lecture: Lecture): void {
    if (warm) return;
    warm = true;
    for (let round = 0; round < warmUpRounds; round += 1) {
      for (const job of options.jobs) warmUps.push({ lecture, job });
    }
  }

  async function update(reason: string, since: number): Promise<void> {
    let text: string;
    try {
      const handle = await open(dataFile);
      try {
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
    if (written === null && code !== null && (await renderedFrom(paths, { lectureHash: hash, code }))) {
      // `npm run build` wrote these very PDFs from this lecture with this code: nothing to render now.
      written = hash;
      queueWarmUps(lecture);
      io.stdout(`${tag} the PDFs in ${out} are current (content ${contentStamp(lecture).text}, ${reason})`);
      return;
    }
    io.stdout(`${tag} ${reason}: rendering content ${contentStamp(lecture).text}`);
    let rendered: Awaited<ReturnType<typeof renderJobs>>;
    try {
      rendered = await renderJobs(lecture, options.jobs);
    } catch (error) {
      if (closing) return;
      const prefix = error instanceof RenderError ? `${fileName(error.job)}: ` : '';
      io.stderr(`${tag} ${prefix}${(error as Error).message}`);
      io.stderr(`${tag} nothing written; ${keep}`);
      return;
    }
    if (closing) return;
    const files = rendered.map((r) => ({ ...r, path: resolve(outDir, fileName(r.job)) }));
    try {
      await writeFiles(files.map((f) => ({ path: f.path, data: f.bytes })));
    } catch (error) {
      io.stderr(`${tag} ${(error as Error).message}`);
      return;
    }
    written = hash;
    if (code !== null) await recordRendered(files, { lectureHash: hash, code });
    queueWarmUps(lecture);
    const rows = files.map((f) => ({ ...f, path: displayPath(io.cwd, f.path), bytes: f.bytes.length }));
    for (const line of formatReport(rows)) io.stdout(line);
    io.stdout(`${tag} ${files.length} PDFs written in ${seconds(performance.now() - since)} (${reason})`);
  }

  // One render at a time; a change during a render asks for exactly one more, timed from that change. Between
  // changes the warm-ups run, one PDF at a time, so a change waits for one PDF at most.
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
      while (!closing) {
        if (waitingSince === null) {
          const warmUp = warmUps.shift();
          if (!warmUp) break;
          // Its PDF is thrown away; a failure here shows again, and is printed, on the next real render.
          await renderPdf(warmUp.lecture, warmUp.job).catch(() => undefined);
          continue;
        }
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

  // The one watcher watches data.json through its folder (the content's dev process replaces it by rename)
  // and looks again after chokidar's throttle, so the newest of two quick saves is rendered too.
  const watcher = await watchFiles(
    [dataFile],
    (changes) => {
      if (changes.every((change) => change.event === 'unlink')) {
        io.stderr(`${tag} ${data} was removed; waiting for it to come back, ${keep}`);
        return;
      }
      request(`${data} changed`);
    },
    {
      debounceMs: 20,
      onError: (error) => io.stderr(`${tag} watching ${data}: ${(error as Error).message}`),
    },
  );
  io.stdout(`${tag} watching ${data}; PDFs go to ${out}`);
  request('start');

  return {
    async close() {
      closing = true;
      await watcher.close();
      // A render in progress finishes and, closing, writes nothing.
      while (running) await running;
    },
  };
}
