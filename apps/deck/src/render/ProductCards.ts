// The product examples of one side as cards: name, category, the lecture's description, vendor and licence.
import { categoryLabel, licenseLabel, type Product } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

/**
 * A name with its expansion in brackets ("LXC (Linux Containers)") breaks, when its card is too narrow, before
 * the bracket and never inside it: "LXC" above "(Linux Containers)", not "LXC (Linux" above "Containers)".
 */
export function ProductName(name: string): SafeHtml {
  const at = name.indexOf(' (');
  if (at <= 0 || !name.endsWith(')')) return html`${name}`;
  return html`${name.slice(0, at)} <span class="keep">${name.slice(at + 1)}</span>`;
}

function ProductCard(product: Product): SafeHtml {
  return html`<article class="product-card side-${product.kind}" data-product="${product.id}">
<h3 class="product-name">${ProductName(product.name)}</h3>
<p class="product-category">${categoryLabel(product.category)}</p>
<p class="product-description">${product.description}</p>
<p class="product-meta"><span class="keep">${product.vendor}</span> · <span class="keep">${licenseLabel(product.license)}</span></p>
</article>`;
}

export function ProductCards(products: readonly Product[]): SafeHtml {
  return html`<div class="product-cards">${products.map(ProductCard)}</div>`;
}
