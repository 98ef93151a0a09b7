// The dev server (`npm run dev`): Vite serving the deck with hot CSS, and the slides rendered afresh from
// the lecture on every page load. When a watched path changes (the content package's build output), the
// browser reloads the whole page. There is no CSP here: Vite's client needs its own inline script and socket.
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Lecture } from '@vmvc/content';
import { type FileWatcher, watchFiles } from '@vmvc/watch-files';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { deckRoot } from '../build/build-deck.ts';
import { type DeckPage, deckPage } from '../build/deck-page.ts';
import { deckPagePlugin } from '../build/deck-page-plugin.ts';
import { deckFilesOnly } from './deck-files-only.ts';
import { type ProblemReport, problemsOverlay, readProblemReport } from './problems-overlay.ts';

export interface DevServerOptions {
  /** Called on every page load: returns the lecture as it is now. */
  loadLecture: () => Promise<Lecture>;
  /** Files or folders whose change reloads the page. */
  watchPaths: string[];
  /** Where the content's dev build reports a broken save; shown over the page while it exists. */
  problemsFile?: string;
  host?: string;
  port?: number;
  /** Called after a change was seen, before the browser is told to reload. */
  onChange?: (path: string) => void;
  /** Problems the build's own checks found in the lecture as it is (a slide that does not fit), if any. */
  checkProblems?: () => ProblemReport | null;
}

export interface DevServer {
  url: string;
  vite: ViteDevServer;
  /** Tells the browser to load the page again (its slide and step kept), e.g. when the checks' verdict changed. */
  reloadBrowser(): void;
  close(): Promise<void>;
}

/**
 * Reloads the page when a watched path changes, once per burst of writes (the one watcher's debounce).
 * `prepare` runs first, so the page the browser asks for on reload is already made when the request arrives.
 */
function reloadOn(
  paths: string[],
  problemsFile: string | undefined,
  prepare: (path: string) => Promise<void>,
): Plugin & { watching: () => Promise<FileWatcher | undefined> } {
  let watcher: Promise<FileWatcher> | undefined;
  return {
    /** The watcher, once it has begun (the dev server is ready only then), to close with the server. */
    watching: async () => watcher,
    name: 'vmvc-deck-reload-on-content',
    configureServer(server) {
      // The folder may not exist before the content's first broken save.
      if (problemsFile) mkdirSync(dirname(problemsFile), { recursive: true });
      const problems = problemsFile === undefined ? undefined : resolve(problemsFile);
      // One call for both kinds of change, and a burst that touched the content re-renders even when the
      // problems file changed last: a good save after a broken one replaces dist/ and then removes the
      // problems file within a few milliseconds, and a reload alone would serve the old page.
      watcher = watchFiles(
        [...paths, ...(problems ? [problems] : [])],
        async (changes) => {
          const content = changes.find((change) => change.path !== problems);
          if (content) await prepare(content.path);
          server.ws.send({ type: 'full-reload', path: '*' });
        },
        {
          // A dot-folder is the content build's writer staging the next build: reload once it has landed.
          ignored: (path) =>
            paths.some((p) => path.startsWith(`${resolve(p)}/`)) && basename(path).startsWith('.'),
        },
      );
    },
  };
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  // The page of the current lecture, made once per change rather than once per request. A failed page
  // (the content mid-build, say) is not kept: the next request tries again.
  let page: Promise<DeckPage> | undefined;
  const render = () => {
    const made = options.loadLecture().then(deckPage);
    made.catch(() => {
      if (page === made) page = undefined;
    });
    page = made;
    return made;
  };
  const reload = reloadOn(options.watchPaths, options.problemsFile, async (path) => {
    options.onChange?.(path);
    await render().catch(() => undefined); // the request after the reload reports the error
  });
  const vite = await createServer({
    configFile: false,
    root: deckRoot,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [
      deckPagePlugin(async () => {
        const made = await (page ?? render());
        const report =
          (options.problemsFile ? await readProblemReport(options.problemsFile) : null) ??
          options.checkProblems?.() ??
          null;
        return report ? { ...made, slides: `${problemsOverlay(report)}\n${made.slides}` } : made;
      }),
      reload,
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
  await vite.listen();
  const watcher = await reload.watching();
  const url = vite.resolvedUrls?.local[0] ?? `http://${options.host ?? '127.0.0.1'}:${options.port ?? 5173}/`;
  return {
    url,
    vite,
    reloadBrowser: () => vite.ws.send({ type: 'full-reload', path: '*' }),
    async close() {
      await watcher?.close();
      await vite.close();
    },
  };
}
