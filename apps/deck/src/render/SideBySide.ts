// The summary's exhibits that set one side beside the other: use cases, and each side's profile.
import type { Profile, Profiles, Side } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

function Column(side: Side, profile: Profile, items: readonly string[]): SafeHtml {
  return html`<div class="side-column side-${side}" data-side="${side}">
<h3 class="side-title">${profile.title}</h3>
<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
</div>`;
}

export function UseCases(profiles: Profiles): SafeHtml {
  return html`<div class="side-by-side use-cases">${Column(
    'vm',
    profiles.vm,
    profiles.vm.useCases.map((u) => u.label),
  )}${Column(
    'container',
    profiles.container,
    profiles.container.useCases.map((u) => u.label),
  )}</div>`;
}

export function ProfileColumns(profiles: Profiles): SafeHtml {
  return html`<div class="side-by-side profiles">${Column('vm', profiles.vm, profiles.vm.points)}${Column(
    'container',
    profiles.container,
    profiles.container.points,
  )}</div>`;
}
