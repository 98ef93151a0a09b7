// browserSession: the jobs of one command share one Chromium, started only when a job needs it and closed
// once, also when a job fails.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSession, withBrowserSession } from './browser-session.ts';
import { type Chromium, launchChromium } from './launch-chromium.ts';
import { withPage } from './with-page.ts';

/** The pids of the browsers this test process started: its children that run with --headless. */
function headlessChildren(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent's pid is the 4th field, after the name in parentheses (which may hold spaces).
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--headless');
      } catch {
        return false; // gone while being read
      }
    })
    .map(Number);
}

/** launchChromium, counted, with the pid of each Chromium it started. */
function countedLauncher() {
  const pids: number[] = [];
  return {
    pids,
    launch: async (): Promise<Chromium> => {
      const before = new Set(headlessChildren());
      const chromium = await launchChromium();
      pids.push(...headlessChildren().filter((pid) => !before.has(pid)));
      return chromium;
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('browserSession', () => {
  it('opens the pages of several jobs, at their own sizes, in one Chromium, and closes it once', async () => {
    const launcher = countedLauncher();
    const session = browserSession({ launch: launcher.launch });
    try {
      const [small, wide] = await Promise.all([
        withPage({ html: '<p>a</p>' }, { browser: session, viewport: { width: 640, height: 360 } }, (page) =>
          page.evaluate(() => [innerWidth, innerHeight]),
        ),
        withPage({ html: '<p>b</p>' }, { browser: session, viewport: { width: 1280, height: 720 } }, (page) =>
          page.evaluate(() => [innerWidth, innerHeight]),
        ),
      ]);
      expect([small, wide]).toEqual([
        [640, 360],
        [1280, 720],
      ]);
      const third = await withPage({ html: '<p>c</p>' }, { browser: session }, (page) =>
        page.textContent('p'),
      );
      expect(third).toBe('c');
      expect(session.launches).toBe(1);
      expect(launcher.pids).toHaveLength(1);
      // Each job's page is closed after it; the browser stays for the next job.
      expect((await session.chromium()).context.pages()).toEqual([]);
      expect(alive(launcher.pids[0] ?? 0)).toBe(true);
    } finally {
      await session.close();
    }
    expect(alive(launcher.pids[0] ?? 0)).toBe(false);
    expect(headlessChildren()).toEqual([]);
    await expect(withPage({ html: '' }, { browser: session }, async () => 1)).rejects.toThrow(
      'the browser session is closed',
    );
  });

  it('starts no Chromium when no job asks for one', async () => {
    let launches = 0;
    const result = await withBrowserSession(
      async (session) => {
        expect(session.launches).toBe(0);
        return 'from a cache';
      },
      {
        launch: () => {
          launches++;
          return launchChromium();
        },
      },
    );
    expect(result).toBe('from a cache');
    expect(launches).toBe(0);
  });

  it('closes its Chromium when a job fails, and passes the failure on', async () => {
    const launcher = countedLauncher();
    const failing = withBrowserSession(
      (session) =>
        withPage({ html: '<p>x</p>' }, { browser: session }, async () => {
          throw new Error('the job failed');
        }),
      { launch: launcher.launch },
    );
    await expect(failing).rejects.toThrow('the job failed');
    expect(launcher.pids).toHaveLength(1);
    expect(alive(launcher.pids[0] ?? 0)).toBe(false);
  });
});
