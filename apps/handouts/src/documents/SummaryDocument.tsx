// The one-page cheat sheet: the figure, the comparison table and the glossary, nothing under 8 pt.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { type Lecture, type StackFigure, slideSequence } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { ArchitectureFigure } from '../components/ArchitectureFigure.tsx';
import { ComparisonTable } from '../components/ComparisonTable.tsx';
import { GlossaryEntries } from '../components/Glossary.tsx';
import { PageChrome } from '../components/PageChrome.tsx';
import { TitleBlock } from '../components/TitleBlock.tsx';
import { textStyle } from '../text/text-style.ts';
import { documentInfo } from './document-info.ts';
import { contentBox, type Paper, pageStyle, pagination } from './paper.ts';
import { variantLabels } from './variants.ts';

interface SummaryDocumentProps {
  lecture: Lecture;
  paper: Paper;
}

/** The smallest type on the page, in points: the glossary's. Nothing is set smaller to make the page fit. */
export const summaryFloor = 8;

function Heading({ children }: { children: string }) {
  return (
    // H2: the summary's one H1 is the lecture's title in the title block.
    <Text tag="H2" style={{ ...textStyle(9.5, 1.3, true), color: colors.muted, marginBottom: 4 }}>
      {children}
    </Text>
  );
}

/**
 * One page by layout: the figure across the page without the captions the handout prints under it, the
 * comparison table, and the glossary in three columns balanced by length. The key differences are not repeated here: each is a
 * row of the comparison table above (operating system, resource usage, portability and speed, isolation).
 */
export function SummaryDocument({ lecture, paper }: SummaryDocumentProps) {
  const { width } = contentBox(paper);
  const label = variantLabels.summary;
  const slides = slideSequence(lecture);
  // The figure that sets the two sides beside each other (the first, should there be more), as the deck shows it.
  const figure = slides
    .map((s) => s.figure)
    .find(
      (f): f is StackFigure => f?.kind === 'stacks' && new Set(f.stacks.map((stack) => stack.side)).size > 1,
    );
  return (
    <Document {...documentInfo(lecture, label)}>
      <Page size={paper.size} style={pageStyle} {...pagination}>
        <PageChrome lecture={lecture} label={label} />
        <TitleBlock lecture={lecture} kind={label} compact />
        {figure ? (
          <View style={{ marginBottom: 10 }}>
            <Heading>{figure.title}</Heading>
            <ArchitectureFigure figure={figure} width={width} captions={false} minLabelSize={summaryFloor} />
          </View>
        ) : null}
        <View style={{ marginBottom: 10 }}>
          <Heading>{lecture.comparison.title}</Heading>
          <ComparisonTable comparison={lecture.comparison} fontSize={8.5} padding={3.5} />
        </View>
        <Heading>{lecture.frame.glossary.title}</Heading>
        <GlossaryEntries
          terms={lecture.terms}
          fontSize={summaryFloor}
          columns={3}
          gap={12}
          lineHeight={1.3}
        />
      </Page>
    </Document>
  );
}
