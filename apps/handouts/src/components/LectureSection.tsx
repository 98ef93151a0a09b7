// One section of the lecture as the handout prints it: numbered heading (a PDF bookmark) with the numbers
// of its sources, the prose, and the exhibits its slides show.
import { Text } from '@react-pdf/renderer';
import type { Lecture, Section, Slide } from '@vmvc/content';
import { citationList } from '../lecture-text.ts';
import { colors, sizes, type } from '../theme.ts';
import { bookmark } from './bookmark.ts';
import { Exhibit } from './Exhibit.tsx';

interface LectureSectionProps {
  section: Section;
  number: number;
  /** The section's slides from `slideSequence`, in order. */
  slides: Slide[];
  lecture: Lecture;
  width: number;
}

/** A heading that react-pdf keeps with what follows it, when that is a sibling (not inside a View). */
export function SectionHeading({ title, sources }: { title: string; sources?: string }) {
  return (
    <>
      {/* wrap={false}: a heading split at the foot of a page leaves an empty first part that carries the
          bookmark too, and the outline would list the section twice. */}
      <Text
        {...bookmark(title)}
        wrap={false}
        minPresenceAhead={72}
        style={{ ...type(sizes.h1, 1.3, true), marginTop: 10, marginBottom: sources ? 1 : 6 }}
      >
        {title}
      </Text>
      {sources ? (
        <Text
          minPresenceAhead={60}
          style={{ ...type(sizes.small, 1.4), color: colors.muted, marginBottom: 6 }}
        >
          {`Sources: ${sources}`}
        </Text>
      ) : null}
    </>
  );
}

export function LectureSection({ section, number, slides, lecture, width }: LectureSectionProps) {
  const heading = (
    <SectionHeading
      title={`${number}. ${section.title}`}
      sources={citationList(section.references, lecture)}
    />
  );
  const shown = slides.filter((slide) => slide.exhibit !== null);
  // A section without prose opens with an exhibit that may not split across pages: the heading goes inside
  // it, or it would be left alone at the foot of a page.
  const headingInExhibit = section.prose.length === 0 && shown.length > 0;
  // A fragment, not a View: react-pdf keeps a heading with what follows only among siblings of the page.
  return (
    <>
      {headingInExhibit ? null : heading}
      {section.prose.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positions in the section
        <Text key={i} orphans={2} widows={2} style={{ ...type(sizes.body, 1.55), marginBottom: 7 }}>
          {paragraph}
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
