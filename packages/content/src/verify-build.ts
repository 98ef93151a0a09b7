// Whether the build of @vmvc/content a renderer loaded is one `npm run build` validated and, in a checkout
// of the repository, was made from the lecture's sources as they are now. The build records both in
// dist/build.json (scripts/promote-build.ts writes it, and only for a valid lecture); the deck and the
// handouts call this before they render and refuse anything else, saying what to run.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lectureHash } from './content-stamp.ts';
import type { Lecture } from './types.ts';

/** What dist/build.json records of the build. */
export interface BuildRecord {
  /** `lectureHash` of the lecture the build holds, which passed validation. */
  lectureHash: string;
  /** `sourceHash` of the package's src/ when it was built; null where there is no src/ (installed from npm). */
  sourceHash: string | null;
}

export type BuildCheck = { ok: true } | { ok: false; problem: string };

/** The package folder: one up from dist/ (built) or src/ (tests) alike. */
const defaultPackageDir = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** SHA-256 of every source file of the library (tests left out), with its path; null without src/. */
export function sourceHash(packageDir: string = defaultPackageDir): string | null {
  const src = join(packageDir, 'src');
  if (!existsSync(src)) return null;
  const hash = createHash('sha256');
  for (const file of sourceFiles(src).sort()) {
    hash
      .update(`${relative(src, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Checks the loaded `lecture` against the build record; `packageDir` is for tests. */
export function verifyBuild(lecture: Lecture, packageDir: string = defaultPackageDir): BuildCheck {
  const recordFile = join(packageDir, 'dist', 'build.json');
  const rebuild = 'run `npm run build` at the repository root';
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as BuildRecord;
  } catch {
    return {
      ok: false,
      problem: `${recordFile} is missing or unreadable: this build of @vmvc/content was not made by its validating build; ${rebuild}`,
    };
  }
  if (record.lectureHash !== lectureHash(lecture)) {
    return {
      ok: false,
      problem: `${join(packageDir, 'dist')} holds a lecture that is not the one its build validated (${record.lectureHash}); ${rebuild}`,
    };
  }
  const now = record.sourceHash === null ? null : sourceHash(packageDir);
  if (now !== null && now !== record.sourceHash) {
    return {
      ok: false,
      problem: `${join(packageDir, 'src')} has changed since @vmvc/content was last built (or its last build failed); ${rebuild} and read what it says`,
    };
  }
  return { ok: true };
}
