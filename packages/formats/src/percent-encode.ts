// Percent-encoding of single characters in a URL, for formats that cannot hold them as they are.

/** `%XX` for each UTF-8 byte of every character the pattern matches; the URL means the same. */
export function percentEncode(url: string, pattern: RegExp): string {
  return url.replace(pattern, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
