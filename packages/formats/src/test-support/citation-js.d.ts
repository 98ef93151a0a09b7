// Just enough of citation-js's API for the tests that read our CSL-JSON and RIS back; it ships no types.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(
      format: 'bibliography',
      options: { format: 'text' | 'html'; template: string; lang?: string },
    ): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: { add(name: string, style: string): void } };
    };
    input: {
      /** One step of parsing: a RIS file becomes its records, each a map of tag to value(s). */
      chainLink(input: unknown): unknown;
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
