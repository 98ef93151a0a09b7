// Who made a staging folder, written into its name, and whether that process still runs: a folder of a
// writer that is alive (the dev server's background writer while a build runs) is never taken for stale.
// The name is made by mkdtemp in one step with the folder, so there is no moment when a folder exists
// without saying whose it is (a lock or owner file written after mkdtemp would leave such a moment).
import { readFileSync } from 'node:fs';

/** The prefix of every staging folder: `.vmvc-write-<boot>.<pid>.<start>-` + mkdtemp's 6 characters. */
export const stagePrefix = '.vmvc-write-';

const stageName = /^\.vmvc-write-([0-9a-f]{8}|x)\.([1-9][0-9]{0,9})\.(0|[1-9][0-9]{0,19})-[A-Za-z0-9]{6}$/;

export interface StageOwner {
  /** The first 8 hex digits of the kernel's boot id ("x" where there is none): a reboot ends every writer. */
  boot: string;
  pid: number;
  /** The process's start time in clock ticks since boot ("0" where unknown): a pid used again is another process. */
  start: string;
}

const readProc = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The start time of process `pid` from /proc (field 22, counted after the command name in parentheses). */
function processStart(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function bootId(): string {
  const id = readProc('/proc/sys/kernel/random/boot_id');
  return id === null ? 'x' : id.replace(/-/g, '').slice(0, 8);
}

let self: StageOwner | undefined;

/** This process as the owner of the folders it stages in. */
export function currentOwner(): StageOwner {
  self ??= { boot: bootId(), pid: process.pid, start: processStart(process.pid) ?? '0' };
  return self;
}

/** The mkdtemp prefix (a base name) for this process's staging folders. */
export function ownerPrefix(owner: StageOwner = currentOwner()): string {
  return `${stagePrefix}${owner.boot}.${owner.pid}.${owner.start}-`;
}

/** The owner a staging folder's base name states, or null if the name is not one this writer makes. */
export function stageOwner(name: string): StageOwner | null {
  const match = stageName.exec(name);
  if (!match) return null;
  return { boot: match[1] as string, pid: Number(match[2]), start: match[3] as string };
}

/**
 * Whether the process that made a staging folder may still be writing. When in doubt, yes: a folder taken for
 * live is only left for later, one taken for stale is deleted under its writer.
 */
export function ownerIsAlive(owner: StageOwner): boolean {
  const now = currentOwner();
  if (owner.boot !== 'x' && now.boot !== 'x' && owner.boot !== now.boot) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: a process of another user has that pid now, alive; our folder's writer ran as us, but be safe.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    return true;
  }
  if (owner.start === '0') return true;
  const start = processStart(owner.pid);
  return start === null || start === owner.start;
}
