import { describe, expect, it } from 'vitest';
import { ProductName } from './ProductCards.ts';

describe('ProductName', () => {
  it('keeps a bracketed expansion together, so the name breaks before the bracket', () => {
    expect(ProductName('LXC (Linux Containers)').value).toBe(
      'LXC <span class="keep">(Linux Containers)</span>',
    );
  });

  it('leaves a name without an expansion, or with a bracket inside it, as it is, escaped', () => {
    expect(ProductName('Podman').value).toBe('Podman');
    expect(ProductName('(Beta) Tool').value).toBe('(Beta) Tool');
    expect(ProductName('A <b> (C) d').value).toBe('A &lt;b&gt; (C) d');
  });
});
