// The one-page cheat sheet: the figure, the comparison table, the key differences and the glossary.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { type Lecture, type StackFigure, slideSequence } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { ArchitectureFigure } from '../components/ArchitectureFigure.tsx';
import { ComparisonTable } from '../components/ComparisonTable.tsx';
import { GlossaryEntries } from '../components/Glossary.tsx';
import { KeyDifferenceList } from '../components/KeyDifferenceList.tsx';
import { PageChrome } from '../components/PageChrome.tsx';
import { TitleBlock } from '../components/TitleBlock.tsx';
import { textStyle } from '../text/text-style.ts';
import { documentInfo } from './document-info.ts';
import { contentBox, type Paper, pageStyle } from './paper.ts';
import { variantLabels } from './variants.ts';

interface SummaryDocumentProps {
  lecture: Lecture;
  paper: Paper;
  /** Type size factor: the renderer lowers it until the page holds everything. */
  scale: number;
}

function Heading({ children, size }: { children: string; size: number }) {
  return (
    // H2: the summary's one H1 is the lecture's title in the title block.
    <Text tag="H2" style={{ ...textStyle(size, 1.3, true), color: colors.muted, marginBottom: size * 0.4 }}>
      {children}
    </Text>
  );
}

export function SummaryDocument({ lecture, paper, scale }: SummaryDocumentProps) {
  const { width } = contentBox(paper);
  const label = variantLabels.summary;
  const slides = slideSequence(lecture);
  // The figure that sets the two sides beside each other (the first, should there be more), as the deck shows it.
  const figure = slides
    .map((s) => s.figure)
    .find(
      (f): f is StackFigure => f?.kind === 'stacks' && new Set(f.stacks.map((stack) => stack.side)).size > 1,
    );
  const z = (n: number) => n * scale;
  // The key differences are headed as the slide that shows them is titled.
  const keyDifferencesTitle = slides.find((s) => s.exhibit?.type === 'key-differences')?.title;
  return (
    <Document {...documentInfo(lecture, label)}>
      <Page size={paper.size} style={pageStyle}>
        <PageChrome lecture={lecture} label={label} />
        <TitleBlock lecture={lecture} kind={label} compact />
        {figure ? (
          <View style={{ marginBottom: z(10) }}>
            <Heading size={z(9)}>{figure.title}</Heading>
            <ArchitectureFigure figure={figure} width={width * Math.min(1, scale)} captionSize={z(7.5)} />
          </View>
        ) : null}
        <View style={{ marginBottom: z(10) }}>
          <Heading size={z(9)}>{lecture.comparison.title}</Heading>
          <ComparisonTable comparison={lecture.comparison} fontSize={z(8)} />
        </View>
        {lecture.keyDifferences.length > 0 ? (
          <View style={{ marginBottom: z(10) }}>
            {keyDifferencesTitle ? <Heading size={z(9)}>{keyDifferencesTitle}</Heading> : null}
            <KeyDifferenceList items={lecture.keyDifferences} fontSize={z(8)} />
          </View>
        ) : null}
        <Heading size={z(9)}>{lecture.frame.glossary.title}</Heading>
        <GlossaryEntries terms={lecture.terms} fontSize={z(7)} columns={2} gap={z(14)} />
      </Page>
    </Document>
  );
}
