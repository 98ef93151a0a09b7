// The content stamp a file of the kit carries (`v0.1.0 · 1a2b3c4d`), read where each medium keeps it: the
// deck's <meta name="vmvc-content-stamp">, a PDF's Creator (`@vmvc/handouts · content …`), a PowerPoint's
// description. What a file says of itself, so the list holds however the file got where it is.
import { strFromU8, unzipSync } from 'fflate';
import * as mupdf from 'mupdf';

const stampPattern = /content (v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)? · [0-9a-f]{8})/;

function htmlStamp(bytes: Uint8Array): string | null {
  const html = new TextDecoder().decode(bytes);
  return (
    /<meta name="vmvc-content-stamp" content="([^"]+)">/.exec(html)?.[1]?.replace(/&middot;/g, '·') ?? null
  );
}

function pdfStamp(bytes: Uint8Array): string | null {
  try {
    const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
    return stampPattern.exec(doc.getMetaData('info:Creator') ?? '')?.[1] ?? null;
  } catch {
    return null;
  }
}

function pptxStamp(bytes: Uint8Array): string | null {
  try {
    const core = unzipSync(bytes, { filter: (entry) => entry.name === 'docProps/core.xml' })[
      'docProps/core.xml'
    ];
    return core ? (stampPattern.exec(strFromU8(core))?.[1] ?? null) : null;
  } catch {
    return null;
  }
}

/** The stamp the file carries, or null when it carries none (or cannot be read as what its name says). */
export function readStamp(path: string, bytes: Uint8Array): string | null {
  if (path.endsWith('.html')) return htmlStamp(bytes);
  if (path.endsWith('.pdf')) return pdfStamp(bytes);
  if (path.endsWith('.pptx')) return pptxStamp(bytes);
  return null;
}
