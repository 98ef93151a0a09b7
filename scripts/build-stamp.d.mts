// Types for build-stamp.mjs (plain JavaScript, so build-commands.mjs can load it without tsdown).

/** The files among a bundler's module ids: no virtual modules, no query strings, only absolute paths. */
export function moduleFiles(ids: Iterable<string>): string[];

/** Writes the stamp after a build: `modules` are the absolute paths of the module graph's files. */
export function writeBuildStamp(packageDir: string, outDir: string, modules: readonly string[]): void;

/** Whether the outputs in `outDir` are what a build of the current inputs would write. */
export function buildIsCurrent(packageDir: string, outDir: string): boolean;
