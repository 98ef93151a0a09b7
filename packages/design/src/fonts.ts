// Where the kit's font files are on disk (Node only): the deck subsets and inlines them, the handouts embed them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Full Noto Sans KR TTFs (SIL Open Font License 1.1), every Hangul syllable and Latin. */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf'),
} as const;

/** The font's licence (SIL OFL 1.1), which travels with any output that embeds the font. */
export const fontLicenseFile = require.resolve('@expo-google-fonts/noto-sans-kr/LICENSE_FONT');
