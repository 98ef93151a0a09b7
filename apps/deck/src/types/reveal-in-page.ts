// The reveal.js API the deck exposes in the page as window.Reveal (src/client/main.ts), as much of it as the
// code that drives a built deck from outside uses: the fit check of the build, the screenshots and the tests.
interface RevealInPage {
  getTotalSlides(): number;
  getIndices(): { h: number; v: number; f?: number };
  getCurrentSlide(): HTMLElement;
  isLastSlide(): boolean;
  isOverview(): boolean;
  availableFragments(): { prev: boolean; next: boolean };
  nextFragment(): boolean;
  slide(h: number, v?: number, f?: number): void;
  getSlideNotes(slide?: HTMLElement): string;
  configure(options: Record<string, unknown>): void;
}

declare global {
  interface Window {
    Reveal: RevealInPage;
  }
}

// A module, so that the declaration above augments the global Window rather than replacing it.
export {};
