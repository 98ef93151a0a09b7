// The dev page's side of a save (server/dev-server.ts): the changed `<section>`s replace the old ones in place
// and reveal.js takes them in, the lecturer staying on the same slide and step; the problems of a save (or of
// the build's checks) appear over the slides and go again, all without a reload, so nothing the page holds is
// lost (the speaker view's window, a scrolled overview).
import type { RevealApi } from 'reveal.js';
import type { ProblemsMessage, SlidesMessage } from '../server/dev-server.ts';

/** What of Vite's `import.meta.hot` this needs: the dev server's own events. */
interface SaveNotice {
  on(event: 'vmvc:slides', listener: (message: SlidesMessage) => void): void;
  on(event: 'vmvc:problems', listener: (message: ProblemsMessage) => void): void;
}

/** The one element `markup` is. */
function element(markup: string): Element | null {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild;
}

function replaceSlides(deck: RevealApi, message: SlidesMessage): void {
  const container = deck.getSlidesElement();
  if (!container) return;
  const { h, v, f } = deck.getIndices();
  for (const slide of message.slides) {
    const old = document.getElementById(slide.id);
    const next = element(slide.html);
    if (old?.parentElement === container && next) old.replaceWith(next);
  }
  if (message.style !== undefined) {
    const style = document.getElementById('vmvc-deck-style');
    if (style) style.textContent = message.style;
  }
  if (message.stampMeta !== undefined) {
    const meta = element(message.stampMeta);
    if (meta) document.querySelector('meta[name="vmvc-content-stamp"]')?.replaceWith(meta);
  }
  // The new sections know nothing of reveal.js's state: sync() takes them in, slide() puts back the current
  // slide and shows its fragments up to the step the lecturer was on.
  deck.sync();
  deck.slide(h, v, f);
  deck.layout();
  document.documentElement.dataset.patched = String(
    Number(document.documentElement.dataset.patched ?? 0) + 1,
  );
}

function showProblems(message: ProblemsMessage): void {
  document.getElementById('vmvc-dev-problems')?.remove();
  const overlay = message.overlay === null ? null : element(message.overlay);
  if (overlay) document.body.prepend(overlay);
}

export function patchSlidesOnSave(deck: RevealApi, hot: SaveNotice): void {
  hot.on('vmvc:slides', (message) => {
    if (deck.isReady()) replaceSlides(deck, message);
    else deck.on('ready', () => replaceSlides(deck, message));
  });
  hot.on('vmvc:problems', showProblems);
}
