// `npm start` until the deck and handouts exist: the lecture at a glance, bundled from the sources this build
// validated (`npm start` runs only after a build that succeeded).
import { authorLine, contentStamp, lecture, slideSequence } from '../src/index.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const kinds = (kind: string) => lecture.products.filter((p) => p.kind === kind).length;

process.stdout.write(
  [
    `${lecture.meta.title} — ${authorLine(lecture.meta.authors)}`,
    `@vmvc/content ${lecture.meta.version} · content stamp ${contentStamp(lecture).text}`,
    `valid: ${count(lecture.sections.length, 'section')}, ${count(slideSequence(lecture).length, 'slide')}, ` +
      `${count(lecture.terms.length, 'term')}, ${count(lecture.products.length, 'product')} ` +
      `(${kinds('vm')} VM, ${kinds('container')} container), ${count(lecture.comparison.rows.length, 'comparison row')}, ` +
      `${count(lecture.references.length, 'reference')}`,
    '',
  ].join('\n'),
);
