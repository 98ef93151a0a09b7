// The page around the slides: reveal.js, its notes plugin, the theme's CSS and the deck's script, bundled by
// Vite into index.html with the placeholders still empty. None of it depends on the lecture, so it is built
// once and kept, with the list of files that went into it; it is built again only when one of those files,
// the lockfile or this build step changes. A lecture edit then costs a template fill, not a Vite build
// (measured: 0.35 s of a 0.7 s deck build of an unchanged-fit deck).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '@vmvc/write-files';
import type { Plugin, Rollup } from 'vite';
import { deckRoot } from './deck-root.ts';

/** The bundled template and what it was made from. */
interface CachedTemplate {
  /** Every file Vite read for the bundle, relative to the deck's folder (a copied repository stays valid). */
  inputs: string[];
  digest: string;
  html: string;
}

const defaultCacheDir = join(deckRoot, 'node_modules', '.cache', 'vmvc-deck-client');
const lockfile = resolve(deckRoot, '../../package-lock.json');

/** A fingerprint of the template's inputs: their bytes, the installed versions and this step's own code. */
async function digestOf(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  hash.update(await readFile(lockfile));
  for (const input of inputs) {
    hash.update(`\0${input}\0`);
    hash.update(await readFile(resolve(deckRoot, input)));
  }
  return hash.digest('hex');
}

function htmlOf(output: Rollup.RollupOutput | Rollup.RollupOutput[] | unknown): string {
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((o) => o.output ?? []);
  const page = files.find((f) => f.fileName === 'index.html');
  const others = files.filter((f) => f.fileName !== 'index.html').map((f) => f.fileName);
  if (page?.type !== 'asset') throw new Error('vite build: no index.html in the output');
  if (others.length > 0) {
    throw new Error(
      `vite build: files left outside index.html (${others.join(', ')}): the deck must be one file`,
    );
  }
  return typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
}

/**
 * The files among a bundler's module ids (`this.getModuleIds()`): no virtual modules, no query strings, only
 * absolute paths. What the bundle read, for the template's fingerprint.
 */
function moduleFiles(ids: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const id of ids) {
    if (id.startsWith('\0')) continue;
    const file = id.replace(/[?#].*$/, '');
    if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) files.add(file);
  }
  return [...files];
}

/** Records the files of the module graph. */
function recordInputs(into: Set<string>): Plugin {
  return {
    name: 'vmvc-record-inputs',
    buildEnd() {
      for (const file of moduleFiles(this.getModuleIds())) into.add(file);
    },
  };
}

async function bundle(): Promise<{ html: string; inputs: string[] }> {
  // Loaded only for a bundle: a build from the kept template (every lecture edit) need not load Vite.
  const [{ build }, { viteSingleFile }] = await Promise.all([
    import('vite'),
    import('vite-plugin-singlefile'),
  ]);
  const inputs = new Set<string>([join(deckRoot, 'index.html')]);
  const output = await build({
    configFile: false,
    root: deckRoot,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [recordInputs(inputs), viteSingleFile({ removeViteModuleLoader: true })],
    build: {
      write: false,
      emptyOutDir: false,
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
      // Rolldown warns when a plugin takes a large share of the build (PLUGIN_TIMINGS); on two busy cores it
      // fires at random and tells a lecturer nothing they can act on (as in scripts/build-commands.mjs).
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
  return { html: htmlOf(output), inputs: [...inputs].map((file) => relative(deckRoot, file)).sort() };
}

/**
 * index.html with reveal.js and the theme inlined and the deck's placeholders empty: from the cache when
 * nothing that went into it has changed, else bundled by Vite (and cached).
 */
export async function clientTemplate(cacheDir = defaultCacheDir): Promise<string> {
  const file = join(cacheDir, 'template.json');
  const cached = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as CachedTemplate,
    () => null,
  );
  if (cached) {
    // A file that went into it and is gone now: the client changed shape; bundle again.
    const digest = await digestOf(cached.inputs).catch(() => null);
    if (digest === cached.digest) return cached.html;
  }
  const { html, inputs } = await bundle();
  const entry: CachedTemplate = { inputs, digest: await digestOf(inputs), html };
  // A cache that cannot be written costs the next build time, never this one its deck.
  await writeFiles([{ path: file, data: JSON.stringify(entry) }]).catch(() => {});
  return html;
}
