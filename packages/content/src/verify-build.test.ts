import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { lectureHash } from './content-stamp.ts';
import { lecture } from './data/lecture.ts';
import { sourceHash, verifyBuild } from './verify-build.ts';

const src = fileURLToPath(new URL('.', import.meta.url));
let packageDir: string;

/** A package folder with a copy of the sources and a build record, as `npm run build` leaves it. */
function built(record: { lectureHash: string; sourceHash: string | null }) {
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  writeFileSync(join(packageDir, 'dist', 'build.json'), JSON.stringify(record));
}

beforeEach(() => {
  packageDir = mkdtempSync(join(tmpdir(), 'vmvc-verify-build-'));
  cpSync(src, join(packageDir, 'src'), { recursive: true });
});

describe('verifyBuild', () => {
  it('accepts the build its record describes: the same lecture, from the same sources', () => {
    built({ lectureHash: lectureHash(lecture), sourceHash: sourceHash(packageDir) });
    expect(verifyBuild(lecture, packageDir)).toEqual({ ok: true });
  });

  it('refuses a build without a record: not made by the validating build', () => {
    expect(verifyBuild(lecture, packageDir)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('build.json is missing or unreadable'),
    });
  });

  it('refuses a lecture other than the one the build validated', () => {
    built({ lectureHash: lectureHash(lecture), sourceHash: sourceHash(packageDir) });
    const other = structuredClone(lecture);
    other.references[0]!.URL = 'javascript:alert(1)';
    expect(verifyBuild(other, packageDir)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('holds a lecture that is not the one its build validated'),
    });
  });

  it('refuses a build older than the sources (an edit since, or a failed build), but not for a test file', () => {
    built({ lectureHash: lectureHash(lecture), sourceHash: sourceHash(packageDir) });
    writeFileSync(join(packageDir, 'src', 'data', 'new-part.test.ts'), '// a test changes no lecture');
    expect(verifyBuild(lecture, packageDir)).toEqual({ ok: true });
    writeFileSync(join(packageDir, 'src', 'data', 'terms.ts'), '// edited');
    expect(verifyBuild(lecture, packageDir)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('src has changed since @vmvc/content was last built'),
    });
  });

  it('checks only the lecture where there are no sources (installed from npm)', () => {
    built({ lectureHash: lectureHash(lecture), sourceHash: null });
    rmSync(join(packageDir, 'src'), { recursive: true });
    expect(verifyBuild(lecture, packageDir)).toEqual({ ok: true });
  });
});
