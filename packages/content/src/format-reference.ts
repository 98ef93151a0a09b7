// Writes a reference the way the lecture's reference list does (IEEE style for online sources):
// Publisher, “Title,” Site, 31-Mar-2023. [Online]. Available: URL. [Accessed: 22-Sep-2024].
import type { CslDate, Reference } from './types.ts';

// en-US, not en-GB: recent ICU abbreviates September "Sept" in en-GB, and the IEEE form wants "Sep".
// UTC, so that the machine's time zone cannot move the date a day.
const parts = new Intl.DateTimeFormat('en-US', {
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A CSL date as the reference list writes it: `22-Sep-2024`. */
export function formatReferenceDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const part = Object.fromEntries(
    parts.formatToParts(Date.UTC(year, month - 1, day)).map((p) => [p.type, p.value] as const),
  );
  return `${part.day}-${part.month}-${part.year}`;
}

/** The reference's line in the lecture's IEEE form, without its number. */
export function formatReference(reference: Reference): string {
  const author = reference.author?.map((name) => name.literal).join(', ');
  const head = `${author ? `${author}, ` : ''}“${reference.title},” ${reference['container-title']},`;
  const issued = reference.issued ? ` ${formatReferenceDate(reference.issued)}.` : '';
  return `${head}${issued} [Online]. Available: ${reference.URL}. [Accessed: ${formatReferenceDate(reference.accessed)}].`;
}
