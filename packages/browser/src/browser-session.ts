// One Chromium shared by the browser jobs of one command (the deck build's fit check and slides PDF, the
// screenshots): started when the first job asks for it, so a command whose jobs all come from a cache starts
// none, and closed once, by whoever opened the session, whatever the jobs did.
import { type Chromium, launchChromium } from './launch-chromium.ts';

export interface BrowserSession {
  /** The session's Chromium: started by the first call, the same one for every later call. */
  chromium(): Promise<Chromium>;
  /** How many Chromiums the session started: 0 until a job needed one, then 1. */
  readonly launches: number;
  /** Closes the Chromium if one was started (or is starting); a job asking after this is refused. */
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  /** How to start the Chromium: launchChromium by default; tests hand in one that counts. */
  launch?: () => Promise<Chromium>;
}

/** launchChromium, which loads playwright-core only when it is called: a cached build loads none. */
const launchDefault = () => launchChromium();

export function browserSession({ launch = launchDefault }: BrowserSessionOptions = {}): BrowserSession {
  let started: Promise<Chromium> | undefined;
  let launches = 0;
  let closed = false;
  return {
    chromium() {
      if (closed)
        return Promise.reject(new Error('the browser session is closed: no new page can be opened'));
      if (!started) {
        launches++;
        started = launch();
      }
      return started;
    },
    get launches() {
      return launches;
    },
    async close() {
      closed = true;
      // A launch that failed has nothing to close; its error went to the job that asked.
      const browser = await started?.catch(() => undefined);
      await browser?.close();
    },
  };
}

/** Runs `use` with a session of its own and closes the session after, whether `use` succeeded or not. */
export async function withBrowserSession<T>(
  use: (session: BrowserSession) => Promise<T>,
  options: BrowserSessionOptions = {},
): Promise<T> {
  const session = browserSession(options);
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}
