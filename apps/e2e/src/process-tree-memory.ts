// The resident memory of a process and of every process below it, read from Linux's /proc: what `npm run dev`
// holds with the servers, renderers and browsers it started, as `top` would add it up.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  /** The kernel's name of the process (`comm`: node, npm run dev, chromium, sh...). */
  name: string;
  /** Resident set size (VmRSS) in KiB; pages shared with other processes count in each of them. */
  rssKiB: number;
  /** Proportional set size (Pss of smaps_rollup) in KiB: a page shared by n processes counts 1/n in each. */
  pssKiB: number;
  /** The process's working folder (whose server or renderer it is); '' when the kernel would not say. */
  cwd: string;
}

interface ProcessEntry {
  ppid: number;
  name: string;
}

/**
 * Every process now running, by pid: its parent and name from /proc/<pid>/stat. The name sits in parentheses
 * and may itself hold spaces and parentheses, so the fields are read after the last `)`.
 */
function processTable(): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended since the folder was listed
    }
    const close = stat.lastIndexOf(')');
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    table.set(Number(entry), { ppid, name: stat.slice(stat.indexOf('(') + 1, close) });
  }
  return table;
}

/** A `Name:  123 kB` line of a /proc file in KiB; undefined when the process ended meanwhile (or is a zombie). */
function kibLine(file: string, name: string): number | undefined {
  try {
    const kib = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(file, 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib);
  } catch {
    return undefined;
  }
}

function workingFolder(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return '';
  }
}

/**
 * The process `rootPid` and all its descendants (children found by their parent's pid), each with its resident
 * memory. A process that ends while the tree is read is left out; the root itself must be running.
 */
export function processTreeMemory(rootPid: number): ProcessMemory[] {
  const table = processTable();
  if (!table.has(rootPid))
    throw new Error(`/proc/${rootPid}/stat: no such process (expected the running root of a process tree)`);
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: ProcessMemory[] = [];
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    queue.push(...(children.get(pid) ?? []));
    const rssKiB = kibLine(`/proc/${pid}/status`, 'VmRSS');
    if (rssKiB === undefined) continue;
    const pssKiB = kibLine(`/proc/${pid}/smaps_rollup`, 'Pss') ?? rssKiB;
    tree.push({ pid, name: table.get(pid)?.name ?? '?', rssKiB, pssKiB, cwd: workingFolder(pid) });
  }
  return tree;
}
