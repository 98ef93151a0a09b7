import { describe, expect, it } from 'vitest';
import type { Lecture, Question } from '../shape/index.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { mentions, questionAnswers } from './question-answers.ts';

/** The shipped lecture with its questions replaced by these. */
function lectureWith(...questions: Question[]): Lecture {
  const lecture = freshLecture();
  lecture.questions = questions;
  return lecture;
}

const base = { slide: 'containers', name: 'A question', feedback: 'Because the lecture says so.' };

describe('question-answers', () => {
  it('accepts the shipped lecture, and a lecture without questions', () => {
    expect(questionAnswers.check(freshLecture())).toEqual([]);
    expect(questionAnswers.check(lectureWith())).toEqual([]);
  });

  it('reports a wrong answer that reads like the right one, and two wrong answers alike', () => {
    const lecture = lectureWith({
      ...base,
      type: 'multiple-choice',
      id: 'daemonless',
      stem: 'Which tool has no daemon?',
      correct: 'Podman',
      distractors: ['Docker', ' podman ', 'LXC', 'docker'],
    });
    expect(questionAnswers.check(lecture)).toEqual([
      {
        path: 'questions[0].distractors[1]',
        message: '" podman " reads like the correct answer: expected wrong answers that differ from it',
      },
      {
        path: 'questions[0].distractors[3]',
        message:
          '"docker" reads like questions[0].distractors[0]: expected wrong answers that differ from each other',
      },
    ]);
  });

  it("reports a stem that contains its correct answer (the old quiz's “LXC (Linux Containers): VM or container?”)", () => {
    const lecture = lectureWith(
      {
        ...base,
        type: 'multiple-choice',
        id: 'lxc-kind',
        stem: 'LXC (Linux Containers): virtual machines or containers?',
        correct: 'Containers',
        distractors: ['Virtual machines', 'Hypervisors'],
      },
      {
        ...base,
        type: 'short-answer',
        id: 'shared-kernel',
        stem: 'Containers share the host’s kernel. Which part of the OS do they share?',
        answers: ['the kernel', 'kernel'],
      },
    );
    expect(questionAnswers.check(lecture)).toEqual([
      {
        path: 'questions[0].stem',
        message:
          'the stem contains the answer "Containers": expected a stem that does not give the answer away',
      },
      {
        path: 'questions[1].stem',
        message: 'the stem contains the answer "kernel": expected a stem that does not give the answer away',
      },
    ]);
  });

  it('reports matching prompts alike, and a matching question with one answer for all', () => {
    const lecture = lectureWith({
      ...base,
      type: 'matching',
      id: 'kinds',
      stem: 'Match each product to its kind.',
      pairs: [
        { prompt: 'Docker', answer: 'Container engine' },
        { prompt: 'Podman', answer: 'Container engine' },
        { prompt: 'DOCKER', answer: 'container  engine' },
      ],
    });
    expect(questionAnswers.check(lecture)).toEqual([
      {
        path: 'questions[0].pairs[2].prompt',
        message: '"DOCKER" reads like questions[0].pairs[0]: expected prompts that differ from each other',
      },
      {
        path: 'questions[0].pairs',
        message:
          'every prompt has the answer "Container engine": expected at least two different answers to choose from',
      },
    ]);
  });

  it('reports accepted short answers alike', () => {
    const lecture = lectureWith({
      ...base,
      type: 'short-answer',
      id: 'platform',
      stem: 'Which platform is the most widely used?',
      answers: ['Docker', 'Docker Engine', 'docker'],
    });
    expect(questionAnswers.check(lecture).map((p) => p.path)).toEqual(['questions[0].answers[2]']);
  });

  it('matches whole words only, letter case and spaces aside', () => {
    expect(mentions('How many kernels does it show?', 'kernel')).toBe(false);
    expect(mentions('Which part: the  Kernel?', 'the kernel')).toBe(true);
    expect(mentions('Three apps, three VMs', '3')).toBe(false);
    expect(mentions('Run it in a VM (virtual machine).', 'VM')).toBe(true);
    expect(mentions('anything', '  ')).toBe(false);
  });
});
