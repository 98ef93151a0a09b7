// processTreeMemory finds a process's children and grandchildren and what each holds in memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { processTreeMemory } from './process-tree-memory.ts';

let parent: ChildProcess | undefined;
afterEach(() => {
  // Its own process group: the sleeping grandchild ends with it.
  if (parent?.pid) process.kill(-parent.pid, 'SIGKILL');
});

describe('processTreeMemory', () => {
  it('finds a node process holding 64 MiB, the shell and sleep it started, and nothing else', async () => {
    // node → sh → sleep: a grandchild, found through its parent's pid.
    const script = `
      const held = Buffer.alloc(64 * 1024 * 1024, 1);
      const sh = require('node:child_process').spawn('sh', ['-c', 'sleep 60; :'], { stdio: 'ignore' });
      setTimeout(() => console.log(sh.pid, held.length), 300);`;
    parent = spawn(process.execPath, ['-e', script], {
      detached: true,
      cwd: tmpdir(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(parent.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    const shPid = Number(line.toString().split(' ')[0]);

    const tree = processTreeMemory(parent.pid as number);
    const byPid = new Map(tree.map((p) => [p.pid, p]));
    expect(byPid.get(parent.pid as number)?.rssKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(byPid.get(shPid)?.name).toBe('sh');
    expect(tree.map((p) => p.name).sort()).toEqual(['node', 'sh', 'sleep']);
    expect(byPid.has(process.pid)).toBe(false);
    for (const p of tree) {
      expect(p.rssKiB).toBeGreaterThan(0);
      // The shared pages of the three (the C library, node's own) split among them.
      expect(p.pssKiB).toBeGreaterThan(0);
      expect(p.pssKiB).toBeLessThanOrEqual(p.rssKiB);
      expect(p.cwd).toBe(realpathSync(tmpdir()));
    }
  });

  it('names the /proc file when the root process is not running', () => {
    // A pid no process has: beyond the kernel's largest.
    expect(() => processTreeMemory(2 ** 22 + 1)).toThrow(
      `/proc/${2 ** 22 + 1}/stat: no such process (expected the running root of a process tree)`,
    );
  });
});
