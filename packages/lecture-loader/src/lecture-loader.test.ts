// The loader as the dev commands use it: the lecture read from TypeScript, read again with the new words after
// a save of one module, and a save that breaks the lecture thrown as `path: message` problems.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lecture } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LectureLoader, lectureModule, startLectureLoader } from './lecture-loader.ts';

// Inside the package, so that the lecture's own imports (@vmvc/content) resolve as they do in packages/content.
const scratch = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.test-lecture-'));
const module = join(scratch, 'lecture.ts');
const titleModule = join(scratch, 'title.ts');
const saveTitle = (title: string) =>
  writeFileSync(titleModule, `export const title = ${JSON.stringify(title)};\n`);
let loader: LectureLoader;

beforeAll(async () => {
  saveTitle('Loaded from TypeScript');
  writeFileSync(
    module,
    `import { lecture as shipped } from '@vmvc/content';
import { title } from './title.ts';
export const lecture = { ...shipped, meta: { ...shipped.meta, title } };
`,
  );
  loader = await startLectureLoader(module);
});

afterAll(async () => {
  await loader?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('startLectureLoader', () => {
  it('reads the lecture from its TypeScript, validated', async () => {
    const loaded = await loader.load();
    expect(loaded.meta.title).toBe('Loaded from TypeScript');
    expect(loaded.sections.map((s) => s.id)).toEqual(lecture.sections.map((s) => s.id));
  });

  it('reads the new words after a save of the module that holds them', async () => {
    saveTitle('Saved a second time');
    expect((await loader.load([titleModule])).meta.title).toBe('Saved a second time');
  });

  it('throws the problems of a save that breaks the lecture, naming the module and the path', async () => {
    saveTitle('');
    const error = await loader.load([titleModule]).then(
      () => undefined,
      (e: Error & { problems?: string[] }) => e,
    );
    expect(error?.message).toContain(`${module}: the lecture has`);
    expect(error?.problems?.some((p) => p.startsWith('meta.title: '))).toBe(true);
  });

  it('throws what a module that does not run throws, and reads the next good save', async () => {
    writeFileSync(titleModule, 'export const const title = 1;\n');
    await expect(loader.load([titleModule])).rejects.toThrow(/title\.ts/);
    saveTitle('Good again');
    expect((await loader.load([titleModule])).meta.title).toBe('Good again');
  });

  it('points at the shipped lecture by default', () => {
    expect(lectureModule).toMatch(/packages[\\/]content[\\/]src[\\/]data[\\/]lecture\.ts$/);
  });
});
