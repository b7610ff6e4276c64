import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { apiGet, toQuery } from '../api/client';
import type { IncidentPage, IncidentSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy } from '../vocab/vocab';

interface Props {
  /** Incidents not to offer: this one, and those already linked. */
  exclude: ReadonlySet<string>;
  onPick: (incident: IncidentSummary) => void;
}

/**
 * Finds an incident by words in its title or narrative (the API's full-text search) and
 * shows each match with its date and place, as an ARIA combobox: arrows move through the
 * results, Enter picks, Escape closes.
 */
export function IncidentPicker({ exclude, onPick }: Props) {
  const { t, date, label } = useI18n();
  const id = useId();
  const places = useRegistry('places');
  const countries = useTaxonomy('countries');
  const [text, setText] = useState('');
  const [results, setResults] = useState<IncidentSummary[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    // Waits for a pause in typing, so a word is one request, not one per letter.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearching(true);
      apiGet<IncidentPage>(`/api/incidents${toQuery({ q, limit: 12, sort: 'relevance' })}`, controller.signal).then(
        (page) => {
          setResults(page.items);
          setActive(-1);
          setOpen(true);
          setSearching(false);
        },
        () => setSearching(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const shown = (results ?? []).filter((r) => !exclude.has(r.id));
  const pick = (r: IncidentSummary) => {
    onPick(r);
    setText('');
    setResults(null);
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && shown.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % shown.length);
    } else if (e.key === 'ArrowUp' && shown.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      // Never submits the incident form from the search box.
      e.preventDefault();
      const choice = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (open && choice) pick(choice);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const where = (r: IncidentSummary) => [places.byId.get(r.placeId ?? '')?.name, r.admin1, label(countries.byCode.get(r.country), r.country)].filter(Boolean).join(', ');
  const expanded = open && results !== null;

  return (
    <div className="field incident-picker">
      <label htmlFor={`${id}-q`}>{t('incidentPage.findIncident')}</label>
      <div className="picker-box">
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-o${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => results && setOpen(true)}
          data-testid="incident-picker"
        />
        <ul id={`${id}-list`} role="listbox" aria-label={t('incidentPage.findIncident')} className="picker-results" hidden={!expanded}>
          {expanded && shown.length === 0 && !searching && (
            <li className="muted" role="option" aria-disabled="true" aria-selected="false">
              {t('incidentPage.noMatch')}
            </li>
          )}
          {expanded &&
            shown.map((r, i) => (
              <li
                key={r.id}
                id={`${id}-o${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: it comes before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(r);
                }}
              >
                <span className="picker-title">{r.title}</span>
                <span className="muted small">
                  {date(r.startDate, r.startPrecision)} · {where(r)}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <small id={`${id}-hint`} className="muted">
        {t('incidentPage.findHint')}
      </small>
      <p className="visually-hidden" role="status">
        {searching ? t('incidentPage.searching') : results ? (shown.length ? t('incidentPage.found', { count: shown.length }) : t('incidentPage.noMatch')) : ''}
      </p>
    </div>
  );
}
