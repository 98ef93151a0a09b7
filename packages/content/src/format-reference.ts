// Writes a reference the way the lecture's reference list does (IEEE style for online sources):
// Publisher, “Title,” Site, 31-Mar-2023. [Online]. Available: URL. [Accessed: 22-Sep-2024].
import type { CslDate, Reference } from './schema/index.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A CSL date as the reference list writes it: `22-Sep-2024`. */
export function formatReferenceDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return `${String(day).padStart(2, '0')}-${months[month - 1]}-${year}`;
}

/** The reference's line in the lecture's IEEE form, without its number. */
export function formatReference(reference: Reference): string {
  const author = reference.author?.map((name) => name.literal).join(', ');
  const head = `${author ? `${author}, ` : ''}“${reference.title},” ${reference['container-title']},`;
  const issued = reference.issued ? ` ${formatReferenceDate(reference.issued)}.` : '';
  return `${head}${issued} [Online]. Available: ${reference.URL}. [Accessed: ${formatReferenceDate(reference.accessed)}].`;
}
