// One section of the lecture as the handout prints it: numbered heading (a PDF bookmark) with the numbers
// of its sources, the bullets of its slides, the prose, and the exhibits its slides show.
import { Text, View } from '@react-pdf/renderer';
import { citationList, type Lecture, type Section, type Slide } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { colors, wrapLines } from '@vmvc/design';
import { measureSlack } from '../text/fonts.ts';
import { textStyle, typeSizes } from '../text/text-style.ts';
import { bookmark } from './bookmark.ts';
import { Exhibit } from './Exhibit.tsx';
import { KeyPoints, keyPointsOf } from './KeyPoints.tsx';

/** What the box of a section's slide bullets is called on paper. */
export const keyPointsLabel = 'On the slides';

interface LectureSectionProps {
  section: Section;
  number: number;
  /** The section's slides from `slideSequence`, in order. */
  slides: Slide[];
  lecture: Lecture;
  width: number;
  measure: TextMeasure;
}

/**
 * A paragraph as react-pdf can set it. One with a word wider than the column (a long URL, typically) is
 * broken into lines here, the URL where a URL may break, because react-pdf would run it off the page or
 * break it with an inserted "-"; any other paragraph is left to react-pdf.
 */
function settable(paragraph: string, width: number, measure: TextMeasure): string {
  const size = typeSizes.body;
  const fits = (text: string) => measure(text, size) * measureSlack <= width;
  if (paragraph.split(/\s+/).every(fits)) return paragraph;
  return wrapLines(paragraph, width, (text) => measure(text, size) * measureSlack).join('\n');
}

/**
 * Room a heading keeps under it for what follows, or it goes to the next page: a paragraph of three lines,
 * which cannot split at all (2 + 1 lines would break its orphans and widows of 2).
 */
const headingPresence = 52;

/**
 * A heading that react-pdf keeps with what follows it, when that is a sibling (not inside a View). The title
 * and its sources line are one block that never splits: apart, the title could end a page on its own.
 */
export function SectionHeading({ title, sources }: { title: string; sources?: string }) {
  // wrap={false}: a heading split at the foot of a page leaves an empty first part that carries the
  // bookmark too, and the outline would list the section twice.
  const heading = (
    <Text
      {...bookmark(title)}
      tag="H2"
      wrap={false}
      minPresenceAhead={sources ? 0 : headingPresence}
      style={{ ...textStyle(typeSizes.h1, 1.3, true), marginTop: 10, marginBottom: sources ? 1 : 6 }}
    >
      {title}
    </Text>
  );
  if (!sources) return heading;
  return (
    <View wrap={false} minPresenceAhead={headingPresence}>
      {heading}
      <Text tag="P" style={{ ...textStyle(typeSizes.small, 1.4), color: colors.muted, marginBottom: 6 }}>
        {`Sources: ${sources}`}
      </Text>
    </View>
  );
}

export function LectureSection({ section, number, slides, lecture, width, measure }: LectureSectionProps) {
  const heading = (
    <SectionHeading
      title={`${number}. ${section.title}`}
      sources={citationList(section.references, lecture)}
    />
  );
  const shown = slides.filter((slide) => slide.exhibit !== null);
  const points = keyPointsOf(slides);
  // The heading and the slides' bullets never part: one block that does not split, and that goes to the next
  // page unless what follows can start under it.
  const opening =
    points.length > 0 ? (
      <View wrap={false} minPresenceAhead={headingPresence}>
        {heading}
        <KeyPoints label={keyPointsLabel} items={points} />
      </View>
    ) : null;
  // A section without prose or bullets opens with an exhibit that may not split across pages: the heading
  // goes inside it, or it would be left alone at the foot of a page.
  const headingInExhibit = opening === null && section.prose.length === 0 && shown.length > 0;
  // A fragment, not a View: react-pdf keeps a heading with what follows only among siblings of the page.
  return (
    <>
      {opening ?? (headingInExhibit ? null : heading)}
      {section.prose.map((paragraph, i) => (
        // A paragraph split across pages stays one P: its parts share their props.
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positions in the section
          key={i}
          tag="P"
          orphans={2}
          widows={2}
          style={{ ...textStyle(typeSizes.body, 1.55), marginBottom: 7 }}
        >
          {settable(paragraph, width, measure)}
        </Text>
      ))}
      {shown.map((slide, i) => (
        <Exhibit
          key={slide.id}
          slide={slide}
          lecture={lecture}
          width={width}
          sectionTitle={section.title}
          lead={headingInExhibit && i === 0 ? heading : null}
        />
      ))}
    </>
  );
}
