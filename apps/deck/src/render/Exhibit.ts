// What a content slide shows besides its bullets, as the content names it: figure, table, products, ...
import type { Exhibit as ExhibitSpec, Lecture, Slide } from '@vmvc/content';
import { ArchitectureFigure } from './ArchitectureFigure.ts';
import { ComparisonTable } from './ComparisonTable.ts';
import { html, type SafeHtml } from './html.ts';
import { KeyDifferences } from './KeyDifferences.ts';
import { ProductCards } from './ProductCards.ts';
import { ProfileColumns, UseCases } from './SideBySide.ts';

/** A slide names something the lecture does not hold; validated content never does this. */
export class MissingExhibitError extends Error {}

export function Exhibit(exhibit: ExhibitSpec, slide: Slide, lecture: Lecture): SafeHtml {
  switch (exhibit.type) {
    case 'figure': {
      const figure = lecture.figures.find((f) => f.id === exhibit.figure);
      if (!figure) {
        throw new MissingExhibitError(
          `slide "${slide.id}": exhibit.figure "${exhibit.figure}" is not in lecture.figures (${lecture.figures.map((f) => f.id).join(', ') || 'none'})`,
        );
      }
      return ArchitectureFigure(figure);
    }
    case 'comparison':
      return ComparisonTable(lecture.comparison);
    case 'products':
      return ProductCards(slide.products);
    case 'use-cases':
      return UseCases(lecture.profiles);
    case 'profiles':
      return ProfileColumns(lecture.profiles);
    case 'key-differences':
      return KeyDifferences(lecture.keyDifferences);
  }
  return html``;
}
