// What the reference exports (CSL-JSON, BibLaTeX, BibTeX, RIS) write the same way, decided once here.
import type { CslDate, Reference } from '@vmvc/content';

/**
 * The title a citation style should print: as published, then its English translation in square brackets
 * (`컨테이너와 가상 머신 비교 [Containers vs. virtual machines]`), the form the IEEE, APA and MLA guides give
 * for a title in another language. No format has a translated-title field that styles print.
 */
export function titleWithTranslation(reference: Reference): string {
  const translated = reference['translated-title'];
  return translated ? `${reference.title} [${translated}]` : reference.title;
}

/**
 * The publisher, when it names someone the entry does not already name. Styles that print both the site and
 * the publisher (APA, MLA) would otherwise print "Red Hat. Red Hat." or "Microsoft. Microsoft Learn." after
 * the author Microsoft; both guides say to leave the repeated name out.
 */
export function distinctPublisher(reference: Reference): string | undefined {
  const named = [reference['container-title'], ...(reference.author ?? []).map((a) => a.literal)];
  const publisher = reference.publisher;
  const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
  return named.some((name) => key(name) === key(publisher)) ? undefined : publisher;
}

/** The parts of a CSL date as numbers: `[2024, 9, 22]`. */
export function dateParts(date: CslDate): [year: number, month: number, day: number] {
  const [year, month, day] = date['date-parts'][0];
  return [year, month, day];
}

const two = (n: number) => String(n).padStart(2, '0');

/** A CSL date as ISO 8601: `2024-09-22`. */
export function isoDate(date: CslDate): string {
  const [year, month, day] = dateParts(date);
  return `${year}-${two(month)}-${two(day)}`;
}
