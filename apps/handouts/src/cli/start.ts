// `npm start`: where the built PDFs are, with their pages and sizes.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultOutDir } from '../app-dir.ts';
import { paperIds } from '../documents/paper.ts';
import { variantIds } from '../documents/variants.ts';
import { countPages } from '../render/count-pages.ts';
import { displayPath } from './cli-io.ts';
import { formatReport } from './report.ts';

const cwd = process.env.INIT_CWD ?? process.cwd();
// In the order the command writes them: handout, summary, notes; A4 before Letter.
const rank = (name: string) => {
  const variant = variantIds.findIndex((v) => name.startsWith(`${v}-`));
  const paper = paperIds.findIndex((p) => name.endsWith(`-${p}.pdf`));
  return [variant < 0 ? variantIds.length : variant, paper, name] as const;
};
const names = (await readdir(defaultOutDir).catch(() => [] as string[]))
  .filter((name) => name.endsWith('.pdf'))
  .sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
  });

if (names.length === 0) {
  process.stderr.write(`handouts: no PDFs in ${displayPath(cwd, defaultOutDir)}: run npm run build first\n`);
  process.exitCode = 1;
} else {
  const rows = [];
  for (const name of names) {
    const path = join(defaultOutDir, name);
    const bytes = await readFile(path);
    rows.push({ path: displayPath(cwd, path), pages: countPages(bytes), bytes: bytes.length });
  }
  process.stdout.write(`${formatReport(rows).join('\n')}\n`);
}
