// What a content slide shows besides its bullets, as the content names it: figure, table, products, ...
import type { Exhibit as ExhibitSpec, Lecture, Slide } from '@vmvc/content';
import { ArchitectureFigure } from './ArchitectureFigure.ts';
import { ComparisonTable } from './ComparisonTable.ts';
import { FlowFigure } from './FlowFigure.ts';
import { html, type SafeHtml } from './html.ts';
import { KeyDifferences } from './KeyDifferences.ts';
import { ProductCards } from './ProductCards.ts';
import { ProfileColumns } from './ProfileColumns.ts';
import { UseCases } from './UseCases.ts';

export function Exhibit(exhibit: ExhibitSpec, slide: Slide, lecture: Lecture): SafeHtml {
  switch (exhibit.type) {
    case 'figure':
      // slideSequence hands the slide its figure, resolved; it is null only on slides that show none.
      if (!slide.figure) return html``;
      return slide.figure.kind === 'flow' ? FlowFigure(slide.figure) : ArchitectureFigure(slide.figure);
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
