// The root scripts' way to run turbo for a lecturer: `node scripts/run-tasks.mjs <task> [turbo args...]`.
// What the tasks print comes through; turbo's and npm's own chrome does not: no banner, no task summary, no
// "npm error Lifecycle script" or " ERROR run failed" lines after a task's own message, and no replay of a
// cached task's old output (its timings would read as new). A failed run ends with the task's own problem
// lines and the exit code of the task that failed (turbo's own is 1 for any). `npx turbo run <task>` shows everything.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

// Persistent tasks (`dev`, `start`) print as they go, interleaved: each of the kit's commands names itself at
// the start of its lines (`deck dev: …`). Others print task by task, each task's lines together.
const persistent = process.argv.slice(2).some((task) => task === 'dev' || task === 'start');
const quiet = [
  '--output-logs=new-only',
  '--log-prefix=none',
  `--log-order=${persistent ? 'stream' : 'grouped'}`,
];
// turbo's own flags go before a `--`: what follows it is the task's (`npm run handouts -- --variant summary`).
const args = process.argv.slice(2);
const end = args.includes('--') ? args.indexOf('--') : args.length;
const child = spawn('turbo', ['run', ...args.slice(0, end), ...quiet, ...args.slice(end)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // npm_config_loglevel reaches the tasks' own `npm run` (turbo.json passes it through): no banner, no
  // "npm error" lines. VMVC_CWD keeps where the person ran the command (npm gives each task's `npm run` its
  // package's folder as INIT_CWD), so the commands show paths from there: apps/deck/dist/index.html.
  env: {
    ...process.env,
    TURBO_TELEMETRY_DISABLED: '1',
    npm_config_loglevel: 'silent',
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: read here, before turbo runs: no task's input.
    VMVC_CWD: process.env.INIT_CWD ?? process.cwd(),
  },
});

/** turbo's lines about the run itself, as turbo 2 words them. */
const chrome = [
  /^\s*• /, // banner: version, packages in scope, remote caching
  /^\s*(Tasks|Cached|Time|Failed):\s/, // summary
  /^cache (hit|miss|bypass)/, // a task's cache status, with --log-prefix=none
  /^\S+#\S+: {2}ERROR {2}command/, // "@vmvc/content#build:  ERROR  command … exited (1)"
  /^\s*ERROR {2}run failed/,
  />>> FULL TURBO/,
  /Shutting down Turborepo tasks/, // Ctrl-C
];

/**
 * The exit code of the first task that failed, from turbo's line about it: turbo itself exits 1 for any
 * failed task, and a refused output is 2 (README, "Exit codes").
 */
let taskExitCode;
const taskFailed = /^\S+#\S+: {2}ERROR {2}command .* exited \((\d+)\)/;

function relay(input, output) {
  if (!input) return;
  // Blank lines (left where the chrome was) print as one, and only between lines: the last line is the
  // task's own.
  let printed = false;
  let blank = false;
  createInterface({ input }).on('line', (line) => {
    const failed = taskFailed.exec(line);
    if (failed && taskExitCode === undefined) taskExitCode = Number(failed[1]);
    // Every task a cache hit: nothing new to show, but say so rather than print nothing.
    if (/>>> FULL TURBO/.test(line)) line = 'nothing changed since the last run: every output is current';
    else if (chrome.some((pattern) => pattern.test(line))) return;
    if (line.trim() === '') {
      blank = printed;
      return;
    }
    output.write(`${blank ? '\n' : ''}${line}\n`);
    printed = true;
    blank = false;
  });
}
relay(child.stdout, process.stdout);
relay(child.stderr, process.stderr);

// Ctrl-C in a terminal reaches turbo itself (one process group), which stops its tasks: passing it on as well
// would be a second Ctrl-C, which turbo takes as "stop forcefully". A SIGTERM sent to this process alone is
// passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  process.stderr.write(`turbo: ${error.message}\n`);
  process.exitCode = 2;
});
let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
});
child.on('close', (code, signal) => {
  // Stopped with Ctrl-C: the tasks ended as asked, and the exit code says so, as the kit's commands do.
  process.exitCode =
    interrupted || signal === 'SIGINT' ? 130 : code === 1 ? (taskExitCode ?? 1) : (code ?? 1);
});
