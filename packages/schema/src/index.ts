// @vmvc/schema: the lecture's shape and its rules. The kit validates a lecture with it once, where the lecture
// is built or read (the content build, `vmvc validate`, `--input`); renderers trust what it passed.
export { notACalendarDay } from './calendar-date.ts';
export { lectureJsonSchema } from './lecture-json-schema.ts';
export { formatPath, formatProblem, type Problem } from './problem.ts';
export { frameSlideIdPattern, generatedQuestionIdPattern } from './reserved-ids.ts';
export { type Rule, rules } from './rules/index.ts';
export { mentions } from './rules/question-answers.ts';
export * from './shape/index.ts';
export { type ValidationResult, validateLecture } from './validate-lecture.ts';
