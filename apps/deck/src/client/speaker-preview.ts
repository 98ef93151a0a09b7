// The deck as the speaker view's current-slide preview (the notes plugin loads it in an iframe with
// `?receiver&postMessageEvents=true#/h/v`). reveal.js 6's speaker view sends every state this preview reports
// back to the audience's deck, debounced by 500 ms, and it counts as news any state reported before the
// speaker view has told the preview where the audience is. The preview opens at the slide without its
// fragments (the URL carries none), so pressing S mid-slide hid every revealed step on the projector.
// Here the preview reports nothing but its handshake until that first state has arrived.
// The upcoming-slide preview has the opposite fault: the speaker view tells it where to go only when the
// audience's deck reports a state, so on a slow machine, loading after that first report, it kept showing the
// current slide as the upcoming one. It says "ready" once loaded, which makes the deck report again.

/**
 * Whether this page is the speaker view's current-slide preview: a receiver (reveal.js's own test) asked to
 * report its events. The upcoming-slide preview reports nothing and is left alone.
 */
export function isReportingPreview(search: string): boolean {
  return /receiver/i.test(search) && new URLSearchParams(search).get('postMessageEvents') === 'true';
}

/** Whether this page is the speaker view's upcoming-slide preview (a receiver that reports no events). */
export function isUpcomingPreview(search: string): boolean {
  return /receiver/i.test(search) && !isReportingPreview(search);
}

/**
 * The page's query without `postMessageEvents`: reveal.js lets the query override its configuration, so
 * the preview starts silent only if the parameter is gone before `initialize()`.
 */
export function silentQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('postMessageEvents');
  const query = params.toString().replace(/=(?=&|$)/g, '');
  return query ? `?${query}` : '';
}

interface PreviewDeck {
  configure(options: { postMessageEvents: boolean }): void;
  getState(): unknown;
}

/** The handshake reveal.js's own previews send: the speaker view answers it by asking the deck for its state. */
function sayReady(deck: PreviewDeck): void {
  window.parent.postMessage(
    JSON.stringify({ namespace: 'reveal', eventName: 'ready', state: deck.getState() }),
    '*',
  );
}

/**
 * The upcoming preview, once loaded, asks for the audience's state again. The deck's notes plugin answers a
 * repeated handshake with one state message and registers no listener twice.
 */
export function askForState(deck: PreviewDeck): void {
  sayReady(deck);
}

/** Says "ready" to the speaker view, then starts reporting once the speaker view has set the first state. */
export function reportWhenTold(deck: PreviewDeck): void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || typeof event.data !== 'string') return;
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if ((data as { method?: unknown } | null)?.method !== 'setState') return;
    window.removeEventListener('message', onMessage);
    // After reveal.js's own listener has applied the state: what it reports from here on is the speaker's doing.
    setTimeout(() => deck.configure({ postMessageEvents: true }), 0);
  };
  window.addEventListener('message', onMessage);
  sayReady(deck);
}
