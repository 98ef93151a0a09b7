// The one way `npm run dev` reads the lecture: its own TypeScript (packages/content/src), loaded through Vite's
// module runner, so that a save runs again only the module it changed and those that import it (no bundle per
// save), then validated by the rules the content's build applies. The deck's dev server loads it through the
// Vite server it serves the deck with; the handouts' live renderer, which serves nothing, through one of its own.
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lecture } from '@vmvc/content';
import { formatProblem, validateLecture } from '@vmvc/schema';
import { createLogger, createServer, type ViteDevServer } from 'vite';

/** Imports a module of the lecture's sources as it is on disk now (a fresh instance after it changed). */
export type LoadModule = (file: string) => Promise<Record<string, unknown>>;

const contentEntry = fileURLToPath(import.meta.resolve('@vmvc/content'));
/** The lecture's own TypeScript, beside the content package's build: what the lecturer saves. */
export const lectureSourceDir = join(dirname(contentEntry), '..', 'src');
/** The module that exports `lecture`, the whole lecture. */
export const lectureModule = join(lectureSourceDir, 'data', 'lecture.ts');

/** Whether a path under the sources is one of the lecture's tests, not the lecture: no save to follow. */
export const isLectureTest = (path: string): boolean =>
  path.endsWith('.test.ts') || path.includes(`${sep}test-support${sep}`);

/**
 * The lecture as its sources say now, validated; its problems thrown as `path: message` lines (the error's
 * `problems`), the message naming the module. A module that does not run throws what it threw.
 */
export async function loadLecture(load: LoadModule, module: string = lectureModule): Promise<Lecture> {
  const loaded = await load(module);
  const result = validateLecture(loaded.lecture);
  if (!result.ok) {
    const problems = result.problems.map(formatProblem);
    throw Object.assign(
      new Error(`${module}: the lecture has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`),
      { problems },
    );
  }
  return result.lecture;
}

/** Makes the next load run the saved files again, and every module that imports them. */
export function forgetSaved(vite: ViteDevServer, paths: readonly string[]): void {
  const graph = vite.environments.ssr.moduleGraph;
  for (const path of paths) {
    for (const module of graph.getModulesByFile(resolve(path)) ?? []) graph.invalidateModule(module);
  }
}

export interface LectureLoader {
  /** The lecture after a save of `saved` (none: as it is), validated; throws as `loadLecture` does. */
  load(saved?: readonly string[]): Promise<Lecture>;
  close(): Promise<void>;
}

/**
 * A Vite server that serves nothing (no port, no websocket, no watcher of its own: the caller watches, with
 * the kit's one watcher, and says what was saved), only there to load the lecture's modules.
 */
export async function startLectureLoader(module: string = lectureModule): Promise<LectureLoader> {
  // A lecture module that fails to run is the caller's to report, once and plainly, not Vite's with a stack.
  const logger = createLogger('warn');
  const logError = logger.error;
  logger.error = (message, options) => {
    if (!message.includes('Error when evaluating SSR module')) logError(message, options);
  };
  const vite = await createServer({
    configFile: false,
    root: dirname(module),
    customLogger: logger,
    clearScreen: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const load: LoadModule = (file) => vite.ssrLoadModule(file);
  return {
    load(saved = []) {
      forgetSaved(vite, saved);
      return loadLecture(load, module);
    },
    close: () => vite.close(),
  };
}
