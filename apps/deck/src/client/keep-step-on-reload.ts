// The dev server's reload after a save, brought back to the slide and step the lecturer was on. reveal.js
// keeps both in the URL's hash (`#/comparison/2`, fragmentInURL) and reads it on start, but writes it at
// most once a second: a save soon after a step reloaded onto an older step. So the hash is written once
// more, as it stands, just before the page goes.
import type { RevealApi } from 'reveal.js';

/** What of Vite's `import.meta.hot` this needs: the event it sends before it reloads the whole page. */
interface ReloadNotice {
  on(event: 'vite:beforeFullReload', listener: () => void): void;
}

export function keepStepOnReload(deck: RevealApi, hot: ReloadNotice): void {
  hot.on('vite:beforeFullReload', () => {
    if (!deck.isReady()) return;
    const { pathname, search } = window.location;
    const path = deck.getSlidePath();
    // reveal.js's own form: no hash at all for the first slide before its first step.
    window.history.replaceState(window.history.state, '', path === '/' ? `${pathname}${search}` : `#${path}`);
  });
}
