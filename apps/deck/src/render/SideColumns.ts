// VM beside container, one column each under its side's profile title: the layout of the summary's exhibits
// that set one side beside the other (UseCases, ProfileColumns).
import type { Profile, Profiles, Side } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

function Column(side: Side, profile: Profile, items: readonly string[]): SafeHtml {
  return html`<div class="side-column side-${side}" data-side="${side}">
<h3 class="side-title">${profile.title}</h3>
<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
</div>`;
}

/** Both sides' columns; `items` picks what a side's column lists, `variant` is the exhibit's class. */
export function SideColumns(
  profiles: Profiles,
  variant: 'use-cases' | 'profiles',
  items: (profile: Profile) => readonly string[],
): SafeHtml {
  return html`<div class="side-by-side ${variant}">${Column('vm', profiles.vm, items(profiles.vm))}${Column(
    'container',
    profiles.container,
    items(profiles.container),
  )}</div>`;
}
