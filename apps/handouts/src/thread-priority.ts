// Lowers the scheduling priority of the calling thread, so that a spare render thread of `npm run dev` yields
// the CPU to the deck and the browser the lecturer is looking at. Linux only: there `nice` is per thread and
// /proc/thread-self names the thread; elsewhere it does nothing.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Applies `niceness` (1 to 19, higher yields more) to this thread; whether it could. */
export function lowerThreadPriority(niceness: number): boolean {
  if (niceness <= 0) return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, niceness));
    return true;
  } catch {
    return false;
  }
}
