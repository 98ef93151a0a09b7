// The deck's commands as a person runs them: `npm run build` and `npm start` (serve.ts), built into build/.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckRoot } from '../src/build/build-deck.ts';
import { builtDeck } from './support.ts';

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
