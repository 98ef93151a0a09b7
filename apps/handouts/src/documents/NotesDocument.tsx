// The students' notes handout: every slide of the deck's sequence as a card, three to a page, with ruled
// lines beside each. With `speaker`, the speaker notes go under each card: the lecturer's copy.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { type Lecture, slideSequence } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { PageChrome } from '../components/PageChrome.tsx';
import type { CardPlan } from '../notes/plan-card.ts';
import { RuledLines } from '../notes/RuledLines.tsx';
import { SlideCard } from '../notes/SlideCard.tsx';
import { SpeakerNotes } from '../notes/SpeakerNotes.tsx';
import { measureSlack, type TextMeasure } from '../text/fonts.ts';
import { wrapLines } from '../text/text-layout.ts';
import { textStyle } from '../text/text-style.ts';
import { documentInfo } from './document-info.ts';
import { contentBox, type Paper, pageStyle } from './paper.ts';
import { variantLabels } from './variants.ts';

interface NotesDocumentProps {
  lecture: Lecture;
  paper: Paper;
  measure: TextMeasure;
  speaker: boolean;
  /** The cards, planned by `planNotes`. */
  plans: CardPlan[];
}

const cardsPerPage = 3;
const slotGap = 14;
const labelHeight = 13;
const besideGap = 14;
/** A card never takes more than this share of the width, so the ruled lines beside it stay usable. */
const maxCardShare = 0.6;
/** Below this height (in points) a card is too small to read: the speaker notes must be shorter. */
const minCardHeight = 80;

export function NotesDocument({ lecture, paper, measure, speaker, plans }: NotesDocumentProps) {
  const box = contentBox(paper);
  const slides = slideSequence(lecture);
  const slotHeight = (box.height - (cardsPerPage - 1) * slotGap) / cardsPerPage;
  const label = speaker ? 'Speaker notes' : variantLabels.notes;

  // The speaker notes run the full width under the card; the card gives up the height they need.
  let notesSize = 7.5;
  let notesLines: string[][] = [];
  let notesHeight = 0;
  let cardHeight = Math.min(box.width * maxCardShare * (9 / 16), slotHeight - labelHeight);
  if (speaker) {
    for (; notesSize >= 5.5; notesSize -= 0.5) {
      const size = notesSize;
      notesLines = slides.map((s) =>
        wrapLines(s.notes, box.width - 8, (t) => measure(t, size) * measureSlack),
      );
      notesHeight = Math.max(...notesLines.map((l) => l.length)) * notesSize * 1.4 + 6;
      if (slotHeight - labelHeight - notesHeight >= 110) break;
    }
    cardHeight = Math.min(cardHeight, slotHeight - labelHeight - notesHeight);
    if (cardHeight < minCardHeight) {
      const longest = slides.reduce((a, b) => (b.notes.length > a.notes.length ? b : a));
      throw new Error(
        `${longest.notesPath}: the speaker notes leave no room for the slide card even in ${notesSize + 0.5} pt type: expected shorter notes`,
      );
    }
  }
  const cardWidth = (cardHeight * 16) / 9;

  const pages: (typeof slides)[] = [];
  for (let i = 0; i < slides.length; i += cardsPerPage) pages.push(slides.slice(i, i + cardsPerPage));

  return (
    <Document {...documentInfo(lecture, label)}>
      {pages.map((group, p) => (
        <Page key={group[0]?.id ?? p} size={paper.size} style={pageStyle}>
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
                  style={{ ...textStyle(7.5, 1.3, true), color: colors.muted, height: labelHeight }}
                >
                  {`Slide ${slide.number} of ${slides.length}`}
                </Text>
                <View style={{ height: slotHeight - labelHeight }}>
                  <RuledLines
                    width={box.width}
                    height={speaker ? cardHeight : slotHeight - labelHeight}
                    besideUntil={cardHeight}
                    indent={cardWidth + besideGap}
                  />
                  <SlideCard
                    plan={plan}
                    width={cardWidth}
                    centred={slide.kind === 'title' || slide.kind === 'closing'}
                  />
                  {speaker ? (
                    <SpeakerNotes lines={notesLines[slides.indexOf(slide)] ?? []} fontSize={notesSize} />
                  ) : null}
                </View>
              </View>
            );
          })}
        </Page>
      ))}
    </Document>
  );
}
