// Where the live renderer reads the lecture from, and what it watches for a save: the lecture's own TypeScript
// (`npm run dev`: packages/content/src, through the kit's one lecture loader, so a save is read without waiting
// for the content's bundle), or a lecture as JSON (`--data`: a file that may be anything, read and validated).
import { open, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { displayPath } from '@vmvc/command';
import type { Lecture } from '@vmvc/content';
import { isLectureTest, lectureModule, startLectureLoader } from '@vmvc/lecture-loader';
import { formatProblem, validateLecture } from '@vmvc/schema';

/** A lecture read, or why not: `problem` a line naming the file, `details` the `path: message` lines. */
type LectureRead =
  | { ok: true; lecture: Lecture }
  | { ok: false; problem: string; details: string[] }
  /** A save under way (an editor that truncates first): its own event follows. */
  | { ok: 'later' };

export interface LectureInput {
  /** What the renderer says it watches: the JSON file, or the folder of the lecture's sources. */
  name: string;
  /** The files or folders to watch, and the paths under them that are not the lecture. */
  watch: string[];
  ignored?: (path: string) => boolean;
  /** How long a burst of saves must be quiet before it is read (the watcher's debounce). */
  debounceMs: number;
  /** The lecture after the saves of `saved` (all of them since the last read). */
  read(saved: readonly string[]): Promise<LectureRead>;
  close(): Promise<void>;
}

const problemsOf = (what: string, lecture: unknown): LectureRead => {
  const result = validateLecture(lecture);
  if (result.ok) return { ok: true, lecture: result.lecture };
  return {
    ok: false,
    problem: `${what}: the lecture has ${result.problems.length} problem(s)`,
    details: result.problems.map(formatProblem),
  };
};

/** A lecture as JSON: the content package's data.json or a test's copy, replaced whole by its writer. */
export function lectureJson(file: string, cwd: string): LectureInput {
  const name = displayPath(cwd, file);
  return {
    name,
    watch: [file],
    // The writer renames a whole new file into place: one event a save, heard through the folder.
    debounceMs: 20,
    async read() {
      let text: string;
      try {
        const handle = await open(file);
        try {
          text = await handle.readFile('utf8');
        } finally {
          await handle.close();
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const problem =
          code === 'ENOENT'
            ? `${name} does not exist (yet); waiting for it`
            : `${name}: ${(error as Error).message}`;
        return { ok: false, problem, details: [] };
      }
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        return { ok: false, problem: `${name}: not JSON (${(error as Error).message})`, details: [] };
      }
      return problemsOf(name, input);
    },
    close: async () => {},
  };
}

async function isEmptyFile(path: string): Promise<boolean> {
  try {
    const stats = await stat(path);
    return stats.isFile() && stats.size === 0;
  } catch {
    return false; // removed: a save to read (and to report, if the lecture needed it)
  }
}

/** The lecture's TypeScript: `module` exports `lecture`; every file in its folder's tree is watched. */
export async function lectureSources(cwd: string, module: string = lectureModule): Promise<LectureInput> {
  const loader = await startLectureLoader(module);
  // The folder of the sources: packages/content/src for the shipped lecture (its data/ beneath).
  const root = resolve(module, module === lectureModule ? '../..' : '..');
  const savedName = (path: string | undefined) =>
    path?.startsWith(`${root}${sep}`) ? relative(root, path) : 'the lecture';
  return {
    name: displayPath(cwd, root),
    watch: [root],
    ignored: isLectureTest,
    debounceMs: 5,
    async read(saved) {
      if ((await Promise.all(saved.map(isEmptyFile))).some(Boolean)) return { ok: 'later' };
      try {
        return { ok: true, lecture: await loader.load(saved) };
      } catch (error) {
        const { message, problems } = error as Error & { problems?: string[] };
        if (problems) {
          return {
            ok: false,
            problem: `${displayPath(cwd, module)}: the lecture has ${problems.length} problem(s)`,
            details: problems,
          };
        }
        // A module that does not run (a syntax error, a throw): the first line of what it said is enough.
        const lines = stripVTControlCharacters(message)
          .split('\n')
          .filter((line) => line.trim() !== '');
        // A bundler's heading ("Transform failed with 1 error:") says less than the line below it.
        const headed = lines[0]?.endsWith(':') && lines.length > 1;
        const first = headed ? `${lines[0]} ${lines[1]?.trim()}` : (lines[0] ?? 'the lecture does not load');
        return {
          ok: false,
          problem: `saved ${savedName(saved[0])}: ${first}`,
          details: lines.slice(headed ? 2 : 1, 8),
        };
      }
    },
    close: () => loader.close(),
  };
}
