// Text compared the way a reader sees it, whatever the line breaks of a page or a slide.

/** Every run of whitespace made one space, for finding a sentence that wraps over lines. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** No whitespace at all, for finding a URL or a word broken over lines. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
