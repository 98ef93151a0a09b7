// The handouts' dev command as its tests run it: build/dev.mjs in a child process, its stdout and stderr
// collected line by line as they arrive, and a wait for the line a test expects next.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface DevProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  out: string[];
  err: string[];
  /** The exit code, once it has ended. */
  exited: Promise<number | null>;
  /** Resolves once a line matching `pattern` arrives at or after line `from` of `lines` (out or err). */
  waitForLine(lines: string[], pattern: RegExp, from?: number, ms?: number): Promise<string>;
}

function collect(stream: Readable, lines: string[]): void {
  let rest = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  });
}

/** Starts `node build/dev.mjs ...args` in the app folder `app`, as `npm run dev` does. */
export function startDevProcess(app: string, args: string[]): DevProcess {
  const child = spawn(process.execPath, [join(app, 'build/dev.mjs'), ...args], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, INIT_CWD: app },
  });
  const out: string[] = [];
  const err: string[] = [];
  collect(child.stdout, out);
  collect(child.stderr, err);
  return {
    child,
    out,
    err,
    exited: new Promise((resolve) => child.on('exit', resolve)),
    waitForLine(lines, pattern, from = 0, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const hit = lines.slice(from).find((line) => pattern.test(line));
          if (hit) return resolve(hit);
          if (Date.now() - started > ms)
            return reject(
              new Error(`no line matching ${pattern} in ${ms} ms:\n${[...out, ...err].join('\n')}`),
            );
          setTimeout(look, 25);
        };
        look();
      });
    },
  };
}

/** The line the command prints when the three PDFs of a render are on disk. */
export const pdfsWritten = /^handouts dev: 3 PDFs written in \d+\.\d\d s \((.+)\)$/;
