// Loaded into the command the bench runs (`node --import`): on exit, records the process's peak resident
// memory in kilobytes and its CPU time in milliseconds (every thread included) as JSON in the file
// HANDOUTS_PEAK_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.HANDOUTS_PEAK_FILE;
  if (!file) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
});
