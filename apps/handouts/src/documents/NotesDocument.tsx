// The students' notes handout: every slide of the deck's sequence as a card across the page, two to a page,
// with ruled lines under each. With `speaker`, the lecturer's copy: a slide a page, its notes under it.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { type Lecture, slideSequence } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { colors, wrapLines } from '@vmvc/design';
import { PageChrome } from '../components/PageChrome.tsx';
import { type CardPlan, narrowestCard } from '../notes/plan-card.ts';
import { RuledLines } from '../notes/RuledLines.tsx';
import { SlideCard } from '../notes/SlideCard.tsx';
import { SpeakerNotes } from '../notes/SpeakerNotes.tsx';
import { measureSlack } from '../text/fonts.ts';
import { textStyle } from '../text/text-style.ts';
import { documentInfo } from './document-info.ts';
import { contentBox, type Paper, pageStyle, pagination } from './paper.ts';
import { variantLabels } from './variants.ts';

interface NotesDocumentProps {
  lecture: Lecture;
  paper: Paper;
  measure: TextMeasure;
  speaker: boolean;
  /** The cards, planned by `planNotes`. */
  plans: CardPlan[];
}

const slotGap = 14;
const labelHeight = 13;
const notesGap = 10;
/** The speaker notes' sizes, largest first: a lectern is an arm's length away. */
const speakerNotesSizes = [12, 11.5, 11, 10.5, 10] as const;

export function NotesDocument({ lecture, paper, measure, speaker, plans }: NotesDocumentProps) {
  const box = contentBox(paper);
  const slides = slideSequence(lecture);
  const label = speaker ? 'Speaker notes' : variantLabels.notes;
  // Every card spans the page: narrower, a slide's smallest type would drop under 7 pt (plan-card.ts).
  const cardWidth = box.width;
  if (cardWidth < narrowestCard) {
    throw new Error(
      `notes (${paper.label}): a card ${cardWidth.toFixed(0)} pt wide would set its smallest text under 7 pt: expected paper with at least ${narrowestCard} pt between the margins`,
    );
  }
  const cardHeight = (cardWidth * 9) / 16;
  // Students: two slides a page, lines under each to write on. The lecturer: a slide a page, its notes
  // under it at 12 pt (10 pt at the least), as a notes page of a presentation program.
  const perPage = speaker ? 1 : 2;
  // A point to spare: slots that add up to the page's exact height would leave the last one no room.
  const slotHeight = Math.floor((box.height - (perPage - 1) * slotGap) / perPage) - 1;
  const below = slotHeight - labelHeight - cardHeight - notesGap - 1;

  let notesSize: number = speakerNotesSizes[0];
  let notesLines: string[][] = [];
  if (speaker) {
    let fits = false;
    for (const size of speakerNotesSizes) {
      notesSize = size;
      notesLines = slides.map((s) =>
        wrapLines(s.notes, box.width - 10, (t) => measure(t, size) * measureSlack),
      );
      fits = Math.max(...notesLines.map((l) => l.length)) * size * 1.4 <= below;
      if (fits) break;
    }
    if (!fits) {
      const longest = slides.reduce((a, b) => (b.notes.length > a.notes.length ? b : a));
      throw new Error(
        `${longest.notesPath}: the speaker notes do not fit under their slide card even in ${notesSize} pt type: expected shorter notes`,
      );
    }
  }

  const pages: (typeof slides)[] = [];
  for (let i = 0; i < slides.length; i += perPage) pages.push(slides.slice(i, i + perPage));

  return (
    <Document {...documentInfo(lecture, label)}>
      {pages.map((group, p) => (
        <Page key={group[0]?.id ?? p} size={paper.size} style={pageStyle} {...pagination}>
          <PageChrome lecture={lecture} label={label} />
          {group.map((slide, i) => {
            const plan = plans[slide.number - 1] as CardPlan;
            return (
              // One section per slide: its label, then the card (the ruled lines are artifacts).
              <View
                key={slide.id}
                tag="Sect"
                wrap={false}
                style={{ height: slotHeight, marginBottom: i < group.length - 1 ? slotGap : 0 }}
              >
                <Text
                  tag="P"
                  style={{ ...textStyle(8, 1.3, true), color: colors.muted, height: labelHeight }}
                >
                  {`Slide ${slide.number} of ${slides.length}`}
                </Text>
                <SlideCard
                  plan={plan}
                  width={cardWidth}
                  centred={slide.kind === 'title' || slide.kind === 'closing'}
                />
                <View style={{ marginTop: notesGap }}>
                  {speaker ? (
                    <SpeakerNotes lines={notesLines[slides.indexOf(slide)] ?? []} fontSize={notesSize} />
                  ) : (
                    <RuledLines width={box.width} height={below} />
                  )}
                </View>
              </View>
            );
          })}
        </Page>
      ))}
    </Document>
  );
}
