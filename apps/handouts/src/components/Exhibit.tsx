// What a slide shows besides its bullets, as the handout prints it: the figure, a table, the use cases,
// the profiles or the key differences. Each kind of exhibit is named in the content; this picks its look.
import { Text, View } from '@react-pdf/renderer';
import type { Lecture, Slide } from '@vmvc/content';
import { colors } from '@vmvc/design';
import type { ReactNode } from 'react';
import { textStyle } from '../text/text-style.ts';
import { CaptionedFigure } from './CaptionedFigure.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { KeyDifferenceList } from './KeyDifferenceList.tsx';
import { ProductTable } from './ProductTable.tsx';
import { SideColumns } from './SideColumns.tsx';

interface ExhibitProps {
  slide: Slide;
  lecture: Lecture;
  width: number;
  /** Leave out a caption that would only repeat the section's heading. */
  sectionTitle: string;
  /** What must stay on the page with the start of the exhibit: the heading of a section without prose. */
  lead?: ReactNode;
}

function Caption({ children }: { children: string }) {
  return (
    <Text
      tag="H3"
      minPresenceAhead={60}
      style={{ ...textStyle(9, 1.4, true), color: colors.muted, marginTop: 4, marginBottom: 5 }}
    >
      {children}
    </Text>
  );
}

/**
 * Space under a block is padding, not margin: react-pdf moves an element that fits on the page to the next
 * one when its bottom margin does not fit (it counts the margin as presence ahead), even a splittable one.
 */
const block = { marginTop: 4, paddingBottom: 12 } as const;

/**
 * A caption and the table or list under it, which splits between rows. The caption is a sibling of the
 * table, not its first child: react-pdf honours minPresenceAhead only for an element with something before
 * it on the page, so a caption inside the table's View was left alone at the foot of a page.
 */
function Captioned({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <>
      {caption}
      <View style={caption ? { paddingBottom: block.paddingBottom } : block}>{children}</View>
    </>
  );
}

export function Exhibit({ slide, lecture, width, sectionTitle, lead = null }: ExhibitProps) {
  const { exhibit } = slide;
  if (!exhibit) return null;
  const caption = slide.title !== sectionTitle ? <Caption>{slide.title}</Caption> : null;
  // A block that never splits: the caption's own space above stands for the block's.
  const whole = caption ? { paddingBottom: block.paddingBottom } : block;
  switch (exhibit.type) {
    case 'figure':
      // slideSequence resolved the figure; validation guarantees it exists.
      return slide.figure ? <CaptionedFigure figure={slide.figure} width={width} lead={lead} /> : null;
    // Tables and lists split between rows: a lead goes before them, kept on the page by its own
    // minPresenceAhead. Blocks that never split take the lead inside.
    case 'comparison':
      return (
        <>
          {lead}
          <Captioned caption={<Caption>{lecture.comparison.title}</Caption>}>
            <ComparisonTable comparison={lecture.comparison} />
          </Captioned>
        </>
      );
    case 'products':
      return (
        <>
          {lead}
          <Captioned caption={caption}>
            <ProductTable products={slide.products} />
          </Captioned>
        </>
      );
    case 'use-cases':
      return (
        <View wrap={false} style={whole}>
          {lead}
          {caption}
          <SideColumns profiles={lecture.profiles} show="use-cases" heading={caption ? 'H4' : 'H3'} />
        </View>
      );
    case 'profiles':
      return (
        <View wrap={false} style={whole}>
          {lead}
          {caption}
          <SideColumns profiles={lecture.profiles} show="points" heading={caption ? 'H4' : 'H3'} />
        </View>
      );
    case 'key-differences':
      return (
        <>
          {lead}
          <Captioned caption={caption}>
            <KeyDifferenceList items={lecture.keyDifferences} />
          </Captioned>
        </>
      );
  }
}
