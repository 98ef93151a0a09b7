// The memory figure of `npm run bench`: the resident memory of `npm run dev` and every process it started (the
// content watcher, the deck's dev server, the handouts' renderer and its workers, the Chromium the checks keep
// open) after 50 saves of the lecture in one session with the deck open in a browser, and its growth from the
// 10th save to the 50th. A leak shows as growth: each save's work (patched slides, PDFs, the default set) is
// let finish before the next, as in a lecturer's session, so every save runs the whole pipeline.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { launchChromium } from '@vmvc/browser';
import type { BenchFigure } from '@vmvc/testkit';
import { type DevSession, mtime } from './dev-session.ts';
import { setsWritten, settled, withOutput } from './live-patch-bench.ts';
import { type ProcessMemory, processTreeMemory } from './process-tree-memory.ts';

/** Issue 24's budget: 1 GB (1024 MiB, as VmRSS counts) after 50 saves, growing at most 10 % from save 10. */
const budgetMB = 1024;
const growthBudgetPercent = 10;

const mb = (kib: number) => kib / 1024;
const total = (tree: ProcessMemory[]) => mb(tree.reduce((sum, p) => sum + p.rssKiB, 0));
const proportional = (tree: ProcessMemory[]) => mb(tree.reduce((sum, p) => sum + p.pssKiB, 0));

/**
 * "node in apps/deck 505 MB, chromium in apps/deck 399 MB (6), …": where the memory is, the five largest first,
 * each process named with the folder it works in (whose server, renderer or browser it is).
 */
function whereItIs(tree: ProcessMemory[]): string {
  const root = tree[0]?.cwd ?? '';
  const groups = new Map<string, { kib: number; count: number }>();
  for (const { name, cwd, rssKiB } of tree) {
    const folder = relative(root, cwd);
    const label = folder === '' || folder.startsWith('..') ? name : `${name} in ${folder}`;
    const group = groups.get(label) ?? { kib: 0, count: 0 };
    groups.set(label, { kib: group.kib + rssKiB, count: group.count + 1 });
  }
  const sorted = [...groups].sort((a, b) => b[1].kib - a[1].kib);
  const shown = sorted
    .slice(0, 5)
    .map(([label, { kib, count }]) => `${label} ${Math.round(mb(kib))} MB${count > 1 ? ` (${count})` : ''}`);
  // npm, turbo, the shells and launchers between them: each small, together worth a mention.
  const rest = sorted.slice(5).map(([, group]) => group);
  const restKiB = rest.reduce((sum, group) => sum + group.kib, 0);
  const restCount = rest.reduce((sum, group) => sum + group.count, 0);
  if (restCount > 0) shown.push(`${restCount} more processes ${Math.round(mb(restKiB))} MB`);
  return shown.join(', ');
}

export interface DevMemoryOptions {
  dev: DevSession;
  /** packages/content/src/data/comparison.ts of the session's repository. */
  source: string;
  saves?: number;
}

/** `saves` saves, each a new comparison cell seen in the open deck; the file is put back as it was at the end. */
export async function benchDevMemory({ dev, source, saves = 50 }: DevMemoryOptions): Promise<BenchFigure[]> {
  const original = readFileSync(source, 'utf8');
  // The bench's own browser, started by this process: not part of `npm run dev`'s tree, so not counted.
  const browser = await launchChromium();
  const after = new Map<number, ProcessMemory[]>();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${dev.url}#/comparison`);
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready', undefined, {
      timeout: 60_000,
    });
    for (let save = 1; save <= saves; save += 1) {
      const cell = `Uses fewer resources, memory ${save}`;
      const pdfsBefore = dev.pdfs.map(mtime);
      const setsBefore = setsWritten(dev);
      writeFileSync(source, original.replace("'Uses fewer resources'", `'${cell}'`));
      await page.waitForFunction(
        (text) => document.querySelector('#comparison')?.textContent?.includes(text) ?? false,
        cell,
        { timeout: 15_000 },
      );
      await settled(dev, pdfsBefore, setsBefore);
      if (save % 10 === 0 || save === saves) {
        const tree = processTreeMemory(dev.pid);
        after.set(save, tree);
        process.stderr.write(
          `memory: after save ${save}: ${Math.round(total(tree))} MB in ${tree.length} processes (PSS ${Math.round(proportional(tree))} MB)\n`,
        );
      }
    }
  } catch (error) {
    throw withOutput(dev, error);
  } finally {
    writeFileSync(source, original);
    await browser.close();
  }

  const first = after.get(Math.min(10, saves)) ?? [];
  const last = after.get(saves) ?? [];
  const trend = [...after].map(([save, tree]) => `${save}: ${Math.round(total(tree))}`).join(', ');
  return [
    {
      figure: `memory of \`npm run dev\` after ${saves} saves (resident, every process it started)`,
      value: total(last),
      unit: 'MB',
      budget: budgetMB,
      note: `sum of VmRSS over ${last.length} processes, shared pages counted in each (PSS, shared pages split: ${Math.round(proportional(last))} MB): ${whereItIs(last)}; 1 GB = 1024 MB`,
    },
    {
      figure: `growth of that memory from save ${Math.min(10, saves)} to save ${saves} ("not growing": ≤ 10 %)`,
      value: (total(last) / total(first) - 1) * 100,
      unit: '%',
      budget: growthBudgetPercent,
      note: `MB after save ${trend}`,
    },
  ];
}
