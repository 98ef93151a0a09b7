// displayPath: relative below the folder the command was run in, absolute anywhere else.
import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path.ts';

describe('displayPath', () => {
  it('shows a path below the cwd relative to it, and the cwd itself as "."', () => {
    expect(displayPath('/repo', '/repo/apps/handouts/dist/handout-a4.pdf')).toBe(
      'apps/handouts/dist/handout-a4.pdf',
    );
    expect(displayPath('/repo', '/repo')).toBe('.');
  });

  it('shows a path outside the cwd as it is, rather than as ../../', () => {
    expect(displayPath('/repo/apps/deck', '/tmp/out/index.html')).toBe('/tmp/out/index.html');
    expect(displayPath('/repo/apps/deck', '/repo/docs/images/a.png')).toBe('/repo/docs/images/a.png');
  });
});
