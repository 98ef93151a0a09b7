import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Lecture, lecture } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from './dev-server.ts';

/** Polls until `check` holds or `limitMs` passes; returns whether it held. */
async function eventually(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

describe('startDevServer', () => {
  let dir: string;
  let problemsFile: string;
  let server: DevServer;
  let current: Lecture = lecture;
  let failure: Error | undefined;
  const page = async () => (await fetch(server.url)).text();
  const titled = (title: string): Lecture => ({ ...lecture, meta: { ...lecture.meta, title } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-dev-'));
    await mkdir(join(dir, 'dist'));
    problemsFile = join(dir, '.dev', 'problems.json');
    server = await startDevServer({
      loadLecture: async () => {
        if (failure) throw failure;
        return current;
      },
      watchPaths: [join(dir, 'dist')],
      problemsFile,
      port: 0,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the problems over the last good slides, then the new slides once a good build lands', async () => {
    expect(await page()).toContain(lecture.meta.title);

    await writeFile(
      problemsFile,
      JSON.stringify({ reason: 'saved data/meta.ts: the lecture has problems', problems: ['meta.title: x'] }),
    );
    expect(await eventually(async () => (await page()).includes('vmvc-dev-problems'), 5000)).toBe(true);

    // A good save: the content's dev build puts dist/ in place and removes the problems file a moment
    // later, inside one burst. The page must be the new lecture, not the last one with the overlay gone.
    current = titled('A lecture saved again');
    await writeFile(join(dir, 'dist', 'index.mjs'), '// rebuilt');
    await rm(problemsFile);
    expect(
      await eventually(async () => {
        const html = await page();
        return html.includes('A lecture saved again') && !html.includes('vmvc-dev-problems');
      }, 5000),
    ).toBe(true);
  });

  it('shows a lecture that fails to load as plain text, without colour codes', async () => {
    failure = new Error(
      'lecture.json: \u001b[31mcannot load the lecture\u001b[39m: \u001b[1mUnexpected token\u001b[22m',
    );
    await writeFile(join(dir, 'dist', 'index.mjs'), '// mid-build');
    let html = '';
    expect(
      await eventually(async () => {
        html = await page();
        return html.includes('cannot load the lecture');
      }, 5000),
    ).toBe(true);
    expect(html).toContain('lecture.json: cannot load the lecture: Unexpected token');
    expect(html).not.toContain('\u001b');
    expect(html).not.toContain('\\u001b');
    failure = undefined;
  });
});
