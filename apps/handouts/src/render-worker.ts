// A render thread of `npm run dev`: loads react-pdf and parses the fonts once, when the thread starts, then
// renders every job it is sent with them, warm. The bytes go back to the main thread, which writes them.
import { parentPort, workerData } from 'node:worker_threads';
import { loadFonts } from './fonts.ts';
import { renderPdf } from './render.ts';
import type { RenderRequest, RenderResponse, RenderWorkerData, WorkerReady } from './render-pool.ts';
import { lowerThreadPriority } from './thread-priority.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread of the dev process, not on its own');

lowerThreadPriority((workerData as RenderWorkerData | undefined)?.niceness ?? 0);
await loadFonts();

port.on('message', async ({ id, lecture, job }: RenderRequest) => {
  const started = performance.now();
  let response: RenderResponse;
  try {
    const pdf = await renderPdf(lecture, job);
    // A copy of exactly the PDF's bytes (a Buffer may be a view into a larger pool), moved, not cloned.
    const bytes = new Uint8Array(pdf.bytes).buffer;
    response = { id, ok: true, bytes, pages: pdf.pages, ms: performance.now() - started };
    port.postMessage(response, [bytes]);
  } catch (error) {
    response = { id, ok: false, message: (error as Error).message };
    port.postMessage(response);
  }
});

port.postMessage({ ready: true } satisfies WorkerReady);
