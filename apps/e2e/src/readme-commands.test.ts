// The README's own commands, run word for word in a copy of the repository as a fresh clone has it after
// `npm ci` (nothing built yet), with npm pointed at a closed port: each works, and none reaches a registry.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, type RepoCopy, repoRoot } from './repo-copy.ts';

const exec = promisify(execFile);

/** Whether a README command is an export (`npx vmvc export`, or the command's earlier name). */
const isExport = (command: string) => /^npx vmvc(?:-content)? export\b/.test(command);

/** The lines of the README's fenced code blocks that run our commands with npx or npm run handouts. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^(npx vmvc(?:-content)?|npm run handouts)\b/.test(line));
}

// Nothing listens on port 9 of loopback: a command that asks a registry fails instead of downloading.
const offline = { ...copyEnv, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true' };

let repo: RepoCopy;
beforeAll(() => {
  repo = copyRepo('vmvc-readme-');
}, 120_000);
afterAll(() => repo?.remove());

describe("the README's commands in a fresh copy", () => {
  const commands = readmeCommands();

  it('are found: the export and handout examples', () => {
    expect(commands.filter(isExport).length).toBeGreaterThanOrEqual(5);
    expect(commands.filter((c) => c.startsWith('npm run handouts')).length).toBeGreaterThanOrEqual(3);
  });

  it('start with nothing built: the copy has no packages/content/dist', () => {
    expect(existsSync(join(repo.root, 'packages/content/dist'))).toBe(false);
  });

  it('right after `npm ci`, `npm run handouts` builds the lecture it needs first and writes the PDFs', async () => {
    const { stdout } = await exec('npm', ['run', 'handouts'], {
      cwd: repo.root,
      env: offline,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toMatch(/apps\/handouts\/dist\/handout-a4\.pdf\s+\d+ pages/);
    expect(existsSync(join(repo.root, 'apps/handouts/dist/handout-a4.pdf'))).toBe(true);
  }, 600_000);

  // The command's earlier name, which the README used: it runs the same command.
  it('right after `npm ci`, `npx vmvc-content` builds the command it needs and runs it, offline', async () => {
    const { stdout, stderr } = await exec('npx', ['vmvc-content', 'export', '--format', 'gift'], {
      cwd: repo.root,
      env: offline,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stderr).toContain('building @vmvc/formats and @vmvc/content first');
    // The build's output goes to stderr: the export on stdout is the quiz alone.
    expect(stdout).toMatch(/^\/\/ VM vs Container by Junghyun Kim \(김정현\)/);
  });

  // Then as the README's quick start has it: everything built once, and each command in README order.
  it('builds everything with `npm run build`', async () => {
    await exec('npm', ['run', 'build'], { cwd: repo.root, env: offline, maxBuffer: 64 * 1024 * 1024 });
  }, 600_000);

  for (const command of commands) {
    it(`runs \`${command}\``, async () => {
      const { stdout, stderr } = await exec('sh', ['-c', command], {
        cwd: repo.root,
        env: offline,
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(`${stdout}\n${stderr}`).not.toMatch(/npm (error|ERR!)|404|ECONNREFUSED/);
      const out = /--out (\S+)/.exec(command)?.[1];
      if (isExport(command) && out) {
        expect(readFileSync(join(repo.root, out), 'utf8').length).toBeGreaterThan(100);
      } else if (isExport(command)) {
        expect(stdout.length).toBeGreaterThan(100);
      } else {
        expect(stdout).toMatch(/\.pdf\s+\d+ pages?\s+\d+\.\d KB/);
      }
    }, 300_000);
  }
});
