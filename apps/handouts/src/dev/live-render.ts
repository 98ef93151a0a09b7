// Live editing: renders the three PDFs again on each save of the lecture. The lecture is read where the input
// says (its own TypeScript in `npm run dev`, through the kit's one lecture loader; or a JSON file), validated,
// rendered warm (react-pdf and the fonts stay loaded in this process) and written safely, all three or none.
// The newest save wins: a render of an older lecture stops at the next PDF when a save arrives, and writes
// nothing; saves that land during a render or a read are coalesced into one read of the newest.
import { relative, resolve } from 'node:path';
import { type CommandIo, displayPath } from '@vmvc/command';
import { contentStamp, type Lecture, lectureHash } from '@vmvc/content';
import { watchFiles } from '@vmvc/watch-files';
import { writeFiles } from '@vmvc/write-files';
import { formatReport } from '../cli/report.ts';
import { fileName, type RenderOptions } from '../documents/variants.ts';
import { RenderError, type RenderedJob, renderJobs } from '../render/render-jobs.ts';
import { renderPdf } from '../render/render-pdf.ts';
import { codeIdentity, recordRendered, renderedFrom } from '../render/render-record.ts';
import { loadFonts } from '../text/fonts.ts';
import type { LectureInput } from './lecture-input.ts';

export interface LiveOptions {
  /** Where the lecture is read from and what is watched (lecture-input.ts). */
  input: LectureInput;
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
  const { outDir, io, input } = options;
  const tag = 'handouts dev:';
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

  // One read and render at a time. A save asks for one; saves during it ask for exactly one more, of the
  // newest lecture, timed from the first of them, and stop the render in progress at its next PDF.
  let running: Promise<void> | null = null;
  let waitingSince: number | null = null;
  let waitingReason = '';
  /** Every file saved since the last read: the loader runs each of them again. */
  let saved = new Set<string>();
  /** A save was heard since the lecture being rendered was read (the watcher calls after its debounce). */
  let heard = false;
  const superseded = () => heard || waitingSince !== null || closing;
  /**
   * A render blocks this thread from one PDF to the next: a pause lets the watcher hear a save made meanwhile
   * (the file system's event, then chokidar's look at the file), so the next PDF is not rendered for nothing.
   */
  const listen = async () => {
    for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setTimeout(resolve, 1));
  };

  /** The jobs rendered one by one; null when a newer save (or the end) came first: nothing to write. */
  async function renderNewest(lecture: Lecture): Promise<RenderedJob[] | null> {
    const rendered: RenderedJob[] = [];
    for (const job of options.jobs) {
      await listen();
      if (superseded()) return null;
      rendered.push(...(await renderJobs(lecture, [job])));
    }
    await listen();
    return superseded() ? null : rendered;
  }

  async function update(reason: string, since: number, files: string[]): Promise<void> {
    const read = await input.read(files);
    if (read.ok === 'later') return;
    if (!read.ok) {
      io.stderr(`${tag} ${read.problem}; ${keep}`);
      for (const line of read.details) io.stderr(`  ${line}`);
      return;
    }
    const lecture = read.lecture;
    const hash = lectureHash(lecture);
    if (hash === written) {
      io.stdout(`${tag} ${reason}, but not the lecture: the PDFs are up to date`);
      return;
    }
    if (written === null && code !== null && (await renderedFrom(paths, { lectureHash: hash, code }))) {
      // `npm run build` wrote these very PDFs from this lecture with this code: nothing to render now.
      written = hash;
      queueWarmUps(lecture);
      io.stdout(`${tag} the PDFs in ${out} are current (content ${contentStamp(lecture).text}, ${reason})`);
      return;
    }
    const stamp = contentStamp(lecture).text;
    io.stdout(`${tag} ${reason}: rendering content ${stamp}`);
    let rendered: RenderedJob[] | null;
    try {
      rendered = await renderNewest(lecture);
    } catch (error) {
      if (closing) return;
      const prefix = error instanceof RenderError ? `${fileName(error.job)}: ` : '';
      io.stderr(`${tag} ${prefix}${(error as Error).message}`);
      io.stderr(`${tag} nothing written; ${keep}`);
      return;
    }
    if (!rendered) {
      if (!closing) io.stdout(`${tag} a newer save came: content ${stamp} is not written`);
      return;
    }
    const outputs = rendered.map((r) => ({ ...r, path: resolve(outDir, fileName(r.job)) }));
    try {
      await writeFiles(outputs.map((f) => ({ path: f.path, data: f.bytes })));
    } catch (error) {
      io.stderr(`${tag} ${(error as Error).message}`);
      return;
    }
    written = hash;
    if (code !== null) await recordRendered(outputs, { lectureHash: hash, code });
    queueWarmUps(lecture);
    const rows = outputs.map((f) => ({ ...f, path: displayPath(io.cwd, f.path), bytes: f.bytes.length }));
    for (const line of formatReport(rows)) io.stdout(line);
    io.stdout(`${tag} ${outputs.length} PDFs written in ${seconds(performance.now() - since)} (${reason})`);
  }

  function request(reason: string, files: readonly string[] = []): void {
    if (closing) return;
    for (const file of files) saved.add(file);
    if (waitingSince === null) {
      waitingSince = performance.now();
      waitingReason = reason;
    }
    if (running) return;
    running = (async () => {
      while (!closing) {
        if (waitingSince === null) {
          // Between saves the warm-ups run, one PDF at a time, so a save waits for one PDF at most.
          const warmUp = warmUps.shift();
          if (!warmUp) break;
          // Its PDF is thrown away; a failure here shows again, and is printed, on the next real render.
          await renderPdf(warmUp.lecture, warmUp.job).catch(() => undefined);
          continue;
        }
        const since = waitingSince;
        const why = waitingReason;
        const files = [...saved];
        waitingSince = null;
        heard = false;
        saved = new Set();
        try {
          await update(why, since, files);
        } catch (error) {
          io.stderr(`${tag} ${(error as Error).stack ?? error}`);
        }
      }
      running = null;
    })();
  }

  // The one watcher, debounced as the input says; it looks again after chokidar's throttle, so the newest of
  // two quick saves is read too.
  const watcher = await watchFiles(
    input.watch,
    (changes) => {
      const [first, ...more] = changes.map((change) => change.path);
      if (changes.every((change) => change.event === 'unlink') && first === input.watch[0]) {
        io.stderr(`${tag} ${input.name} was removed; waiting for it to come back, ${keep}`);
        return;
      }
      // One source saved is named as the lecturer knows it (`saved data/comparison.ts`).
      const one = first !== undefined && more.length === 0 && first !== input.watch[0];
      request(
        one ? `saved ${relative(input.watch[0] ?? '', first)}` : `${input.name} changed`,
        changes.map((change) => change.path),
      );
    },
    {
      debounceMs: input.debounceMs,
      ignored: input.ignored,
      onNotice: () => {
        heard = true;
      },
      onError: (error) => io.stderr(`${tag} watching ${input.name}: ${(error as Error).message}`),
    },
  );
  io.stdout(`${tag} watching ${input.name}; PDFs go to ${out}`);
  request('start');

  return {
    async close() {
      closing = true;
      await watcher.close();
      // A render in progress stops at its next PDF and, closing, writes nothing.
      while (running) await running;
      await input.close();
    },
  };
}
