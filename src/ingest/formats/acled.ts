import countries from 'i18n-iso-countries';
import { isCountryCode } from '../../taxonomies/countries.js';
import type { FormatProfile, FormatSample } from '../types.js';
import { openCsvTable } from './csvSource.js';
import { count, sampleColumns, share, text, withDerivedColumns } from './derivedColumns.js';
import { countryNameToIso3 } from './gleditschWard.js';

/**
 * ACLED (Armed Conflict Location & Event Data) event CSV, as its export tool and API write it
 * (ACLED Codebook, public edition). One row is one event. The profile adds derived columns
 * that data/mappings/acled.yaml names:
 *
 * - `_start_date`, `_date_estimated`: event_date (`2023-05-14` or `14 May 2023`) at the
 *   precision time_precision gives (1 the day; 2 within a week: the day, estimated; 3 only the
 *   month: `2023-05`);
 * - `_country_iso3`: `iso` (ISO 3166-1 numeric) as alpha-3, else from `country`;
 * - `_event`: what the mapping turns into violation types — sub_event_type, then `[civilians]`
 *   when civilians were the target (civilian_targeting set, or any "Violence against
 *   civilians" event, whose definition says so) and `[civilians, fatal]` when such an event
 *   also killed people; "Excessive force against protesters" gets `[fatal]` when people died.
 *   Events between armed or organised actors stay bare: they are not violations against a
 *   group, and the mapping says so;
 * - `_victims_killed`: fatalities, only for events whose victims were civilians or protesters
 *   (ACLED counts every death of the event, combatants included, in fatalities);
 * - `_actor2_perpetrator`: actor2 unless it is the civilians targeted (inter2 7 / "Civilians");
 * - `_victim_group`, `_victim_group_kind`: the identity group named among the civilians targeted
 *   (assoc_actor_2, e.g. "Fulani Ethnic Group (Nigeria)" → "Fulani", kind "Ethnic Group").
 */
export const acledProfile: FormatProfile = {
  format: 'acled',
  defaultMapping: 'acled',
  detect: detectAcled,
  async open(file, options) {
    return withDerivedColumns(await openCsvTable(file, options), acledDerivedColumns, deriveAcledColumns, 'ACLED event file: dates, country, targeting and victim groups derived per the ACLED codebook');
  },
};

const acledColumns = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'inter1', 'actor2', 'inter2', 'geo_precision', 'fatalities'];

export function detectAcled(sample: FormatSample): number {
  const found = share(sampleColumns(sample), acledColumns);
  return found === 1 ? 0.98 : found >= 0.7 ? 0.8 : 0;
}

export const acledDerivedColumns = ['_title', '_narrative', '_start_date', '_date_estimated', '_country_iso3', '_event', '_victims_killed', '_actor2_perpetrator', '_victim_group', '_victim_group_kind', '_information_date'];

export function deriveAcledColumns(fields: Record<string, unknown>): Record<string, string> {
  const { date, estimated } = acledDate(text(fields, 'event_date'), text(fields, 'time_precision'));
  const fatalities = count(fields, 'fatalities') ?? 0;
  const civiliansTargeted =
    text(fields, 'civilian_targeting') !== '' || /^violence against civilians$/i.test(text(fields, 'event_type'));
  const subEvent = text(fields, 'sub_event_type');
  // The one sub-event whose victims are protesters rather than civilians (ACLED codebook, Protests).
  const protestersTargeted = /^excessive force against protesters$/i.test(subEvent);
  const actor2IsCivilians = isCivilians(text(fields, 'inter2'));
  const group = actor2IsCivilians ? identityGroup(text(fields, 'assoc_actor_2')) : undefined;
  const location = text(fields, 'location');
  return {
    _title: [subEvent, text(fields, 'actor1')].filter(Boolean).join(': ') + (location ? `, ${location}` : '') + (date ? ` (${date})` : ''),
    _narrative: acledNarrative(fields),
    _start_date: date,
    _date_estimated: estimated ? 'true' : 'false',
    _country_iso3: isoNumericToAlpha3(text(fields, 'iso')) ?? countryNameToIso3(text(fields, 'country')) ?? '',
    _event: eventKey(subEvent, civiliansTargeted, protestersTargeted, fatalities),
    _victims_killed: civiliansTargeted || protestersTargeted ? String(fatalities) : '',
    _actor2_perpetrator: actor2IsCivilians ? '' : text(fields, 'actor2'),
    _victim_group: group?.name ?? '',
    _victim_group_kind: group?.kind ?? '',
    _information_date: timestampDay(text(fields, 'timestamp')),
  };
}

/** The notes, then what the other columns say in words (only those the row has). */
function acledNarrative(f: Record<string, unknown>): string {
  const actor = (n: '1' | '2') => {
    const name = text(f, `actor${n}`);
    const assoc = text(f, `assoc_actor_${n}`);
    return name ? `actor ${n}: ${name}${assoc ? ` (with ${assoc})` : ''}` : '';
  };
  const categories = [text(f, 'disorder_type'), text(f, 'event_type'), text(f, 'sub_event_type')].filter(Boolean).join(' / ');
  const place = [text(f, 'location'), text(f, 'admin3'), text(f, 'admin2'), text(f, 'admin1'), text(f, 'country')].filter(Boolean).join(', ');
  const facts = [
    `ACLED ${text(f, 'event_id_cnty')}${categories ? `: ${categories}` : ''}.`,
    [actor('1'), actor('2')].filter(Boolean).join('; '),
    text(f, 'interaction') && `Interaction: ${text(f, 'interaction')}.`,
    text(f, 'fatalities') && `Fatalities reported: ${text(f, 'fatalities')}.`,
    text(f, 'source') && `Sources: ${text(f, 'source')}${text(f, 'source_scale') ? ` (${text(f, 'source_scale')})` : ''}.`,
    text(f, 'tags') && `Tags: ${text(f, 'tags')}.`,
    place && `Place: ${place}.`,
  ].filter(Boolean);
  return [text(f, 'notes'), facts.join('\n')].filter(Boolean).join('\n\n');
}

function eventKey(subEvent: string, civilians: boolean, protesters: boolean, fatalities: number): string {
  if (subEvent === '') return '';
  if (civilians) return fatalities > 0 ? `${subEvent} [civilians, fatal]` : `${subEvent} [civilians]`;
  if (protesters && fatalities > 0) return `${subEvent} [fatal]`;
  return subEvent;
}

// inter codes: numbers until 2023, words since (ACLED codebook, "Actor types"): 7 is civilians.
function isCivilians(inter: string): boolean {
  return inter === '7' || /^civilians$/i.test(inter);
}

function isoNumericToAlpha3(iso: string): string | undefined {
  if (!/^\d{1,3}$/.test(iso)) return undefined;
  const code = countries.numericToAlpha3(iso.padStart(3, '0'));
  return code && isCountryCode(code) ? code : undefined;
}

/**
 * ACLED names identity groups among associated actors as "<name> <kind> (<country>)" or
 * "<kind> (<country>)": "Fulani Ethnic Group (Nigeria)", "Muslim Group (India)",
 * "Women (Sudan)", "Refugees/IDPs (Somalia)". Several are joined by "; ". The first identity
 * group is taken; other associated actors (journalists, farmers, health workers…) are
 * occupations, not identity groups, and stay in the narrative.
 */
export function identityGroup(assoc: string): { name: string; kind: string } | undefined {
  for (const part of assoc.split(';').map((p) => p.trim().replace(/\s*\([^)]*\)\s*$/, '')).filter(Boolean)) {
    const ethnic = /^(.+?)\s+Ethnic Group$/i.exec(part);
    if (ethnic) return { name: ethnic[1]!, kind: 'Ethnic Group' };
    const religious = /^(.+?)\s+(Religious )?Group$/i.exec(part);
    if (religious && /^(Muslim|Christian|Hindu|Jewish|Buddhist|Sikh|Ahmadi|Baha'i|Yazidi|Shia|Sunni|Catholic|Protestant|Orthodox|Animist)/i.test(religious[1]!))
      return { name: religious[1]!, kind: 'Religious Group' };
    if (religious?.[2]) return { name: religious[1]!, kind: 'Religious Group' };
    if (/^Women$/i.test(part)) return { name: 'Women', kind: 'Women' };
    if (/^(Refugees\/IDPs|Refugees|IDPs|Migrants)$/i.test(part)) return { name: part, kind: 'Refugees/IDPs' };
    if (/^LGBT/i.test(part)) return { name: part, kind: 'LGBTQ+' };
  }
  return undefined;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** event_date at time_precision's precision; a date in neither form is passed on as written, so the mapping rejects it naming the column. */
export function acledDate(eventDate: string, precision: string): { date: string; estimated: boolean } {
  let day = /^(\d{4})-(\d{2})-(\d{2})/.exec(eventDate)?.[0];
  const written = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(eventDate);
  if (!day && written) {
    const month = months.findIndex((m) => m.startsWith(written[2]!.toLowerCase()) && written[2]!.length >= 3);
    if (month >= 0) day = `${written[3]}-${String(month + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
  }
  if (!day) return { date: eventDate, estimated: false };
  if (precision === '3') return { date: day.slice(0, 7), estimated: false };
  return { date: day, estimated: precision === '2' };
}

/** ACLED's timestamp (Unix seconds of the row's last upload) as the day the information is dated. */
function timestampDay(timestamp: string): string {
  if (!/^\d{9,11}$/.test(timestamp)) return '';
  return new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
}
