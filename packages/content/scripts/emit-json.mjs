// After the library build: validates the shipped lecture and writes data.json and schema.json beside
// package.json, where every resolver (node10 included) finds `@vmvc/content/data.json`.
// A lecture with problems fails the build here, before any deck or handout is made from it.
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { formatProblem, lecture, lectureJsonSchema, validateLecture } from '../dist/index.mjs';

const packageDir = fileURLToPath(new URL('../', import.meta.url));

const result = validateLecture(lecture);
if (!result.ok) {
  process.stderr.write(`packages/content/src/data: the lecture has ${result.problems.length} problem(s):\n`);
  for (const problem of result.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
  process.exit(1);
}

// Each written to a temporary file and renamed, so a failed run never leaves half a file behind.
const writeAtomically = (name, text) => writeFileAtomic(`${packageDir}${name}`, text);

await writeAtomically('data.json', `${JSON.stringify(result.lecture, null, 2)}\n`);
await writeAtomically('schema.json', `${JSON.stringify(lectureJsonSchema(), null, 2)}\n`);
