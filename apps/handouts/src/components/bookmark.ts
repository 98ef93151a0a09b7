// PDF bookmarks (the outline a reader's sidebar shows). react-pdf reads `bookmark` on any element, but its
// typings declare it on <Page> only; spreading these props keeps that gap in one place.
export function bookmark(title: string): object {
  return { bookmark: { title, fit: true, expanded: false } };
}
