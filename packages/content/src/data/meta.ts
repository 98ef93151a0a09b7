// The title block. The seed's first line ("M, JUNGHYUN 김정현") lost the start of the family name:
// the author is Junghyun Kim (김정현).
import { version } from '../../package.json' with { type: 'json' };
import type { Meta } from '../types.ts';

export const meta: Meta = {
  title: 'VM vs Container',
  subtitle: 'How virtual machines and containers isolate applications, and when to use which',
  authors: [{ name: 'Junghyun Kim', nameOriginal: '김정현', nameOriginalLanguage: 'ko' }],
  language: 'en',
  // The newest access date in the seed's reference list: the day the text was last revised.
  date: '2024-09-24',
  version,
  license: 'CC-BY-4.0',
  keywords: ['virtual machines', 'containers', 'virtualization', 'hypervisor', 'Docker', 'Kubernetes'],
};
