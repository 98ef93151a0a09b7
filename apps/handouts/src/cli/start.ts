// `npm start`: where the built PDFs are, with their pages and sizes.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { defaultOutDir } from '../app-dir.ts';
import { paperIds } from '../documents/paper.ts';
import { variantIds } from '../documents/variants.ts';
import { countPages } from '../render/count-pages.ts';
import { formatReport } from './report.ts';

// In the order the command writes them: handout, summary, notes; A4 before Letter.
const rank = (name: string) => {
  const variant = variantIds.findIndex((v) => name.startsWith(`${v}-`));
  const paper = paperIds.findIndex((p) => name.endsWith(`-${p}.pdf`));
  return [variant < 0 ? variantIds.length : variant, paper, name] as const;
};

const start = defineCommand({
  name: 'handouts',
  usage: 'usage: npm start (lists the PDFs in apps/handouts/dist/)',
  async run({ io }) {
    const names = (await readdir(defaultOutDir).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.pdf'))
      .sort((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
      });
    if (names.length === 0) {
      io.stderr(`handouts: no PDFs in ${displayPath(io.cwd, defaultOutDir)}: run npm run build first`);
      return exitCode.problems;
    }
    const rows = [];
    for (const name of names) {
      const path = join(defaultOutDir, name);
      const bytes = await readFile(path);
      rows.push({ path: displayPath(io.cwd, path), pages: countPages(bytes), bytes: bytes.length });
    }
    for (const line of formatReport(rows)) io.stdout(line);
  },
});

await startCommand(start);
