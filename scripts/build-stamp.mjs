// Whether an app's built commands (build/*.mjs) are current, without loading tsdown: the build leaves a stamp
// beside them naming every file that went into them (the module graph, the configs, the lockfile) and one
// digest of those files and of the outputs themselves. A later `npm run build` whose inputs and outputs still
// give that digest skips the compile (0.3 s a package, and tsdown is not even loaded). Any change to a
// source, a bundled workspace package, a config or an installed version, and any touched or missing output,
// compiles again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const stampName = '.build-stamp.json';

/** The files every build of commands depends on beside its module graph, relative to the package folder. */
const configFiles = [
  'package.json',
  'tsdown.config.ts',
  'tsconfig.json',
  '../../tsconfig.base.json',
  '../../package-lock.json',
  '../../scripts/commands-config.ts',
  '../../scripts/build-stamp.mjs',
];

/**
 * The files among a bundler's module ids (`this.getModuleIds()` of a rollup/rolldown plugin): no virtual
 * modules, no query strings, only absolute paths. What a build read, for a cache to watch.
 */
export function moduleFiles(ids) {
  const files = new Set();
  for (const id of ids) {
    if (id.startsWith('\0')) continue;
    const file = id.replace(/[?#].*$/, '');
    if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) files.add(file);
  }
  return [...files];
}

/** Every file of the output folder except the stamp, sorted. */
function outputsOf(outDir) {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== stampName)
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .sort();
}

function digestOf(packageDir, outDir, inputs, outputs) {
  const hash = createHash('sha256');
  for (const [base, files] of [
    [packageDir, inputs],
    [outDir, outputs],
  ]) {
    for (const file of files) {
      hash.update(`\0${file}\0`);
      hash.update(readFileSync(resolve(base, file)));
    }
  }
  return hash.digest('hex');
}

/** Writes the stamp after a build: `modules` are the absolute paths of the module graph's files. */
export function writeBuildStamp(packageDir, outDir, modules) {
  const inputs = [...new Set([...configFiles, ...modules.map((file) => relative(packageDir, file))])]
    .filter((file) => {
      try {
        readFileSync(resolve(packageDir, file));
        return true;
      } catch {
        return false;
      }
    })
    .sort();
  const outputs = outputsOf(outDir);
  const stamp = { inputs, outputs, digest: digestOf(packageDir, outDir, inputs, outputs) };
  // Written last and whole; a build that dies before this leaves no stamp, so the next one compiles.
  const file = join(outDir, stampName);
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify(stamp));
  renameSync(temporary, file);
}

/** Whether the outputs in `outDir` are what a build of the current inputs would write. */
export function buildIsCurrent(packageDir, outDir) {
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, stampName), 'utf8'));
    const outputs = outputsOf(outDir);
    if (outputs.join('\0') !== stamp.outputs.join('\0')) return false;
    return digestOf(packageDir, outDir, stamp.inputs, outputs) === stamp.digest;
  } catch {
    // No stamp, an unreadable one, or a file it names is gone.
    return false;
  }
}
