// How many pages a PDF has, read from its bytes: react-pdf writes every page object in the open.
export function countPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}
