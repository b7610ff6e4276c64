import { describe, expect, it } from 'vitest';
import { contrast, levelColours, levelTextColours, luminance } from './palette';

/** Deuteranopia simulation (Machado et al. 2009, severity 1.0) on linear RGB. */
function deuteranopia(hex: string): string {
  const lin = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const m = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ];
  const out = m.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0] + row[1]! * lin[1] + row[2]! * lin[2])));
  const srgb = out.map((c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
  return `#${srgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}

describe('pyramid level palette', () => {
  it('gets darker at every level, also as seen with deuteranopia, so the order reads without hue', () => {
    const seen = levelColours.map(deuteranopia);
    for (let i = 1; i < 5; i++) {
      expect(luminance(levelColours[i]!)).toBeLessThan(luminance(levelColours[i - 1]!));
      expect(luminance(seen[i]!)).toBeLessThan(luminance(seen[i - 1]!));
      // Neighbouring levels stay apart (contrast ratio between them).
      expect(contrast(seen[i]!, seen[i - 1]!)).toBeGreaterThan(1.15);
    }
  });

  it('writes level numbers with at least 4.5:1 contrast', () => {
    levelColours.forEach((c, i) => expect(contrast(c, levelTextColours[i]!)).toBeGreaterThanOrEqual(4.5));
  });
});
