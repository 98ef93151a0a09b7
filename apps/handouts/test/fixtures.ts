// Lectures for tests: private copies of the shipped one, changed in one way each.
import { type Lecture, lecture } from '@vmvc/content';

export function freshLecture(): Lecture {
  return structuredClone(lecture);
}

/** Where the architecture figure's slide is, and a lecture whose slide names a figure that does not exist. */
export function lectureWithMissingFigure(): { lecture: Lecture; path: string } {
  const broken = freshLecture();
  for (const [s, section] of broken.sections.entries()) {
    for (const [i, slide] of section.slides.entries()) {
      if (slide.exhibit?.type === 'figure') {
        slide.exhibit = { type: 'figure', figure: 'no-such-figure' };
        return { lecture: broken, path: `sections[${s}].slides[${i}].exhibit.figure` };
      }
    }
  }
  throw new Error('the shipped lecture has no figure slide');
}
