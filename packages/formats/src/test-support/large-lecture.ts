// A valid lecture far larger than the shipped one, for layout tests: long titles, a slide of many bullets and
// one bullet longer than a slide, a long comparison with a cell longer than a slide, many products, terms and
// references, web addresses of 2,000 bytes, words of 60 characters and Hangul from all over the syllable block.
import type { Lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { freshLecture } from './fixtures.ts';

const sentence =
  'Virtual machines bring their own kernel, so they isolate strongly but start slowly and use more memory';
const korean =
  '가상 머신은 하이퍼바이저 위에서 자체 운영 체제를 실행하고 컨테이너는 호스트 커널을 공유합니다';
/** Syllables spread over the whole Hangul block, so the deck needs many of the font's slices. */
const rareHangul = Array.from({ length: 36 }, (_, i) => String.fromCodePoint(0xac00 + i * 311 + 7))
  .join('')
  .replace(/(.{6})/g, '$1 ')
  .trim();
/** The longest word the readable-text rule allows. */
const longWord = 'Hyper'.repeat(12);

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(' ');
/** An https URL of exactly `bytes` bytes. */
const longUrl = (bytes: number, tag: string) => {
  const head = `https://example.org/${tag}/`;
  return head + 'a/b-c'.repeat(Math.ceil(bytes / 5)).slice(0, bytes - head.length);
};

export function largeLecture(): Lecture {
  const lecture = freshLecture();
  lecture.meta.title = `${repeat('Virtual machines and containers compared in depth', 3)} ${korean}`;
  lecture.meta.subtitle = repeat(sentence, 4);

  const [section] = lecture.sections;
  const slide = section?.slides[0];
  if (!section || !slide) throw new Error('the shipped lecture has no first slide');
  slide.title = repeat('Why isolate applications from each other on one machine', 5);
  slide.bullets = [
    ...Array.from({ length: 24 }, (_, i) => `${i + 1}: ${repeat(sentence, 1 + (i % 3))}`),
    repeat(`${sentence} ${korean}`, 12),
    `${longWord} ${longWord} ${longWord} ${rareHangul}`,
    `See ${longUrl(2000, 'bullet')} for details.`,
  ];

  lecture.comparison.rows.push(
    ...Array.from({ length: 16 }, (_, i) => ({
      id: `extra-aspect-${i + 1}`,
      aspect: `Aspect ${i + 1} ${i % 4 === 0 ? longWord : 'of the comparison'}`,
      vm: repeat('Has its own kernel and boots a whole guest operating system', 1 + (i % 3)),
      container: i === 5 ? repeat(`${sentence} ${korean}`, 14) : `Shares the host kernel ${korean}`,
    })),
  );

  lecture.products.push(
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `extra-hypervisor-${i + 1}`,
      name: `Hypervisor ${i + 1} ${rareHangul.slice(0, 6)}`,
      kind: 'vm' as const,
      category: 'type-1-hypervisor' as const,
      description: repeat(sentence, 1 + (i % 2)),
      vendor: `Vendor ${i + 1}`,
      license: { model: 'open-source' as const, spdx: 'Apache-2.0' },
      homepage: i === 0 ? longUrl(2000, 'product') : `https://example.org/hypervisor-${i + 1}`,
    })),
  );

  const { vm, container } = lecture.profiles;
  vm.points.push(...Array.from({ length: 10 }, (_, i) => `${i + 1}. ${repeat(sentence, 1 + (i % 2))}`));
  container.points.push(...Array.from({ length: 6 }, () => korean));
  vm.useCases.push(
    ...Array.from({ length: 14 }, (_, i) => ({ id: `vm-use-${i + 1}`, label: `Use ${i + 1}` })),
  );
  container.useCases.push(
    ...Array.from({ length: 3 }, (_, i) => ({ id: `container-use-${i + 1}`, label: repeat(korean, 2) })),
  );

  lecture.keyDifferences.push(
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `extra-difference-${i + 1}`,
      aspect: `Aspect ${i + 1}`,
      text: sentence,
    })),
  );

  lecture.terms.push(
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `extra-term-${i + 1}`,
      term: i === 0 ? repeat('Very long glossary term', 8) : `Term ${i + 1} ${korean.slice(0, 5)}`,
      definition: i === 1 ? repeat(`${sentence} ${korean}`, 16) : repeat(sentence, 1 + (i % 4)),
      source: 'added' as const,
    })),
  );
  section.slides[0]!.terms = lecture.terms.slice(-4).map((t) => t.id);

  lecture.references.push(
    ...Array.from({ length: 14 }, (_, i) => ({
      id: `extra-reference-${i + 1}`,
      type: 'webpage' as const,
      title: i === 0 ? repeat(`${korean} ${rareHangul}`, 8) : `${korean} ${i + 1}`,
      'translated-title': repeat(sentence, 1 + (i % 3)),
      author: [{ literal: `Author ${i + 1}` }],
      'container-title': 'Example Library',
      publisher: 'Example',
      accessed: { 'date-parts': [[2024, 9, 22]] as [[number, number, number]] },
      URL: i === 0 ? longUrl(2000, 'reference') : `https://example.org/reference-${i + 1}`,
      language: 'ko',
    })),
  );
  section.references.push(...lecture.references.slice(-3).map((r) => r.id));

  lecture.frame.closing.bullets = Array.from({ length: 12 }, (_, i) => `${i + 1}: ${sentence}`);

  const result = validateLecture(lecture);
  if (!result.ok) {
    throw new Error(`the large fixture is not a valid lecture: ${JSON.stringify(result.problems)}`);
  }
  return result.lecture;
}
