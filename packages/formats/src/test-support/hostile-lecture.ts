// A valid lecture whose text is full of what each export format reads as syntax: quotes, commas, line
// breaks, Markdown and GIFT specials, TeX specials and ligatures, YAML that looks like a Marp directive.
// Every export must carry this text through to what its reader shows, unchanged.
import type { Lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { freshLecture } from './fixtures.ts';

/** Every character that is syntax in one of the formats, in one string. */
export const everySpecial =
  'a "quoted", comma; tab there | pipe *star* _under_ `code` [link](https://x.test) <b>html</b> &amp; $x$ :smile: ' +
  "{=~#:} back\\slash -- --- `` '' ?` !` << >> ,, % ^ @ -> 김정현";

export function hostileLecture(): Lecture {
  const lecture = freshLecture();
  lecture.meta.title = 'VM vs Container: "[id:evil]" # {x} :smile: $x$';

  const [section] = lecture.sections;
  section!.title = '# Why *isolate* | apps? {=~#:}';
  section!.prose[0] = `1. Not a list item\n# not a heading\n${everySpecial}`;
  section!.slides[0]!.title = section!.title;
  section!.slides[0]!.bullets[0] = '- not a bullet --- ***';
  section!.slides[0]!.notes = 'class: lead\n--> not the end <!-- nor a comment -->';
  lecture.sections[1]!.slides[0]!.notes = 'paginate: false';

  lecture.terms[0]!.term = 'Kernel "core", {=~#:} | *x*';
  lecture.terms[0]!.definition = `The kernel "core", {=~#:} | *x* is\n${everySpecial}`;
  lecture.terms[1]!.term = '[html]<b>Binaries</b> & Libraries';
  lecture.terms[1]!.definition = '%50% of a program, "quoted", and, commas\nover two lines';
  lecture.terms[2]!.definition = `# starts like a comment ${everySpecial}`;

  const row = lecture.comparison.rows[0]!;
  row.aspect = 'Operating System, "OS"';
  row.vm = 'Has its own kernel,\n"guest" kernel | *bold*';
  row.container = '- Shares; host = "yes" {~}';

  const product = lecture.products[0]!;
  product.name = 'VMware "vSphere", ESXi | *x*';
  product.description = `An enterprise, "quoted"\nsolution ${everySpecial}`;
  product.vendor = 'VMware, Inc. "Broadcom"';
  product.license = { model: 'proprietary', note: 'note, with "quotes"\nand a line break' };

  lecture.figures[0]!.alt = `Two stacks ${everySpecial}`;

  const reference = lecture.references[0]!;
  reference.title = `컨테이너와 {가상} 머신 비교 ${everySpecial}`;
  reference['translated-title'] = "Containers vs. VMs: 100% & $5 #1 _x_ ~ ^ \\ -- ``quoted''";
  reference.author = [{ literal: 'AT&T {Labs} and Friends' }, { literal: 'Microsoft' }];
  reference['container-title'] = 'Microsoft {Learn} & co';
  reference.note = `A note ${everySpecial}`;
  reference.URL = 'https://example.com/a_b%20c/~user?x=1&y=2#frag';

  const result = validateLecture(lecture);
  if (!result.ok)
    throw new Error(`the hostile fixture is not a valid lecture: ${JSON.stringify(result.problems)}`);
  return lecture;
}
