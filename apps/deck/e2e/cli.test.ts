// The deck's commands as a person runs them: `npm run build` and `npm start` (serve.ts), built into build/.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from '@vmvc/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckRoot } from '../src/build/build-deck.ts';
import { builtDeck } from './support.ts';

/** The command lines of the browsers `parent` started: its children that run with --headless, by pid. */
function headlessChildren(parent: number): Map<number, string> {
  const found = new Map<number, string>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent's pid is the 4th field, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== parent) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes('--headless')) found.set(Number(entry), cmdline);
    } catch {
      // gone while being read
    }
  }
  return found;
}

/** A built command, as the package.json scripts run it (`npm run build` builds them first). */
function run(command: 'build' | 'serve', args: string[] = [], env: Record<string, string> = {}) {
  const file = join(deckRoot, 'build', `${command}.mjs`);
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist: run \`npm run build\` in apps/deck first (root \`npm test\` does).`,
    );
  }
  return spawn(process.execPath, [file, ...args], { cwd: deckRoot, env: { ...process.env, ...env } });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run build (src/cli/build.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds the deck, its slides PDF and its PowerPoint, and says where each is, how big and from which content', async () => {
    const { code, stdout } = await finished(run('build', ['--out', join(dir, 'out')]));
    expect(code).toBe(0);
    const stamp = 'content v\\d+\\.\\d+\\.\\d+ · [0-9a-f]{8}';
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^deck: .*index\\.html · \\d+ slides · \\d+ KB · ${stamp} · [\\d.]+ s$`),
      ),
      expect.stringMatching(new RegExp(`^slides pdf: .*slides\\.pdf · \\d+ KB · ${stamp} · [\\d.]+ s$`)),
      expect.stringMatching(new RegExp(`^pptx: .*lecture\\.pptx · \\d+ KB · ${stamp} · [\\d.]+ s$`)),
    ]);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['index.html', 'lecture.pptx', 'slides.pdf']);
  });

  it('exits 2 with a message naming the file in the way of the folder it cannot write', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    const { code, stderr } = await finished(run('build', ['--out', join(dir, 'not-a-folder', 'dist')]));
    // An output it may not write: the README's 2, not a failed render's 1.
    expect(code).toBe(2);
    expect(stderr).toContain('deck build failed:');
    expect(stderr).toContain(`${join(dir, 'not-a-folder')} is not a folder`);
  });

  it('stops on Ctrl-C while Chromium checks the deck: exit 130, no Chromium left running, no profile left', async () => {
    // A Chromium by a path no build has used: no kept verdict or print applies, so the build starts one.
    const chromium = join(dir, 'chromium-never-seen');
    await symlink(await chromiumExecutable(), chromium);
    const child = run('build', ['--out', join(dir, 'stopped')], { CHROME_PATH: chromium });
    const done = finished(child);
    let browsers = new Map<number, string>();
    for (let waited = 0; browsers.size === 0 && waited < 120_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      browsers = headlessChildren(child.pid ?? 0);
    }
    expect(browsers.size).toBe(1);
    const profile = /--user-data-dir=(\S+)/.exec([...browsers.values()][0] ?? '')?.[1] ?? '';
    expect(existsSync(profile)).toBe(true);
    child.kill('SIGINT');
    const { code } = await done;
    expect(code).toBe(130);
    expect([...browsers.keys()].filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(join(dir, 'stopped', 'index.html'))).toBe(false);
  }, 180_000);

  it('rejects an unknown option with the usage', async () => {
    const { code, stderr } = await finished(run('build', ['--outdir', 'x']));
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run build');
  });
});

describe('npm start (src/cli/serve.ts)', () => {
  it('serves the deck and prints its URL and the path of the self-contained file', async () => {
    const file = builtDeck();
    const child = run('serve', [], { PORT: '0' });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const match = /presenting at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match && out.includes('self-contained file')) resolve(match[1]!);
        });
        child.on('close', (code) => reject(new Error(`serve.ts exited with ${code}: ${out}`)));
      });
      expect(out).toContain(`self-contained file ${file}`);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div class="reveal">');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
