// The three handouts the kit prints and the names of their files.
import type { PaperId } from './paper.ts';

export const variantIds = ['handout', 'summary', 'notes'] as const;
export type VariantId = (typeof variantIds)[number];

export interface RenderOptions {
  variant: VariantId;
  paper: PaperId;
  /** Notes only: print the speaker notes under each slide card (the lecturer's copy). */
  speaker?: boolean;
}

/** `handout-a4.pdf`, `summary-letter.pdf`; the lecturer's notes are `notes-speaker-a4.pdf`. */
export function fileName({ variant, paper, speaker }: RenderOptions): string {
  const name = variant === 'notes' && speaker ? 'notes-speaker' : variant;
  return `${name}-${paper}.pdf`;
}

/** What each variant is called on paper and in the PDF title. */
export const variantLabels: Record<VariantId, string> = {
  handout: 'Handout',
  summary: 'Summary',
  notes: 'Notes',
};
