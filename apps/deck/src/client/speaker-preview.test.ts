import { describe, expect, it } from 'vitest';
import { isReportingPreview, isUpcomingPreview, silentQuery } from './speaker-preview.ts';

// The query strings reveal.js 6's notes plugin gives its two preview iframes.
const current =
  '?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&scrollActivationWidth=false&postMessageEvents=true';
const upcoming =
  '?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&scrollActivationWidth=false&controls=false';

describe('the speaker view previews', () => {
  it('tells the current-slide preview from the upcoming one and from the deck itself', () => {
    expect(isReportingPreview(current)).toBe(true);
    expect(isReportingPreview(upcoming)).toBe(false);
    expect(isReportingPreview('')).toBe(false);
    expect(isUpcomingPreview(upcoming)).toBe(true);
    expect(isUpcomingPreview(current)).toBe(false);
    expect(isUpcomingPreview('')).toBe(false);
    expect(isReportingPreview('?postMessageEvents=true')).toBe(false);
  });

  it('starts the current preview silent: its query loses postMessageEvents and keeps the rest as written', () => {
    expect(silentQuery(current)).toBe(
      '?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&scrollActivationWidth=false',
    );
    expect(silentQuery('?postMessageEvents=true')).toBe('');
  });
});
