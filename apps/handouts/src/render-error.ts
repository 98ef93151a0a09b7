// What a render gives back, and how it fails: shared by the command, which renders in its own thread, and
// the dev process, whose main thread never loads react-pdf.
import type { RenderOptions } from './variants.ts';

export interface RenderedJob {
  job: RenderOptions;
  bytes: Buffer;
  pages: number;
  /** Time the render took, in milliseconds. */
  ms: number;
}

/** A render that failed, with the job it failed on. */
export class RenderError extends Error {
  constructor(
    readonly job: RenderOptions,
    message: string,
  ) {
    super(message);
  }
}
