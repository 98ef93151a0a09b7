// Ids the media give what they generate around the lecture's own items; the lecture may not use them, so that
// a generated slide or question never takes the id (the deep link, the LMS id) of an authored one.

/** Ids the slide sequence gives the slides around the sections (title, agenda, glossary, references, closing). */
export const frameSlideIdPattern = /^(?:title|agenda|closing|glossary(?:-\d+)?|references(?:-\d+)?)$/;

/** Question ids the question bank gives the questions it generates from the glossary and the products. */
export const generatedQuestionIdPattern = /^(?:glossary|products)-/;
