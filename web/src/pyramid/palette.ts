/**
 * Colours of the five pyramid levels: ColorBrewer YlOrRd (5 of 9 classes), a sequential
 * palette whose lightness falls at every step (L* ≈ 88, 78, 68, 48, 27), so the order reads
 * the same to readers with deuteranopia, protanopia or tritanopia and in greyscale. Colour is
 * never the only cue: each level is also written as its number.
 */
export const levelColours = ['#fed976', '#feb24c', '#fd8d3c', '#e31a1c', '#800026'] as const;
/** Text drawn on a level's colour, chosen for a contrast ratio of at least 4.5:1. */
export const levelTextColours = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'] as const;
export const levels = [1, 2, 3, 4, 5] as const;

export function levelColour(level: number): string {
  return levelColours[Math.min(5, Math.max(1, level)) - 1]!;
}
export function levelTextColour(level: number): string {
  return levelTextColours[Math.min(5, Math.max(1, level)) - 1]!;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
