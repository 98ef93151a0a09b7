// The students' notes handout: every slide of the deck's sequence as a card, three to a page, with ruled
// lines beside each. With `speaker`, the lecturer's copy: the speaker notes beside each card, no lines.
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
/** The speaker's copy: the card's share of the width, the notes beside it; their sizes, largest first. */
const speakerCardShare = 0.45;
const speakerNotesSizes = [11, 10.5, 10] as const;

export function NotesDocument({ lecture, paper, measure, speaker, plans }: NotesDocumentProps) {
  const box = contentBox(paper);
  const slides = slideSequence(lecture);
  const slotHeight = (box.height - (cardsPerPage - 1) * slotGap) / cardsPerPage;
  const label = speaker ? 'Speaker notes' : variantLabels.notes;

  // The lecturer's copy is read at a lectern: the notes beside the card at 11 pt (10 pt at the least), no
  // ruled lines for a student's pen. The students' copy keeps the card beside lines to write on.
  let notesSize: number = speakerNotesSizes[0];
  let notesLines: string[][] = [];
  let cardHeight = Math.min(box.width * maxCardShare * (9 / 16), slotHeight - labelHeight);
  if (speaker) {
    cardHeight = box.width * speakerCardShare * (9 / 16);
    const notesWidth = box.width * (1 - speakerCardShare) - besideGap;
    let fits = false;
    for (const size of speakerNotesSizes) {
      notesSize = size;
      notesLines = slides.map((s) =>
        wrapLines(s.notes, notesWidth - 8, (t) => measure(t, size) * measureSlack),
      );
      fits = Math.max(...notesLines.map((l) => l.length)) * size * 1.4 <= slotHeight - labelHeight;
      if (fits) break;
    }
    if (!fits) {
      const longest = slides.reduce((a, b) => (b.notes.length > a.notes.length ? b : a));
      throw new Error(
        `${longest.notesPath}: the speaker notes do not fit beside their slide card even in ${notesSize} pt type: expected notes of at most about ${Math.floor(((slotHeight - labelHeight) / (notesSize * 1.4)) * (notesWidth / (notesSize * 0.5)))} characters`,
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
                  style={{ ...textStyle(8, 1.3, true), color: colors.muted, height: labelHeight }}
                >
                  {`Slide ${slide.number} of ${slides.length}`}
                </Text>
                {speaker ? (
                  <View style={{ height: slotHeight - labelHeight, flexDirection: 'row' }}>
                    <SlideCard
                      plan={plan}
                      width={(cardHeight * 16) / 9}
                      centred={slide.kind === 'title' || slide.kind === 'closing'}
                    />
                    <View style={{ flex: 1, marginLeft: besideGap }}>
                      <SpeakerNotes lines={notesLines[slides.indexOf(slide)] ?? []} fontSize={notesSize} />
                    </View>
                  </View>
                ) : (
                  <View style={{ height: slotHeight - labelHeight }}>
                    <RuledLines
                      width={box.width}
                      height={slotHeight - labelHeight}
                      besideUntil={cardHeight}
                      indent={cardWidth + besideGap}
                    />
                    <SlideCard
                      plan={plan}
                      width={cardWidth}
                      centred={slide.kind === 'title' || slide.kind === 'closing'}
                    />
                  </View>
                )}
              </View>
            );
          })}
        </Page>
      ))}
    </Document>
  );
}
