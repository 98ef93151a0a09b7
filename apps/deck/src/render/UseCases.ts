// What each side is used for, VM beside container.
import type { Profiles } from '@vmvc/content';
import type { SafeHtml } from './html.ts';
import { SideColumns } from './SideColumns.ts';

export function UseCases(profiles: Profiles): SafeHtml {
  return SideColumns(profiles, 'use-cases', (profile) => profile.useCases.map((u) => u.label));
}
