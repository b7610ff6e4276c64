import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './fonts.js';

/** Text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * An SVG as PNG, rasterised without a browser (resvg), with the fonts the documents ship (no system
 * font is looked up, so a chart renders the same on every machine). `scale` 2 keeps print sharp.
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [fontFiles.regular, fontFiles.bold, fontFiles.arabic], defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}
