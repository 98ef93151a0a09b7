// Where the kit's outputs are, and what each file in them is: the medium a lecturer hands out, and the command
// that makes it again. The default set (what `npm run build` makes) is remade by `npm run build`; the rest is
// made on request, each by its own command.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the first folder above this module (src/outputs/ under vitest, build/ when built) with turbo.json. */
export const repositoryRoot = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'turbo.json')) && existsSync(join(dir, 'apps'))) return dir;
  }
  throw new Error(`${fileURLToPath(import.meta.url)}: no repository of the kit above it`);
})();

/** The folders the kit writes its outputs into, relative to the repository. */
export const outputFolders = ['apps/deck/dist', 'apps/handouts/dist'] as const;

/** The manifest written into each output folder: the list below, as data. */
export const manifestName = 'outputs.json';

export interface OutputKind {
  /** What a reader calls it: `deck`, `slides PDF`, `handout (A4)`. */
  medium: string;
  /** The command that makes it again from the lecture as it is now. */
  remake: string;
  /** Part of the default set `npm run build` makes. */
  defaultSet: boolean;
}

const build = 'npm run build';

/** The default set: what `npm run build` makes, each file of it. */
export const defaultSet = [
  'apps/deck/dist/index.html',
  'apps/deck/dist/slides.pdf',
  'apps/deck/dist/lecture.pptx',
  'apps/handouts/dist/handout-a4.pdf',
  'apps/handouts/dist/summary-a4.pdf',
  'apps/handouts/dist/notes-a4.pdf',
] as const;
const papers: Record<string, string> = { a4: 'A4', letter: 'Letter' };
const variants: Record<string, string> = {
  handout: 'handout',
  summary: 'summary',
  notes: 'notes cards',
  'notes-speaker': "lecturer's copy",
};

/** What the file at `path` (relative to the repository, `/` separators) is, or null for a file the kit does not make. */
export function outputKind(path: string): OutputKind | null {
  switch (path) {
    case 'apps/deck/dist/index.html':
      return { medium: 'deck', remake: build, defaultSet: true };
    case 'apps/deck/dist/slides.pdf':
      return { medium: 'slides PDF', remake: build, defaultSet: true };
    case 'apps/deck/dist/lecture.pptx':
      return { medium: 'PowerPoint', remake: build, defaultSet: true };
    case 'apps/deck/dist/slides-with-notes.pdf':
      return { medium: 'slides PDF with notes', remake: 'npm run slides:pdf -- --notes', defaultSet: false };
  }
  const handout = /^apps\/handouts\/dist\/(handout|summary|notes|notes-speaker)-(a4|letter)\.pdf$/.exec(path);
  if (handout) {
    const [, name = '', paper = ''] = handout;
    const variant = name === 'notes-speaker' ? 'notes' : name;
    const speaker = name === 'notes-speaker' ? ' --speaker' : '';
    const defaultSet = paper === 'a4' && name !== 'notes-speaker';
    return {
      medium: `${variants[name]} (${papers[paper]})`,
      remake: defaultSet ? build : `npm run handouts -- --variant ${variant} --paper ${paper}${speaker}`,
      defaultSet,
    };
  }
  return null;
}
