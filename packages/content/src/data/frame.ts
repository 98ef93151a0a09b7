// What the lecturer says on the slides around the sections: the title slide, the agenda, the glossary, the
// references and the closing slide.
import type { Frame } from '../types.ts';

export const frame: Frame = {
  opening: {
    notes:
      'Welcome everyone. Today we compare two ways of running many applications on one machine while keeping them apart: virtual machines and containers. By the end you should be able to explain how each one is built, what that costs, and which one to choose for a given job.',
  },
  agenda: {
    title: 'Agenda',
    notes:
      'The road for today. We start with why applications need to be kept apart at all, meet virtual machines and containers one at a time, look at how each is built, compare them point by point, and finish with where each is used and where both are heading. The bar at the top of each slide shows where we are.',
  },
  glossary: {
    title: 'Glossary',
    notes:
      'The terms we used today, with their definitions. The handout has the same list; students do not need to copy it.',
  },
  bibliography: {
    title: 'References',
    notes:
      'Every source is a web page, most of them in Korean with an English translation of the title. Scan the QR code to open a page on your phone.',
  },
  closing: {
    title: 'Thank you',
    bullets: ['Questions and discussion', 'VMs and containers: choose by the isolation you need'],
    notes:
      'Invite questions. A good one to start the discussion: would you run an untrusted student submission in a container or in a virtual machine, and why?',
  },
};
