// `npm run build` of @vmvc/content, after tsdown has built the library into .stage/: loads the staged build,
// validates its lecture with @vmvc/schema, and only if it is valid writes the build into dist/ together with
// data.json and schema.json, as one set: all or none. An invalid lecture leaves every output of the package as
// it was, and exits 1 with one line per problem.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatProblem, lectureJsonSchema, validateLecture } from '@vmvc/schema';
import { writeFiles } from '@vmvc/write-files';
import type * as Library from '../src/index.ts';

/** The package folder: one up from build/ (this command built) or scripts/ alike. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const stageDir = join(packageDir, '.stage');

let generation = 0;

export type Promotion = { ok: true; stamp: string } | { ok: false; problems: string[] };

/** Validates the build in `stage` and, if its lecture is valid, puts it and the JSON files in place. */
export async function promoteBuild(stage: string = stageDir): Promise<Promotion> {
  try {
    generation += 1;
    // A fresh module instance each time: `npm run dev` promotes again and again in one process.
    const built = (await import(
      `${pathToFileURL(join(stage, 'index.mjs')).href}?generation=${generation}`
    )) as typeof Library;
    const result = validateLecture(built.lecture);
    if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    await writeFiles([
      ...readdirSync(stage).map((name) => ({
        path: join(packageDir, 'dist', name),
        data: readFileSync(join(stage, name)),
      })),
      { path: join(packageDir, 'schema.json'), data: json(lectureJsonSchema()) },
      // data.json last: it is what the renderers' dev processes watch.
      { path: join(packageDir, 'data.json'), data: json(result.lecture) },
    ]);
    // dist/ holds this build and nothing else: a file an older build wrote and this one did not is removed.
    const made = new Set(readdirSync(stage));
    const dist = join(packageDir, 'dist');
    for (const name of existsSync(dist) ? readdirSync(dist) : []) {
      if (!made.has(name)) rmSync(join(dist, name), { recursive: true, force: true });
    }
    return { ok: true, stamp: built.contentStamp(result.lecture).text };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
