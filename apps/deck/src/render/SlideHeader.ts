// The head of a content, glossary or reference slide: its title; above it, where the lecture is (the section
// marker), its section (when it is not the same words) and what stands at the right (the sources, or "1 / 3").
import type { Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function SlideHeader(slide: Slide, aside?: SafeHtml, marker?: SafeHtml): SafeHtml {
  const eyebrow = slide.section && slide.section.title !== slide.title ? slide.section.title : null;
  return html`<header class="slide-header"><div class="slide-kicker">${marker ?? ''}${eyebrow ? html`<p class="eyebrow">${eyebrow}</p>` : ''}${aside ?? ''}</div><h2 class="slide-title">${slide.title}</h2></header>`;
}
