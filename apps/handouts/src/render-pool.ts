// Render threads for `npm run dev`: each loads react-pdf and the fonts once and stays warm, so a change to the
// content is rendered without paying for either again, and the PDFs of one change render side by side.
// (The build renders in one thread: there, starting a second copy of react-pdf costs more than it saves.)
import { Worker } from 'node:worker_threads';
import type { Lecture } from '@vmvc/content';
import { RenderError, type RenderedJob } from './render-error.ts';
import type { RenderOptions } from './variants.ts';

export interface RenderRequest {
  id: number;
  lecture: Lecture;
  job: RenderOptions;
}

export type RenderResponse =
  | { id: number; ok: true; bytes: ArrayBuffer; pages: number; ms: number }
  | { id: number; ok: false; message: string };

export interface WorkerReady {
  ready: true;
}

interface Task {
  id: number;
  lecture: Lecture;
  job: RenderOptions;
  resolve: (rendered: RenderedJob) => void;
  reject: (error: Error) => void;
}

const workerFile = new URL('./render-worker.ts', import.meta.url);

/**
 * The dev process runs through tsx, but Node 20 gives a worker thread neither the module hooks tsx registered
 * in this one nor a working `--import tsx`: the thread registers tsx itself, then loads the TypeScript.
 */
function startWorker(niceness: number): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerFile.href)}); });`,
    { eval: true, workerData: { niceness } satisfies RenderWorkerData },
  );
}

export interface RenderWorkerData {
  /** How much the thread lowers its priority: 0 for the first thread, more for the spare ones. */
  niceness: number;
}

/**
 * The first thread renders at normal priority; the others yield the CPU when the deck or the browser want it
 * (on two cores a second full-priority thread slowed the browser's reload more than it sped up the PDFs).
 */
const spareThreadNiceness = 10;

class RenderThread {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  task: Task | null = null;
  alive = true;
  started = false;

  constructor(
    niceness: number,
    onIdle: (thread: RenderThread) => void,
    onExit: (thread: RenderThread, error: Error) => void,
  ) {
    // The thread inherits the process's environment: NODE_ENV=production for React and react-pdf.
    this.worker = startWorker(niceness);
    this.ready = new Promise((resolve, reject) => {
      const onReady = (message: WorkerReady | RenderResponse) => {
        if ('ready' in message) {
          this.worker.off('message', onReady);
          this.started = true;
          resolve();
        }
      };
      this.worker.on('message', onReady);
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`a render thread exited with code ${code}`)));
    });
    this.worker.on('message', (message: WorkerReady | RenderResponse) => {
      if ('ready' in message) return;
      const task = this.task;
      if (!task || task.id !== message.id) return;
      this.task = null;
      if (message.ok) {
        task.resolve({
          job: task.job,
          bytes: Buffer.from(message.bytes),
          pages: message.pages,
          ms: message.ms,
        });
      } else {
        task.reject(new RenderError(task.job, message.message));
      }
      onIdle(this);
    });
    const stop = (error: Error) => {
      if (!this.alive) return;
      this.alive = false;
      this.task?.reject(new RenderError(this.task.job, error.message));
      this.task = null;
      onExit(this, error);
    };
    this.worker.on('error', stop);
    this.worker.on('exit', (code) => stop(new Error(`the render thread stopped (exit code ${code})`)));
  }

  run(task: Task): void {
    this.task = task;
    const request: RenderRequest = { id: task.id, lecture: task.lecture, job: task.job };
    this.worker.postMessage(request);
  }
}

export class RenderPool {
  private threads: RenderThread[] = [];
  private queue: Task[] = [];
  /** Renders whose PDFs nobody waits for, run only while no thread has anything else to do. */
  private spare: Task[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(private readonly size: number) {}

  /** Starts `size` threads and waits until each has loaded react-pdf and the fonts. */
  static async start(size: number): Promise<RenderPool> {
    const pool = new RenderPool(Math.max(1, Math.floor(size)));
    for (let i = 0; i < pool.size; i += 1) pool.threads.push(pool.spawn());
    try {
      await Promise.all(pool.threads.map((t) => t.ready));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private spawn(): RenderThread {
    return new RenderThread(
      this.threads.length === 0 ? 0 : spareThreadNiceness,
      (thread) => this.dispatch(thread),
      (thread, error) => {
        this.threads = this.threads.filter((t) => t !== thread);
        if (this.closed) return;
        // One that never started (it cannot load react-pdf or the fonts) would fail again: `start` says so,
        // or, for a replacement, the renders waiting for it.
        if (!thread.started) {
          if (this.threads.length === 0) this.failQueued(`no render thread runs: ${error.message}`);
          return;
        }
        // A thread that died (out of memory, say) is replaced, so the next change renders again.
        process.stderr.write(`handouts dev: ${error.message}; starting a new render thread\n`);
        const fresh = this.spawn();
        this.threads.push(fresh);
        fresh.ready.then(
          () => this.dispatch(fresh),
          () => {},
        );
      },
    );
  }

  private failQueued(message: string): void {
    this.spare = [];
    for (const task of this.queue.splice(0)) task.reject(new RenderError(task.job, message));
  }

  private dispatch(thread: RenderThread): void {
    if (thread.task || !thread.alive) return;
    const task = this.queue.shift() ?? this.spare.shift();
    if (task) thread.run(task);
  }

  private enqueue(lecture: Lecture, job: RenderOptions): Promise<RenderedJob> {
    if (this.closed || this.threads.length === 0) {
      return Promise.reject(new RenderError(job, 'no render thread runs'));
    }
    // Real work goes first, and what is left of a warm-up is dropped: it would only delay it.
    this.spare = [];
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, lecture, job, resolve, reject });
      for (const thread of this.threads) this.dispatch(thread);
    });
  }

  /**
   * Renders the jobs `rounds` more times and throws the PDFs away, in the threads' idle time: V8 compiles the
   * hot code of a render only after a few runs, and the first edits of a session would pay for it.
   */
  warmUp(lecture: Lecture, jobs: readonly RenderOptions[], rounds: number): void {
    const ignore = () => {};
    for (let round = 0; round < rounds; round += 1) {
      for (const job of jobs) {
        this.spare.push({ id: this.nextId++, lecture, job, resolve: ignore, reject: ignore });
      }
    }
    for (const thread of this.threads) this.dispatch(thread);
  }

  /**
   * Renders every job, as many at a time as there are threads, in the order given (put the longest first);
   * resolves in the same order, or rejects with the `RenderError` of the first job that failed.
   */
  async render(lecture: Lecture, jobs: readonly RenderOptions[]): Promise<RenderedJob[]> {
    const settled = await Promise.allSettled(jobs.map((job) => this.enqueue(lecture, job)));
    const results: RenderedJob[] = [];
    for (const result of settled) {
      if (result.status === 'rejected') throw result.reason;
      results.push(result.value);
    }
    return results;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failQueued('the render threads were closed');
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.threads = [];
  }
}
