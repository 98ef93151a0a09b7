// The root `npm run dev` of a repository copy, started on a free port and stopped with everything it started:
// the content watcher, the deck's dev server and the handouts' live renderer.

import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Page } from '@vmvc/browser';
import { freePort } from '@vmvc/testkit';
import { copyEnv } from './repo-copy.ts';

export interface DevSession {
  /** Where the deck's dev server listens. */
  url: string;
  /** The process id of `npm run dev`, the root of every process the session started. */
  pid: number;
  /** The three A4 PDFs the handouts' live renderer rewrites. */
  pdfs: string[];
  /** Everything `npm run dev` printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Polls `check` every 20 ms until it holds; throws after `limitMs` with what it was waiting for. */
export async function until(
  check: () => boolean | Promise<boolean>,
  limitMs: number,
  what: string | (() => string),
): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!(await check())) {
    if (performance.now() > deadline) {
      throw new Error(
        `timed out after ${limitMs} ms waiting for ${typeof what === 'string' ? what : what()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The modification time of a file, 0 when it does not exist. */
export function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export async function startDev(root: string): Promise<DevSession> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let output = '';
  const child: ChildProcess = spawn('npm', ['run', 'dev'], {
    cwd: root,
    env: { ...copyEnv, PORT: String(port) },
    detached: true, // its own process group, so stop() ends turbo and every task it started
  });
  const collect = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const pdfs = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'].map((name) =>
    join(root, 'apps/handouts/dist', name),
  );
  /** Whether any process of the session's group still runs (npm may be gone while its tasks finish). */
  const groupAlive = () => {
    try {
      if (child.pid) process.kill(-child.pid, 0);
      return child.pid !== undefined;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (!child.pid || !groupAlive()) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    // Every process it started, not only npm: a renderer that is still finishing would write into a folder
    // the caller is about to remove.
    const deadline = Date.now() + 15_000;
    while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    await until(
      async () => {
        try {
          // The deck served, the PDFs current (written, or found as the build left them), and the content
          // watching its sources: a save now counts.
          return (
            (await fetch(url)).ok &&
            /handouts dev: (?:3 PDFs written|the PDFs in \S+ are current)/.test(output) &&
            /\[content [\d:]+\] start: valid/.test(output)
          );
        } catch {
          return false;
        }
      },
      180_000,
      () => `the deck on ${url} and the first PDFs; \`npm run dev\` printed:\n${output}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error(`\`npm run dev\` in ${root} has no process id`);
  return { url, pid: child.pid, pdfs, output: () => output, stop };
}

/** What a page tells of itself after a save: when the awaited text showed, and whether the page stayed. */
export interface SeenInPage {
  /** When the page first showed it, in ms since the epoch (the page's clock, performance.now aligned to it). */
  at: number;
  /** The marker set before the save is still there: the page was not reloaded. */
  samePage: boolean;
}

/**
 * Arms the open deck to note the moment the element `selector` first holds `text` (a MutationObserver, so the
 * moment is the DOM change, not the next poll), and marks the window; returns a wait for what it saw.
 */
export async function watchForText(
  page: Page,
  selector: string,
  text: string,
  limitMs = 15_000,
): Promise<() => Promise<SeenInPage>> {
  await page.evaluate(
    ([selector, text, limitMs]) => {
      const now = () => performance.timeOrigin + performance.now();
      const state = window as unknown as { vmvcSeen?: Promise<number>; vmvcMarker?: boolean };
      state.vmvcMarker = true;
      state.vmvcSeen = new Promise<number>((seen, fail) => {
        const holds = () => document.querySelector(selector)?.textContent?.includes(text) ?? false;
        const observer = new MutationObserver(() => {
          if (!holds()) return;
          observer.disconnect();
          seen(now());
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          fail(new Error(`${selector} did not show "${text}" within ${limitMs} ms`));
        }, limitMs);
      });
    },
    [selector, text, limitMs] as const,
  );
  return async () => {
    // A reload takes the awaited promise with the old page: the wait ends (or is found gone) without a time.
    const at = await page
      .evaluate(() => (window as unknown as { vmvcSeen?: Promise<number> }).vmvcSeen ?? Number.NaN)
      .catch((error: Error) => {
        if (/context was destroyed|navigation/i.test(error.message)) return Number.NaN;
        throw error;
      });
    const samePage = await page.evaluate(
      () => (window as unknown as { vmvcMarker?: boolean }).vmvcMarker === true,
    );
    return { at, samePage };
  };
}
