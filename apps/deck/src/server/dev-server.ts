// The dev server (`npm run dev`): Vite serving the deck with hot CSS, and the slides rendered afresh from
// the lecture on every page load. When a watched path changes (the content package's build output), the
// browser reloads the whole page. There is no CSP here: Vite's client needs its own inline script and socket.
import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Lecture } from '@vmvc/content';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { deckRoot } from '../build/build-deck.ts';
import { type DeckPage, deckPage } from '../build/deck-page.ts';
import { deckPagePlugin } from '../build/deck-page-plugin.ts';
import { problemsOverlay, readProblemReport } from './problems-overlay.ts';

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
}

export interface DevServer {
  url: string;
  vite: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Reloads the page when a watched path changes, once per burst of writes. `prepare` runs first, so the page
 * the browser asks for on reload is already made when the request arrives.
 */
function reloadOn(
  paths: string[],
  problemsFile: string | undefined,
  prepare: (path: string) => Promise<void>,
): Plugin {
  const watchers: FSWatcher[] = [];
  return {
    name: 'vmvc-deck-reload-on-content',
    configureServer(server) {
      // One timer for both kinds of change, and a burst that touched the content re-renders even when the
      // problems file changed last: a good save after a broken one replaces dist/ and then removes the
      // problems file within a few milliseconds, and a shared timer that only reloaded served the old page.
      let timer: NodeJS.Timeout | undefined;
      let changedContent: string | undefined;
      const schedule = () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const path = changedContent;
          changedContent = undefined;
          if (path !== undefined) await prepare(path);
          server.ws.send({ type: 'full-reload', path: '*' });
        }, 40);
      };
      if (problemsFile) {
        // The folder may not exist before the content's first broken save.
        mkdirSync(dirname(problemsFile), { recursive: true });
        const watcher = watch(dirname(problemsFile), (_event, name) => {
          if (name === basename(problemsFile)) schedule();
        });
        watchers.push(watcher);
      }
      for (const path of paths) {
        const watcher = watch(path, { recursive: false }, (_event, name) => {
          // A dot-folder is the content build's writer staging the next build: reload once it has landed.
          if (name?.startsWith('.')) return;
          changedContent = name ? `${path}/${name}` : path;
          schedule();
        });
        watchers.push(watcher);
      }
      server.httpServer?.once('close', () => {
        clearTimeout(timer);
        for (const w of watchers) w.close();
      });
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
  const vite = await createServer({
    configFile: false,
    root: deckRoot,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [
      deckPagePlugin(async () => {
        const made = await (page ?? render());
        const report = options.problemsFile ? await readProblemReport(options.problemsFile) : null;
        return report ? { ...made, slides: `${problemsOverlay(report)}\n${made.slides}` } : made;
      }),
      reloadOn(options.watchPaths, options.problemsFile, async (path) => {
        options.onChange?.(path);
        await render().catch(() => undefined); // the request after the reload reports the error
      }),
    ],
    server: { host: options.host ?? '127.0.0.1', port: options.port ?? 5173, strictPort: true },
    // Bundled up front, so the first page load is not interrupted by Vite discovering them.
    optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/notes'] },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://${options.host ?? '127.0.0.1'}:${options.port ?? 5173}/`;
  return { url, vite, close: () => vite.close() };
}
