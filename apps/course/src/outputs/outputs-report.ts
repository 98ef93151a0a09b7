// The outputs list as a lecturer reads it at the end of `npm run build`, `npm start`, `npm run dev` and in
// `npm run outputs`: a line a file, its stamp, and STALE with the command that remakes it.
import type { Output } from './list-outputs.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The report's lines: a heading with the lecture's stamp, then one line a file. */
export function outputsReport(outputs: readonly Output[], stamp: string): string[] {
  const stale = outputs.filter((output) => !output.current);
  const heading =
    outputs.length === 0
      ? `outputs: none yet (content ${stamp}); npm run build makes them`
      : `outputs (content ${stamp}): ${outputs.length} file${outputs.length === 1 ? '' : 's'}, ${
          stale.length === 0 ? 'all current' : `${stale.length} STALE`
        }`;
  const width = Math.max(0, ...outputs.map((output) => output.file.length));
  const mediumWidth = Math.max(0, ...outputs.map((output) => output.medium.length));
  return [
    heading,
    ...outputs.map((output) => {
      const line = `  ${output.file.padEnd(width)}  ${output.medium.padEnd(mediumWidth)}  ${size(output.bytes).padStart(8)}  ${output.stamp ?? 'no stamp'}`;
      return output.current ? line : `${line}  STALE: ${output.remake}`;
    }),
  ];
}

/** The manifest of one output folder: its files as data, for a tool to read. */
export function outputsManifest(outputs: readonly Output[], stamp: string): string {
  const files = outputs.map(({ file, medium, stamp: made, sha256, bytes, current }) => ({
    file,
    medium,
    stamp: made,
    sha256,
    bytes,
    current,
  }));
  return `${JSON.stringify({ content: stamp, files }, null, 2)}\n`;
}
