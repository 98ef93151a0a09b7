// Keeps the deck app's part of the default set (index.html, slides.pdf, lecture.pptx in dist/) current while
// `npm run dev` runs: after the browser has the new lecture, the set is built again in the background, the
// newest save winning (a save during a build gives one more build, of the lecture as it is then). It runs the
// build's own checks: a slide that does not fit leaves the last good set on disk and says which slide.
import type { Lecture } from '@vmvc/content';
import { buildDeckSet, type DeckSet } from '../build/build-deck-set.ts';

export interface DefaultSetKeeper {
  /** The lecture changed: build the set of it, once the build in progress (if any) has ended. */
  changed: () => void;
  /** Resolves when no build is running or waiting. */
  settled: () => Promise<void>;
}

export interface KeeperOptions {
  loadLecture: () => Promise<Lecture>;
  outDir: string;
  onBuilt: (set: DeckSet) => void;
  onProblem: (message: string) => void;
}

export function keepDefaultSet({ loadLecture, outDir, onBuilt, onProblem }: KeeperOptions): DefaultSetKeeper {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        onBuilt(await buildDeckSet({ lecture: await loadLecture(), outDir }));
      } catch (error) {
        onProblem((error as Error).message);
      }
    } while (again);
    running = null;
  };
  return {
    changed: () => {
      if (running) again = true;
      else running = run();
    },
    settled: async () => {
      while (running) await running;
    },
  };
}
