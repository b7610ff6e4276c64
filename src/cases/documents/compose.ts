import { loadTaxonomy } from '../../taxonomies/load.js';
import type { SubmissionInput } from '../types.js';
import { patternChartSvg } from './chart.js';
import { placesMapSvg } from './map.js';
import type { SectionFill, SubmissionTemplate } from './template.js';
import { countWords, type WordCount } from './words.js';

/**
 * A submission as a list of blocks — the one layout both renderers (DOCX and PDF) draw, so the two
 * files say the same thing and the word count is the same for both. Pure: everything comes from the
 * SubmissionInput (already filtered by the access door) and the template.
 *
 * A section shows what the case holds for it; where the case holds nothing, it shows the template's
 * guidance in italics (what the author must add), so an editable DOCX is a draft to complete.
 */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'meta'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'guidance'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][]; widths: number[]; counted: boolean; small?: boolean }
  /** A figure as SVG; each renderer rasterises it (composing stays cheap enough to count words alone). */
  | { type: 'image'; svg: string; width: number; height: number; alt: string };

export interface ComposedSubmission {
  title: string;
  blocks: Block[];
  words: WordCount;
}

const consent = (c: boolean | null) => (c === true ? 'consent given' : c === false ? 'consent not given' : 'consent not recorded');
const yesNo = (b: boolean | null) => (b === true ? 'yes' : b === false ? 'no' : 'unknown');
const orDash = (s: string | null | undefined) => (s && s.trim() ? s : '—');

export function levelLabels(): string[] {
  return loadTaxonomy('pyramid-levels').terms.map((t) => t.label.en);
}

export function composeSubmission(input: SubmissionInput, template: SubmissionTemplate): ComposedSubmission {
  const title = `${template.title} — ${input.case.title}`;
  const body: Block[] = [];
  for (const section of template.sections) {
    body.push({ type: 'heading', text: section.heading });
    const content = sectionContent(section.fills, input, template);
    if (content.length === 0) body.push({ type: 'guidance', text: section.guidance });
    else body.push(...content);
  }
  if (template.numberedParagraphs) numberParagraphs(body);
  const words = countWords(body, input.wordLimit, template.wordLimit?.joint ?? null);
  const front: Block[] = [
    { type: 'title', text: template.title },
    { type: 'meta', text: `To: ${input.mechanism.name}` },
    { type: 'meta', text: `State concerned: ${input.countryName} (${input.case.country})` },
    { type: 'meta', text: `Case: ${input.case.title}` },
    { type: 'meta', text: `Form followed: ${template.form.title} (read ${template.form.asOf}${template.form.verified ? '' : '; parts not checked line by line against it'})` },
    { type: 'meta', text: wordLine(words, template) },
    { type: 'meta', text: `Generated ${input.generatedAt} from the case file; it shows only what the person who generated it may read.` },
  ];
  return { title, blocks: [...front, ...body], words };
}

/** Numbers the author's paragraphs 1, 2, 3 … through the document, as the form asks. */
function numberParagraphs(blocks: Block[]) {
  let n = 0;
  for (const [i, b] of blocks.entries()) if (b.type === 'paragraph') blocks[i] = { ...b, text: `${++n}. ${b.text}` };
}

function wordLine(words: WordCount, template: SubmissionTemplate): string {
  const counted = `Words: ${words.words} (headings and text; figures, tables of figures, guidance and the evidence annex not counted)`;
  if (words.limit === null) return `${counted}; the form sets no word limit.`;
  const rule = template.wordLimit ? ` — ${template.wordLimit.rule}` : '';
  return words.over > 0 ? `${counted}; OVER the limit of ${words.limit} by ${words.over}${rule}.` : `${counted} of the limit of ${words.limit}${rule}.`;
}

function sectionContent(fills: SectionFill, input: SubmissionInput, template: SubmissionTemplate): Block[] {
  switch (fills) {
    case 'summary':
      return input.case.summary.trim() ? input.case.summary.split(/\n{2,}/).map((text) => ({ type: 'paragraph', text: text.trim() })) : [];
    case 'victims':
      return input.case.victims.length ? [{ type: 'list', items: input.case.victims.map((v) => `${v.description} (${consent(v.consent)})`) }] : [];
    case 'targeted-groups':
      return input.targetedGroups.length ? [{ type: 'list', items: input.targetedGroups.map((g) => g.name) }] : [];
    case 'state':
      return [{ type: 'paragraph', text: `${input.countryName} (${input.case.country}).` }];
    case 'chronology':
      return input.chronology.length
        ? [
            {
              type: 'table',
              header: ['Date', 'Place', 'Incident', 'Violations', 'Level'],
              rows: input.chronology.map((c) => [c.date, orDash(c.place), c.title, c.violationTypes.join(', '), String(c.level)]),
              widths: [13, 20, 37, 22, 8],
              counted: true,
            },
          ]
        : [];
    case 'pattern':
      return patternBlocks(input);
    case 'map':
      return mapBlocks(input);
    case 'provisions':
      return input.case.provisions.length ? [{ type: 'list', items: input.case.provisions }] : [];
    case 'remedies':
      return remediesBlocks(input);
    case 'procedures':
      return input.case.procedures.length
        ? [
            {
              type: 'table',
              header: ['Body', 'Submitted', 'Decided', 'Status', 'Examined the merits'],
              rows: input.case.procedures.map((p) => [orDash(p.body), orDash(p.submitted), orDash(p.decided), orDash(p.status), yesNo(p.examinedMerits)]),
              widths: [34, 16, 16, 16, 18],
              counted: true,
            },
          ]
        : [];
    case 'requested-measures':
      return input.requestedMeasures.length ? [{ type: 'list', items: input.requestedMeasures }] : [];
    case 'interim-measures':
      return input.interimMeasures.length ? [{ type: 'list', items: input.interimMeasures }] : [];
    case 'indicators':
      return indicatorBlocks(input, template);
    case 'annex':
      return annexBlocks(input);
  }
}

function patternBlocks(input: SubmissionInput): Block[] {
  if (input.pattern.length === 0) return [];
  const groups = input.targetedGroups.map((g) => g.name).join(', ');
  const labels = levelLabels();
  const svg = patternChartSvg(input.pattern, {
    title: `Incidents by month and pyramid level${groups ? ` — ${groups}` : ''}`,
    levelLabels: labels,
    victimsLabel: 'Victims',
    unknownMonthLabel: (year) => `${year} ?`,
  });
  const total = input.pattern.reduce((s, r) => s + r.byLevel.reduce((a, b) => a + b, 0), 0);
  const victims = input.pattern.reduce((s, r) => s + r.victims, 0);
  return [
    { type: 'paragraph', text: `${total} incidents and ${victims} victims in the case, by the month each began (an incident known only to its year is counted apart, never in January).` },
    { type: 'image', svg, width: 1000, height: 520, alt: 'Chart: incidents by month, stacked by pyramid level, with victims' },
    {
      type: 'table',
      header: ['Month', ...labels.map((_, i) => `L${i + 1}`), 'Incidents', 'Victims'],
      rows: input.pattern.map((r) => [r.month.endsWith('??') ? `${r.month.slice(0, 4)} (month unknown)` : r.month, ...r.byLevel.map(String), String(r.byLevel.reduce((a, b) => a + b, 0)), String(r.victims)]),
      widths: [22, 9, 9, 9, 9, 9, 17, 16],
      counted: false,
      small: true,
    },
  ];
}

function mapBlocks(input: SubmissionInput): Block[] {
  const svg = placesMapSvg(input.mapShapes ?? [], input.places, { title: `Places of the incidents — ${input.countryName}` });
  if (!svg) return [];
  const withheld = input.chronology.filter((c) => !c.place).length;
  return [
    { type: 'image', svg, width: 900, height: 640, alt: 'Map of the places of the incidents' },
    {
      type: 'paragraph',
      text: `${input.places.length} places; a dot's size follows its number of incidents.${withheld ? ` ${withheld} incidents have no place shown here.` : ''}`,
    },
  ];
}

function remediesBlocks(input: SubmissionInput): Block[] {
  const pursued = input.case.remedies.filter((r) => !r.notPursuedReason);
  const notPursued = input.case.remedies.filter((r) => r.notPursuedReason);
  const blocks: Block[] = [];
  if (pursued.length)
    blocks.push({
      type: 'table',
      header: ['Court or authority', 'Filed', 'Decided', 'Outcome', 'Final'],
      rows: pursued.map((r) => [orDash(r.body), orDash(r.filed), orDash(r.decided), orDash(r.outcome), yesNo(r.final)]),
      widths: [34, 14, 14, 26, 12],
      counted: true,
    });
  if (notPursued.length) blocks.push({ type: 'list', items: notPursued.map((r) => `Not pursued: ${orDash(r.body)} — ${r.notPursuedReason}`) });
  return blocks;
}

function indicatorBlocks(input: SubmissionInput, template: SubmissionTemplate): Block[] {
  if (input.indicators?.length) return input.indicators.map((i) => ({ type: 'paragraph', text: `${i.indicator}: ${i.facts}` }));
  // No indicator stated yet: list the guidelines' indicators for the author to choose from.
  // Guidance, not text of the request: they do not count as its words.
  return template.indicators?.length ? [{ type: 'guidance', text: 'State which of these the facts show:' }, ...template.indicators.map((text): Block => ({ type: 'guidance', text }))] : [];
}

function annexBlocks(input: SubmissionInput): Block[] {
  if (input.annex.length === 0) return [];
  return [
    {
      type: 'table',
      header: ['#', 'Item', 'SHA-256', 'Type', 'Date', 'Chain of custody'],
      rows: input.annex.map((a, i) => [
        String(i + 1),
        a.title,
        a.sha256,
        a.type,
        orDash(a.date),
        a.custody.map((c) => `${c.at.slice(0, 16).replace('T', ' ')} ${c.action} by ${c.by}`).join('\n') || '—',
      ]),
      widths: [4, 18, 30, 12, 11, 25],
      counted: false,
      small: true,
    },
  ];
}
