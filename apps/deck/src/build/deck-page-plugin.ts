// A Vite plugin that fills index.html with the deck made from the current lecture, for the build and the
// dev server alike. It runs after Vite's own HTML processing, so slide markup is never parsed for assets.
import type { Plugin } from 'vite';
import { type DeckPage, fillTemplate } from './deck-page.ts';

export function deckPagePlugin(makePage: () => Promise<DeckPage>): Plugin {
  return {
    name: 'vmvc-deck-page',
    transformIndexHtml: {
      order: 'post',
      handler: async (template) => fillTemplate(template, await makePage()),
    },
  };
}
