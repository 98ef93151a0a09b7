// Just enough of citation-js's API for the tests that read our BibTeX and CSL-JSON back; it ships no types.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
