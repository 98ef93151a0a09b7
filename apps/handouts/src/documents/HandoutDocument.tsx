// The full reader: title block, every section's slide bullets, prose and exhibits in lecture order,
// glossary and references. The closing slide's "Questions and discussion" is the talk's, not the reader's.
// Nothing is set below 8 pt (print.test.ts reads the sizes back).
import { Document, Page, Text } from '@react-pdf/renderer';
import { type Lecture, slideSequence } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { colors, fontFamily } from '@vmvc/design';
import { GlossaryEntries } from '../components/Glossary.tsx';
import { LectureSection, SectionHeading } from '../components/LectureSection.tsx';
import { PageChrome } from '../components/PageChrome.tsx';
import { ReferenceList } from '../components/ReferenceList.tsx';
import { TitleBlock } from '../components/TitleBlock.tsx';
import { textStyle } from '../text/text-style.ts';
import { documentInfo, stampOf } from './document-info.ts';
import { contentBox, type Paper, pageStyle, pagination } from './paper.ts';
import { variantLabels } from './variants.ts';

interface HandoutDocumentProps {
  lecture: Lecture;
  paper: Paper;
  measure: TextMeasure;
}

export function HandoutDocument({ lecture, paper, measure }: HandoutDocumentProps) {
  const { width } = contentBox(paper);
  const slides = slideSequence(lecture);
  const label = variantLabels.handout;
  return (
    <Document {...documentInfo(lecture, label)} pageMode="useOutlines">
      <Page size={paper.size} style={pageStyle} {...pagination}>
        <PageChrome lecture={lecture} label={label} />
        <TitleBlock lecture={lecture} kind={label} />
        {lecture.sections.map((section, i) => (
          <LectureSection
            key={section.id}
            section={section}
            number={i + 1}
            slides={slides.filter((s) => s.section?.id === section.id)}
            lecture={lecture}
            width={width}
            measure={measure}
          />
        ))}
        {/* Headings and what follows are siblings, so react-pdf keeps them on one page. */}
        <SectionHeading title={lecture.frame.glossary.title} />
        <GlossaryEntries terms={lecture.terms} />
        <SectionHeading title={lecture.frame.bibliography.title} />
        <ReferenceList references={lecture.references} width={width} measure={measure} />
        <Text tag="P" style={{ ...textStyle(8, 1.4), color: colors.muted, marginTop: 8 }}>
          {`Made from @vmvc/content ${stampOf(lecture)}. Set in ${fontFamily} (SIL Open Font License 1.1).`}
        </Text>
      </Page>
    </Document>
  );
}
