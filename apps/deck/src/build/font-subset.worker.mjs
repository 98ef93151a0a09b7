// Cuts the deck's fonts in a worker thread, so the build bundles reveal.js on the other core meanwhile.
// Plain JavaScript: Node starts a worker without a TypeScript loader, from src/build/ under vitest and from
// build/ in the built commands.
import { parentPort, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';

/** @type {{ fonts: Record<string, Uint8Array>, characters: string, options: object }} */
const { fonts, characters, options } = workerData;
/** @type {Record<string, Uint8Array>} */
const subsets = {};
for (const [name, font] of Object.entries(fonts)) {
  subsets[name] = await subsetFont(
    Buffer.from(font.buffer, font.byteOffset, font.byteLength),
    characters,
    options,
  );
}
parentPort?.postMessage(subsets);
