// The deck in the browser: reveal.js over the slides the build rendered into the page, with the notes
// plugin for the speaker view (`S`).
import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck.css';
import { isPrintView, printMargin, screenMargin, slideSize } from './deck-config.ts';
import { keepStepOnReload } from './keep-step-on-reload.ts';
import { patchSlidesOnSave } from './patch-slides.ts';
import {
  askForState,
  isReportingPreview,
  isUpcomingPreview,
  reportWhenTold,
  silentQuery,
} from './speaker-preview.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('deck: the page has no .reveal element');

const print = isPrintView(window.location.search);
const preview = isReportingPreview(window.location.search);
if (preview) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', `${pathname}${silentQuery(search)}${hash}`);
}
const deck = new Reveal(root, {
  width: slideSize.width,
  height: slideSize.height,
  margin: print ? printMargin : screenMargin,
  center: false,
  hash: true,
  // The step too (`#/comparison/2`, reveal.js's default, stated because the dev reload relies on it): a link or
  // a reload lands on the same row of the table, not on its empty frame.
  fragmentInURL: true,
  slideNumber: 'c/t',
  progress: true,
  controls: true,
  overview: true,
  transition: 'slide',
  // Slides kept laid out around the current one; fewer than reveal.js's 3 makes the first paint cheaper.
  viewDistance: 2,
  // One clean page per slide, the whole table on it.
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
  plugins: [RevealNotes],
});

// For the bench and the tests: when reveal.js is ready (the bench pairs it with the browser's first paint).
deck.on('ready', () => {
  performance.mark('deck-ready');
  document.documentElement.dataset.deck = 'ready';
});

// Only under the dev server (Vite's build removes it): a save patches the changed slides in place, and the
// reload a change of the deck's structure brings keeps the slide and the step.
if (import.meta.hot) {
  patchSlidesOnSave(deck, import.meta.hot);
  keepStepOnReload(deck, import.meta.hot);
}

// For the console and for tests: the same API the reveal.js docs call `Reveal`.
Object.assign(window, { Reveal: deck });

void deck.initialize().then(() => {
  if (preview) reportWhenTold(deck);
  else if (isUpcomingPreview(window.location.search) && window.parent !== window) askForState(deck);
});
