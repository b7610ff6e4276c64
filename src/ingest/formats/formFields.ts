/**
 * The fields of a form submission as a mapping names them, whichever field tool exported it.
 * KoboToolbox and ODK both collect XLSForm forms, and the same form can be deployed on either,
 * so one mapping should read both: this module gives every record the same names.
 *
 * - **Group paths**: `group/question` (Kobo's separator). ODK writes `group-question`; its
 *   columns are also given under `/` names. Every path is also reachable by its last segment
 *   (`question`) when no other column ends with the same name, so a mapping written for an
 *   export "with groups in headers" also reads one without (and the other way round for the
 *   mapping that names the bare question).
 * - **select_multiple**: Kobo and ODK can write the answer as one column of space-separated
 *   choice names (`violations` = `assault arson`), as one 0/1 column per choice
 *   (`violations/assault` = 1), or both. When only the 0/1 columns exist (or the summary cell is
 *   empty), the summary is rebuilt from them, so a mapping names `violations` with `split: ' '`
 *   in every case. A prefix is read as a select_multiple only when every column under it holds
 *   0/1 (or is empty) in that record, so a group of text questions is never mistaken for one.
 * - **geopoint**: Kobo writes `location` = "lat lon altitude precision" plus
 *   `_location_latitude`, `_location_longitude`, `_location_altitude`, `_location_precision`;
 *   ODK writes `location-Latitude`, `-Longitude`, `-Altitude`, `-Accuracy`. Both end up with all
 *   five names (Kobo's naming), filled from whichever the file has.
 */
export type FormTool = 'kobo' | 'odk';

const geoParts = ['latitude', 'longitude', 'altitude', 'precision'] as const;
const odkGeoParts: Record<string, (typeof geoParts)[number]> = { Latitude: 'latitude', Longitude: 'longitude', Altitude: 'altitude', Accuracy: 'precision' };

/** The names a record's columns are known by, computed once per table (the per-record work is then lookups). */
export interface FormColumns {
  /** Column index → the canonical (`/`-path) name, or null when it is the column's own name. */
  canonical: (string | null)[];
  /** ODK geopoints: canonical path → the columns of its four parts. */
  odkGeopoints: Map<string, Partial<Record<(typeof geoParts)[number], number>>>;
  /** Fields that may hold a "lat lon alt acc" value. */
  geoCandidates: string[];
  /** Prefixes whose `prefix/choice` fields may be a select_multiple's 0/1 columns. */
  selectGroups: [prefix: string, options: [choice: string, name: string][]][];
  /** name → its last-segment alias, for every name whose alias is unambiguous. */
  aliases: [name: string, alias: string][];
}

export function planFormColumns(columns: string[], tool: FormTool): FormColumns {
  const canonical: (string | null)[] = [];
  const odkGeopoints: FormColumns['odkGeopoints'] = new Map();
  columns.forEach((column, i) => {
    if (tool !== 'odk' || !column.includes('-')) return void canonical.push(null);
    // ODK: `group-sub-question` → `group/sub/question`; a geopoint's part `…-Latitude` is gathered.
    const path = column.split('-');
    const part = odkGeoParts[path.at(-1)!];
    if (part && path.length > 1) {
      const point = path.slice(0, -1).join('/');
      odkGeopoints.set(point, { ...odkGeopoints.get(point), [part]: i });
      canonical.push(null);
      return;
    }
    canonical.push(path.join('/'));
  });
  const own = [...new Set([...columns, ...canonical.filter((c): c is string => c !== null)])];
  const geoCandidates = [...new Set([...own, ...odkGeopoints.keys()])].filter((n) => !n.startsWith('_'));
  const selectMap = new Map<string, [string, string][]>();
  for (const name of own) {
    const cut = name.lastIndexOf('/');
    if (cut <= 0 || name.startsWith('_')) continue;
    const prefix = name.slice(0, cut);
    selectMap.set(prefix, [...(selectMap.get(prefix) ?? []), [name.slice(cut + 1), name]]);
  }
  const names = [...own, ...selectMap.keys()];
  for (const point of odkGeopoints.keys()) names.push(point);
  for (const c of geoCandidates) names.push(...geoParts.map((p) => geoName(c, p)));
  const unique = [...new Set(names)];
  const named = new Set(unique);
  const seen = new Map<string, number>();
  for (const name of unique) {
    const alias = lastSegment(name);
    if (alias) seen.set(alias, (seen.get(alias) ?? 0) + 1);
  }
  // A choice's 0/1 column beside its summary is named by its question: `violations/arson`, not `arson` alone.
  const summaries = new Set([...selectMap.keys()].filter((prefix) => columns.includes(prefix) || canonical.includes(prefix)));
  const aliases: [string, string][] = [];
  for (const name of unique) {
    const alias = lastSegment(name);
    if (!alias || seen.get(alias)! > 1 || named.has(alias)) continue;
    if (summaries.has(name.slice(0, Math.max(name.lastIndexOf('/'), 0)))) continue;
    aliases.push([name, alias]);
  }
  return { canonical, odkGeopoints, geoCandidates, selectGroups: [...selectMap], aliases };
}

/** Kobo's name for a part of a geopoint: `_<path>_latitude`. */
export function geoName(path: string, part: (typeof geoParts)[number]): string {
  return `_${path}_${part}`;
}

/** The record's fields: each column under its own name and its canonical one, plus rebuilt select_multiple summaries, geopoint parts and last-segment aliases. */
export function shapeFormFields(columns: string[], cells: string[], plan: FormColumns): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = cells[i] ?? '';
    // A duplicated header keeps its first value (a later empty duplicate must not erase it).
    if (!(column in fields) || fields[column] === '') fields[column] = value;
    const name = plan.canonical[i];
    if (name && !(name in fields)) fields[name] = value;
  }
  for (const [point, parts] of plan.odkGeopoints) {
    for (const part of geoParts) if (parts[part] !== undefined) fields[geoName(point, part)] = cells[parts[part]!] ?? '';
    if (!fields[point]) fields[point] = geoParts.map((p) => fields[geoName(point, p)] ?? '').join(' ').trim();
  }
  fillGeopoints(fields, plan.geoCandidates);
  rebuildSelectMultiples(fields, plan.selectGroups);
  for (const [name, alias] of plan.aliases) if (name in fields && !(alias in fields)) fields[alias] = fields[name]!;
  return fields;
}

const geopointValue = /^(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)(?:\s+(-?\d+(?:\.\d+)?))?(?:\s+(-?\d+(?:\.\d+)?))?$/;

/** Splits "lat lon alt acc" values into Kobo's part columns (kept when the file has them). */
function fillGeopoints(fields: Record<string, string>, candidates: string[]): void {
  for (const name of candidates) {
    const value = fields[name];
    // Cheap test first: a geopoint starts with a digit or a minus and holds a space.
    if (!value || !/^[-\d]/.test(value) || !value.includes(' ')) continue;
    const m = geopointValue.exec(value.trim());
    if (!m) continue;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    geoParts.forEach((part, i) => {
      const key = geoName(name, part);
      if (!fields[key]) fields[key] = m[i + 1] ?? '';
    });
  }
}

const ticked = new Set(['1', 'true', 'TRUE', 'True']);
const unticked = new Set(['0', 'false', 'FALSE', 'False', '']);

/**
 * Rebuilds missing summaries from 0/1 columns. Decided per record (an export without summaries
 * says nothing else of which prefixes are questions): a group of numeric questions that all hold
 * 0 or 1 in a record gets a summary field named after the group — a name no mapping uses.
 */
function rebuildSelectMultiples(fields: Record<string, string>, groups: FormColumns['selectGroups']): void {
  for (const [prefix, options] of groups) {
    if (fields[prefix]) continue;
    let any = false;
    let chosen = '';
    let isSelect = true;
    for (const [choice, name] of options) {
      const v = (fields[name] ?? '').trim();
      if (ticked.has(v)) chosen += chosen ? ` ${choice}` : choice;
      else if (!unticked.has(v)) {
        isSelect = false;
        break;
      }
      if (v !== '') any = true;
    }
    if (isSelect && any) fields[prefix] = chosen;
  }
}

function lastSegment(name: string): string | null {
  const cut = name.lastIndexOf('/');
  if (cut < 0) return null;
  const last = name.slice(cut + 1);
  // `_group/location_latitude` → `_location_latitude`.
  return name.startsWith('_') ? `_${last}` : last;
}

/**
 * `sum(<column>)` on a submission for each numeric column of its repeat rows: a form that counts
 * victims per group in a repeat gives the incident's totals (`sum(victims/killed)`), which a
 * mapping names like any column. A column with a non-number in any row gets no sum.
 */
export function addRepeatSums(fields: Record<string, unknown>, children: Record<string, { fields: Record<string, unknown> }[]> | undefined): void {
  if (!children) return;
  const totals = new Map<string, number | null>();
  for (const rows of Object.values(children)) {
    for (const row of rows) {
      for (const [name, value] of Object.entries(row.fields)) {
        if (name.startsWith('_') || name === 'KEY' || name === 'PARENT_KEY') continue;
        const text = typeof value === 'string' ? value.trim() : String(value ?? '');
        if (text === '') continue;
        const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
        const before = totals.get(name);
        totals.set(name, n === null || before === null ? null : (before ?? 0) + n);
      }
    }
  }
  for (const [name, total] of totals) if (total !== null) fields[`sum(${name})`] = String(total);
}

/**
 * The names a table's records carry, for SourceTable.columns (the preview, the mapping page, and
 * the pipeline's check that a mapping's columns exist): the file's columns, then the names this
 * module adds — `/` paths, geopoint parts, select_multiple summaries, last-segment aliases.
 */
export function formColumnNames(columns: string[], plan: FormColumns): string[] {
  const names = new Set(columns);
  for (const c of plan.canonical) if (c) names.add(c);
  for (const point of plan.odkGeopoints.keys()) {
    names.add(point);
    for (const part of geoParts) names.add(geoName(point, part));
  }
  for (const [prefix, options] of plan.selectGroups) if (options.length > 1 || names.has(prefix)) names.add(prefix);
  const listed = new Set(names);
  for (const [name, alias] of plan.aliases) if (listed.has(name)) names.add(alias);
  return [...names];
}

/** `sum(<column>)` names for a repeat's columns (see addRepeatSums). */
export function repeatSumNames(repeatColumns: string[]): string[] {
  return repeatColumns.filter((c) => !c.startsWith('_') && c !== 'KEY' && c !== 'PARENT_KEY').map((c) => `sum(${c})`);
}
