// Everything the page around the slides needs, made from one lecture: the slides' markup, the <head>
// (title, description, tokens, fonts) and the language. The build and the dev server both use it.
import { authorLine, contentStamp, type Lecture } from '@vmvc/content';
import { Deck } from '../render/Deck.ts';
import { escapeHtml } from '../render/html.ts';
import { fontFaceCss, subsetDeckFonts } from './font-subset.ts';
import { textContent } from './text-content.ts';
import { themeTokensCss } from './theme-tokens.ts';

export interface DeckPage {
  lang: string;
  /** Markup for the <head>, after the charset and CSP. */
  head: string;
  /** The `.reveal` element with every slide. */
  slides: string;
  slideCount: number;
  /** The characters the inlined fonts carry. */
  characters: string;
}

export async function deckPage(lecture: Lecture): Promise<DeckPage> {
  const deck = Deck(lecture);
  const slides = deck.markup.value;
  const { meta } = lecture;
  const authors = authorLine(meta.authors);
  const title = `${meta.title} — ${authors}`;
  const stamp = contentStamp(lecture);
  const fonts = await subsetDeckFonts(`${title} ${textContent(slides)}`);
  const head = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.subtitle)}">`,
    `<meta name="author" content="${escapeHtml(authors)}">`,
    `<meta name="vmvc-content-stamp" content="${escapeHtml(stamp.text)}">`,
    // No favicon request, not even to the page's own origin.
    '<link rel="icon" href="data:,">',
    `<style>${themeTokensCss()}${fontFaceCss(fonts)}</style>`,
  ].join('\n');
  return { lang: meta.language, head, slides, slideCount: deck.slideCount, characters: fonts.characters };
}

/** Puts the page into the index.html template; the CSP placeholder stays for the build to fill. */
export function fillTemplate(template: string, page: DeckPage): string {
  const put = (source: string, placeholder: string, value: string) => {
    if (!source.includes(placeholder))
      throw new Error(`index.html: the placeholder ${placeholder} is missing`);
    return source.replace(placeholder, () => value);
  };
  // The template says lang="en" to stay valid HTML; the lecture's own language replaces it.
  let out = put(template, '<html lang="en">', `<html lang="${escapeHtml(page.lang)}">`);
  out = put(out, '<!--deck:head-->', page.head);
  out = put(out, '<!--deck:slides-->', page.slides);
  return out;
}
