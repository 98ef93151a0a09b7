// A throwaway copy of the repository, as a fresh clone would have it plus the installed node_modules,
// for tests that edit content, add changesets or publish without touching the real checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The environment for commands run in a copy: turbo without telemetry or update checks. */
export const copyEnv: NodeJS.ProcessEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
};

export interface RepoCopy {
  /** The copy's root directory. */
  root: string;
  /** Removes the copy and everything made in it. */
  remove(): void;
}

/** Every directory named node_modules that npm made in the checkout (root and workspaces). */
function nodeModulesDirs(): string[] {
  const dirs = ['node_modules'];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(repoRoot, group))) {
      const dir = join(group, name, 'node_modules');
      if (existsSync(join(repoRoot, dir))) dirs.push(dir);
    }
  }
  return dirs;
}

/**
 * Copies the tracked and untracked-but-not-ignored files (what a commit of the working tree would hold),
 * hard-links node_modules (fast; the workspace links are relative, so they point into the copy), and makes
 * the copy a git repository with one commit, as changesets expects.
 */
export function copyRepo(prefix = 'vmvc-repo-'): RepoCopy {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  const root = join(parent, 'repo');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(root, file), { preserveTimestamps: true });
  }
  for (const dir of nodeModulesDirs()) {
    mkdirSync(dirname(join(root, dir)), { recursive: true });
    execFileSync('cp', ['-al', join(repoRoot, dir), join(root, dir)]);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('-c', 'user.name=vmvc e2e', '-c', 'user.email=e2e@vmvc.invalid', 'commit', '--quiet', '-m', 'copy');
  // Retried: a process that has just been stopped may still be closing files in the copy.
  return {
    root,
    remove: () => rmSync(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
  };
}

/**
 * Empties every cache of a copy: turbo's, and the kit's own under node_modules/.cache (the content's type
 * declarations, the deck's font subsets and fit-check verdicts). The copy's node_modules are hard links to
 * the checkout's: this removes the links, never the checkout's files.
 */
export function emptyCaches(root: string): void {
  for (const cache of [
    '.turbo',
    'node_modules/.cache',
    'packages/content/node_modules/.cache',
    'apps/deck/node_modules/.cache',
    'apps/handouts/node_modules/.cache',
  ])
    rmSync(join(root, cache), { recursive: true, force: true });
}
