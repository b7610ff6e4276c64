import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts the documents embed, from npm (nothing is downloaded at run time): Noto Sans for Latin,
 * Noto Sans Arabic for Arabic (Noto Sans has no Arabic glyphs, so a run of Arabic text switches to
 * it). Both are OFL-1.1, shipped as TTF by the @expo-google-fonts packages — TTF because resvg, which
 * rasterises the charts, reads TTF/OTF and not the WOFF2 the @fontsource packages ship.
 */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  arabic: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  arabicBold: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
} as const;

/** Arabic script (with its presentation forms): text in it is set in the Arabic font, right to left. */
export const arabicPattern = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Splits text into runs of Arabic and of other scripts; spaces and punctuation between two Arabic
 * words stay in the Arabic run, so a phrase is shaped and ordered as one.
 */
export function scriptRuns(text: string): { text: string; arabic: boolean }[] {
  const runs: { text: string; arabic: boolean }[] = [];
  const neutral = /[\s.,;:!?()«»"'\-–—0-9\u060C\u061B\u061F]/;
  let i = 0;
  while (i < text.length) {
    const arabic = arabicPattern.test(text[i]!);
    let j = i + 1;
    while (j < text.length) {
      const c = text[j]!;
      if (arabicPattern.test(c) === arabic) {
        j++;
        continue;
      }
      if (arabic && neutral.test(c)) {
        // Keep neutral characters in the Arabic run only when Arabic follows them.
        let k = j;
        while (k < text.length && neutral.test(text[k]!)) k++;
        if (k < text.length && arabicPattern.test(text[k]!)) {
          j = k;
          continue;
        }
      }
      break;
    }
    runs.push({ text: text.slice(i, j), arabic });
    i = j;
  }
  return runs;
}
