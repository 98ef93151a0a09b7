// The product examples of one side as cards: name, category, the lecture's description, vendor and licence.
import { categoryLabel, licenseLabel, type Product } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

function ProductCard(product: Product): SafeHtml {
  return html`<article class="product-card side-${product.kind}" data-product="${product.id}">
<h3 class="product-name">${product.name}</h3>
<p class="product-category">${categoryLabel(product.category)}</p>
<p class="product-description">${product.description}</p>
<p class="product-meta"><span class="keep">${product.vendor}</span> · <span class="keep">${licenseLabel(product.license)}</span></p>
</article>`;
}

export function ProductCards(products: readonly Product[]): SafeHtml {
  return html`<div class="product-cards">${products.map(ProductCard)}</div>`;
}
