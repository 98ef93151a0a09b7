// Lectures for tests: private copies of the shipped one, changed in one way each.
import { type Lecture, lecture } from '@vmvc/content';

export function freshLecture(): Lecture {
  return structuredClone(lecture);
}

/**
 * A valid lecture that cannot be printed: its first slide has 40 long bullets, more than a notes card holds
 * even at the smallest type, so the notes render fails and names the slide.
 */
export function crowdedLecture(): { lecture: Lecture; path: string } {
  const crowded = freshLecture();
  const slide = crowded.sections[0]?.slides[0];
  if (!slide) throw new Error('the lecture has no first slide');
  slide.bullets = Array(40).fill(
    'A very long bullet about isolation, resources and the operating system kernel',
  );
  return { lecture: crowded, path: 'sections[0].slides[0]' };
}
