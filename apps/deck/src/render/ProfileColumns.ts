// The summary: each side's points, VM beside container.
import type { Profiles } from '@vmvc/content';
import type { SafeHtml } from './html.ts';
import { SideColumns } from './SideColumns.ts';

export function ProfileColumns(profiles: Profiles): SafeHtml {
  return SideColumns(profiles, 'profiles', (profile) => profile.points);
}
