// The dev server (`npm run dev`): Vite serving the deck with hot CSS, the slides rendered in memory from the
// lecture's own TypeScript (loaded through Vite's module runner, so a save re-runs only the changed module and
// what imports it: no bundle per save). A save is validated, rendered, compared slide by slide with the page
// the browser has, and only the changed `<section>`s go over Vite's websocket (`vmvc:slides`); a save that
// changes the page's structure reloads it. A save with problems shows them on the page (`vmvc:problems`) over
// the last good slides. There is no CSP here: Vite's client needs its own inline script and socket.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { contentStamp, type Lecture, slideSequence } from '@vmvc/content';
import { forgetSaved, type LoadModule } from '@vmvc/lecture-loader';
import { type FileWatcher, watchFiles } from '@vmvc/watch-files';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { deckRoot } from '../build/build-deck.ts';
import { type DeckPage, deckPage } from '../build/deck-page.ts';
import { deckPagePlugin } from '../build/deck-page-plugin.ts';
import { formatFitProblems } from '../build/fit-check.ts';
import { deckFilesOnly } from './deck-files-only.ts';
import { fitCheckOnSave, type SaveFitCheck } from './fit-check-on-save.ts';
import { type ProblemReport, problemReport, problemsOverlay } from './problems-overlay.ts';
import { type DeckSlide, deckSlides, slidePatch } from './slide-patch.ts';

/** What the dev server sends the page after a save: see client/patch-slides.ts. */
export interface SlidesMessage {
  slides: DeckSlide[];
  style?: string;
  stampMeta?: string;
}

/** The overlay's markup, or null to take it away. */
export interface ProblemsMessage {
  overlay: string | null;
}

export interface DevServerOptions {
  /** Returns the lecture as it is now, validated (throwing a `problems` list when it is not). */
  loadLecture: (load: LoadModule) => Promise<Lecture>;
  /** The lecture's sources (folders or files): a change here renders the deck again. */
  watchPaths: string[];
  /** Paths under `watchPaths` that are not the lecture (its tests). */
  ignored?: (path: string) => boolean;
  /** How long the sources must be quiet before a save is taken (the watcher's debounce). */
  debounceMs?: number;
  host?: string;
  port?: number;
  /**
   * A save rendered: the page has been sent it (the default set follows it in the background). `sent` says
   * what the page got and how long the save took from the watcher's call to the message.
   */
  onLecture?: (lecture: Lecture, saved: string, sent: string) => void;
  /** A save broke the lecture: the page shows `report`; the terminal may say it too. */
  onProblems?: (report: ProblemReport) => void;
  /** Run the build's fit check on the slides each save changed, in a Chromium kept open (started on the first save). */
  fitCheck?: boolean;
}

export interface DevServer {
  url: string;
  vite: ViteDevServer;
  /** What the build's own checks say of the lecture as it is (null: nothing), shown on the page until cleared. */
  showCheckProblems(report: ProblemReport | null): void;
  close(): Promise<void>;
}

function isEmptyFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && stats.size === 0;
  } catch {
    return false; // removed: a save to render (and to report, if the lecture needed it)
  }
}

/** The saved file as the lecturer knows it: from the watched folder it is in (`data/comparison.ts`). */
function savedName(watched: readonly string[], path: string | undefined): string {
  if (path === undefined) return 'the lecture';
  const folder = watched.map((p) => resolve(p)).find((p) => path.startsWith(`${p}${sep}`));
  return folder ? relative(folder, path) : path;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  let vite: ViteDevServer | undefined;
  const load: LoadModule = (file) => {
    if (!vite) throw new Error(`${file}: the dev server is not running`);
    return vite.ssrLoadModule(file);
  };
  /** The page of the last lecture that rendered: what the browser shows beneath any problems. */
  let shown: DeckPage | undefined;
  /** What the last save got wrong (it left `shown` as it was), and what the build's checks say. */
  let saveProblems: ProblemReport | null = null;
  let checkProblems: ProblemReport | null = null;
  /** What the fit check on save found, by slide id: kept for slides a later save did not change. */
  const unfit = new Map<string, string>();
  const fitReport = (): ProblemReport | null =>
    unfit.size === 0
      ? null
      : {
          reason: `the build's checks: ${unfit.size} slide(s) do not fit`,
          problems: [...unfit.values()],
          shown: 'The slides below are this save’s; the build would refuse them.',
        };
  // The default set's own checks, once it is built, say more (and where dist/ stands): they come first.
  const report = () => saveProblems ?? checkProblems ?? fitReport();

  const send = (event: 'vmvc:slides' | 'vmvc:problems', data: SlidesMessage | ProblemsMessage) =>
    vite?.ws.send({ type: 'custom', event, data });
  const sendProblems = () => {
    const now = report();
    send('vmvc:problems', { overlay: now ? problemsOverlay(now) : null });
  };

  /** Renders the lecture as it is; a failure is the save's problems, the page keeping the last good slides. */
  const render = async (reason: string): Promise<{ lecture: Lecture; page: DeckPage } | null> => {
    try {
      const lecture = await options.loadLecture(load);
      return { lecture, page: await deckPage(lecture) };
    } catch (error) {
      saveProblems = problemReport(reason, error);
      return null;
    }
  };

  const saved = async (paths: string[]) => {
    // An editor that writes in place truncates first: an empty file is a save under way, and the write's own
    // event follows within milliseconds (the 5 ms debounce can fall between the two).
    if (paths.some(isEmptyFile)) return;
    const started = performance.now();
    if (vite) forgetSaved(vite, paths);
    const name = savedName(options.watchPaths, paths[0]);
    const made = await render(`saved ${name}`);
    if (!made) {
      sendProblems();
      if (saveProblems) options.onProblems?.(saveProblems);
      return;
    }
    const before = shown;
    const hadProblems = saveProblems !== null;
    shown = made.page;
    saveProblems = null;
    const patch = before ? slidePatch(before, made.page) : ({ kind: 'reload', why: 'first page' } as const);
    if (patch.kind === 'reload') vite?.ws.send({ type: 'full-reload', path: '*' });
    else {
      if (patch.kind === 'patch') {
        const { kind: _, ...message } = patch;
        send('vmvc:slides', message);
      }
      if (hadProblems) sendProblems();
    }
    const took = `${Math.round(performance.now() - started)} ms`;
    options.onLecture?.(
      made.lecture,
      name,
      patch.kind === 'reload'
        ? `the page reloaded (${patch.why}), ${took}`
        : patch.kind === 'patch'
          ? `${patch.slides.length} slide(s) patched in the page in ${took}`
          : 'nothing the page shows changed',
    );
    if (fitCheck && patch.kind !== 'same') {
      const changed = patch.kind === 'patch' ? new Set(patch.slides.map((slide) => slide.id)) : undefined;
      checkFitOnSave(made.lecture, made.page, changed);
    }
  };

  /** Checks the changed slides (all of them after a reload) in the background; the newest save's check wins. */
  let saves = 0;
  const checkFitOnSave = (lecture: Lecture, page: DeckPage, changed: Set<string> | undefined) => {
    saves += 1;
    const save = saves;
    const order = deckSlides(page.slides).map((slide) => slide.id);
    const indices = order.flatMap((id, index) => (changed === undefined || changed.has(id) ? [index] : []));
    void fitCheck
      ?.check(slideSequence(lecture), indices, contentStamp(lecture).text)
      .then((problems) => {
        if (save !== saves) return;
        const before = JSON.stringify([...unfit]);
        if (changed === undefined) unfit.clear();
        for (const index of indices) unfit.delete(order[index] ?? '');
        for (const problem of problems) unfit.set(problem.slide.id, formatFitProblems([problem]));
        if (JSON.stringify([...unfit]) !== before) sendProblems();
      })
      .catch(() => undefined); // a newer save moved the page on before this one was measured
  };

  let watcher: FileWatcher | undefined;
  let fitCheck: SaveFitCheck | undefined;
  // Vite logs a lecture module that fails to run with its stack; the save's problems say it once, plainly.
  const logger = createLogger('warn');
  const logError = logger.error;
  logger.error = (message, options) => {
    if (!message.includes('Error when evaluating SSR module')) logError(message, options);
  };
  vite = await createServer({
    configFile: false,
    root: deckRoot,
    customLogger: logger,
    clearScreen: false,
    plugins: [
      deckPagePlugin(async () => {
        if (!shown) {
          const made = await render('the lecture');
          if (!made) throw new Error(report()?.problems.join('\n'));
          shown = made.page;
          saveProblems = null;
        }
        // The style named, so that a patch can replace it when a save brings new characters for the fonts.
        const head = shown.head.replace('<style>', '<style id="vmvc-deck-style">');
        const now = report();
        return { ...shown, head, slides: now ? `${problemsOverlay(now)}\n${shown.slides}` : shown.slides };
      }),
      {
        name: 'vmvc-deck-patch-on-save',
        async configureServer() {
          watcher = await watchFiles(options.watchPaths, (changes) => saved(changes.map((c) => c.path)), {
            debounceMs: options.debounceMs ?? 5,
            ignored: options.ignored,
          });
        },
      },
    ],
    server: {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 5173,
      strictPort: true,
      fs: deckFilesOnly(deckRoot),
    },
    // Bundled up front, so the first page load is not interrupted by Vite discovering them; without rolldown's
    // PLUGIN_TIMINGS notice, which says nothing a lecturer can act on.
    optimizeDeps: {
      include: ['reveal.js', 'reveal.js/plugin/notes'],
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
  // Rendered before the first request, which would otherwise wait for the module runner's cold start.
  const first = await render('the lecture');
  if (first) shown = first.page;
  else if (saveProblems) options.onProblems?.(saveProblems);
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://${options.host ?? '127.0.0.1'}:${options.port ?? 5173}/`;
  fitCheck = options.fitCheck ? fitCheckOnSave(url) : undefined;
  return {
    url,
    vite,
    showCheckProblems(next) {
      const changed = JSON.stringify(next) !== JSON.stringify(checkProblems);
      checkProblems = next;
      if (changed) sendProblems();
    },
    async close() {
      await watcher?.close();
      await fitCheck?.close();
      await vite?.close();
    },
  };
}
