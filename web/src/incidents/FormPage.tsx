import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { ApiError, apiGet, apiSend } from '../api/client';
import type { Incident, Problem } from '../api/types';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { TermOptions } from '../vocab/TermOptions';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { ActsEditor } from './ActsEditor';
import { ConflictView } from './ConflictView';
import { DeletedBanner, DeletedEditPage, deletedProblemType } from './DeletedBanner';
import { DateInput } from './DateInput';
import { ErrorSummary } from './ErrorSummary';
import { EvidenceField } from './EvidenceField';
import { Field, FieldErrors } from './Field';
import { derivedLevel, emptyForm, emptySource, errorsByField, fromIncident, newKey, toBody, type FormState, type IncidentBody } from './formModel';
import { useMergeLabels } from './mergeLabels';
import type { MergeProposal, MergeReport } from './mergeModel';
import { LevelBadge } from './LevelBadge';
import { LinksEditor } from './LinksEditor';
import { addNewValue, NewRecordFields, NewRecordOptions } from './NewRecordFields';
import { newKeyOf, newRef, remapNewRecordErrors, withNewRecords } from './newRecordsModel';
import { RegionInput, useRegionAtPoint } from '../regions/RegionInput';
import { readStored, writeStored } from '../app/storage';
import { useTeams, type Teams } from '../access/teams';
import { TeamPicker } from './TeamPicker';

const PlacePickerMap = lazy(() => import('../map/PlacePickerMap'));

/** The fields an incident can withhold from readers below a level (the server's withhold.ts). */
const withholdable = ['place', 'date', 'reporter'] as const;

/** Create or edit an incident: who did what to whom, where and when, and how we know. */
export default function FormPage() {
  const { id } = useParams();
  const [loaded, setLoaded] = useState<{ incident: Incident | null; error?: Error } | null>(id ? null : { incident: null });
  useEffect(() => {
    if (!id) return setLoaded({ incident: null });
    let live = true;
    apiGet<Incident>(`/api/incidents/${id}`).then(
      (incident) => live && setLoaded({ incident }),
      (error: Error) => live && setLoaded({ incident: null, error }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  // The team picker names this server's teams; a stored incident's teams are split by them.
  const teams = useTeams();
  if (!loaded || !teams.loaded) return <Loading />;
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  // A deleted incident is not edited: the banner says so and offers Restore, then the form opens.
  if (loaded.incident?.deletedAt) return <DeletedEditPage incident={loaded.incident} onRestored={(incident) => setLoaded({ incident })} />;
  return <IncidentForm key={id ?? 'new'} incident={loaded.incident} teams={teams} />;
}

function IncidentForm({ incident, teams }: { incident: Incident | null; teams: Teams }) {
  const { t, label, dateTime } = useI18n();
  const navigate = useNavigate();
  // A new incident starts in the country asked for (?country=), else the one last recorded in.
  const initial = useMemo(
    () => (incident ? fromIncident(incident, teams.ids) : emptyForm(new URLSearchParams(window.location.search).get('country') ?? readStored('precursor.lastCountry') ?? '')),
    [incident],
  );
  const [state, setState] = useState<FormState>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [version, setVersion] = useState(incident?.version ?? 0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<{ current: Incident; merge: MergeProposal } | null>(null);
  const { pathLabel } = useMergeLabels();
  const [deleted, setDeleted] = useState<Incident | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const types = useTaxonomy('violation-types');
  const levels = useTaxonomy('pyramid-levels');
  const verification = useTaxonomy('verification-statuses');
  const confidentiality = useTaxonomy('confidentiality-levels');
  const monitoring = useTaxonomy('monitoring-statuses');
  const countries = useTaxonomy('countries');
  const places = useRegistry('places', state.country || undefined);

  const dirty = JSON.stringify(state) !== baseline;
  useLeaveGuard(dirty, () => saving);

  const update = useCallback(<K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value })), []);
  const levelOf = useCallback((code: string) => types.byCode.get(code)?.pyramidLevel, [types]);
  const derived = derivedLevel(state.acts, levelOf);
  const shown = state.override.enabled && state.override.level ? Number(state.override.level) : derived;
  const fillRegionAt = useRegionAtPoint(state.country, (admin1) => update('admin1', admin1));
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const remaining = useMemo(() => (problem?.errors ?? []).filter((e) => !fixed.has(e.field)), [problem, fixed]);
  const names = useMemo(() => ({ country: (code: string) => label(countries.byCode.get(code), code) }), [countries, label]);
  const errors = useMemo(() => ({ errors: errorsByField(remaining), clear: (field: string) => setFixed((f) => new Set(f).add(field)), names }), [remaining, names]);

  /** After a save: leave for the record, saying which of another person's changes were merged in. */
  const saved = (record: Incident & { merged?: MergeReport }, doc: IncidentBody) => {
    setBaseline(JSON.stringify(state));
    setConflict(null);
    writeStored('precursor.lastCountry', record.country);
    const mergedFields = [...new Set((record.merged?.fromTheirs ?? []).map((path) => pathLabel(path, doc)))];
    // Leave after the blocker sees the clean state.
    setTimeout(() => navigate(`/incidents/${record.id}`, { state: { saved: true, mergedFields } }), 0);
  };

  const failed = (err: unknown, sent?: Parameters<typeof remapNewRecordErrors>[1]) => {
    // Deleted meanwhile: its own problem type, or a stale version whose current record is deleted.
    if (err instanceof ApiError && incident && (err.problem.type === deletedProblemType || (err.status === 409 && (err.problem.current as Incident | undefined)?.deletedAt))) {
      const current = err.problem.current as Incident | undefined;
      if (current) setDeleted(current);
      else void apiGet<Incident>(`/api/incidents/${incident.id}`).then(setDeleted, () => setDeleted({ ...incident, deletedAt: null }));
      return;
    }
    const merge = err instanceof ApiError ? (err.problem as { merge?: MergeProposal }).merge : undefined;
    if (err instanceof ApiError && err.status === 409 && err.problem.current && merge) {
      setConflict({ current: err.problem.current as Incident, merge });
      setTimeout(() => conflictRef.current?.focus(), 0);
    } else if (err instanceof ApiError) {
      setProblem(sent && err.problem.errors ? { ...err.problem, errors: remapNewRecordErrors(err.problem.errors, sent) } : err.problem);
      setTimeout(() => summaryRef.current?.focus(), 0);
    } else setProblem({ type: 'about:blank', title: t('common.networkError'), status: 0, detail: (err as Error).message });
  };

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    setSaving(true);
    setProblem(null);
    setFixed(new Set());
    // A new place, group, perpetrator or source goes with the incident, created in its transaction.
    const { body, sent } = withNewRecords(toBody(state, state.placeMode === 'existing' && state.placeId ? state.placeId : null), state);
    try {
      // A stale version is merged by the server with what was saved meanwhile (three-way, against
      // the version this form loaded): only fields both people changed come back as conflicts.
      const record = incident
        ? await apiSend<Incident & { merged?: MergeReport }>('PUT', `/api/incidents/${incident.id}`, { ...body, version, merge: true })
        : await apiSend<Incident>('POST', '/api/incidents', body);
      saved(record, body);
    } catch (err) {
      failed(err, sent);
    } finally {
      setSaving(false);
    }
  };

  /** Saves the merge with each conflict decided; if yet another save came meanwhile, it is merged again. */
  const saveResolved = async (resolved: IncidentBody, merge: MergeProposal) => {
    setSaving(true);
    setProblem(null);
    try {
      const record = await apiSend<Incident & { merged?: MergeReport }>('PUT', `/api/incidents/${incident!.id}`, {
        ...resolved,
        version: merge.theirsVersion,
        resolvedMergeOf: merge.baseVersion,
        merge: true,
      });
      saved(record, resolved);
    } catch (err) {
      failed(err);
    } finally {
      setSaving(false);
    }
  };

  const title = incident ? t('form.editTitle') : t('form.newTitle');
  const selectedPlace = places.byId.get(state.placeId);
  const point =
    state.placeMode === 'new' && state.newPlace.latitude !== '' && state.newPlace.longitude !== ''
      ? { latitude: Number(state.newPlace.latitude), longitude: Number(state.newPlace.longitude) }
      : null;

  return (
    <section className="page form-page">
      <div className="page-head">
        <h1>{title}</h1>
        {incident && (
          <p className="muted small">
            {t('form.editing', { version, when: dateTime(incident.updatedAt) })} · <Link to={`/incidents/${incident.id}`}>{t('form.backToDetail')}</Link>
          </p>
        )}
      </div>
      {deleted && (
        <DeletedBanner
          incident={deleted}
          context="whileEditing"
          focus
          onRestored={(restored) => {
            setVersion(restored.version);
            setDeleted(null);
          }}
        />
      )}
      {conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <ConflictView
            key={`${conflict.merge.baseVersion}-${conflict.merge.theirsVersion}`}
            current={conflict.current}
            merge={conflict.merge}
            saving={saving}
            onSave={(resolved) => void saveResolved(resolved, conflict.merge)}
            onDiscardMine={() => {
              const theirs = fromIncident(conflict.current, teams.ids);
              setState(theirs);
              setBaseline(JSON.stringify(theirs));
              setVersion(conflict.current.version);
              setConflict(null);
            }}
          />
        </div>
      )}
      {problem && (remaining.length > 0 || !problem.errors?.length) && <ErrorSummary ref={summaryRef} problem={problem} remaining={remaining} names={names} />}
      <FieldErrors.Provider value={errors}>
        <form className="incident-form" onSubmit={(e) => void save(e)} noValidate>
          <div className="form-main">
            <fieldset>
              <legend>{t('form.what')}</legend>
              <Field field="title" label={t('form.title')}>
                {(p) => <input {...p} value={state.title} onChange={(e) => update('title', e.target.value)} required maxLength={500} />}
              </Field>
              <Field field="narrative" label={t('form.narrative')} hint={t('form.narrativeHint')}>
                {(p) => <textarea {...p} rows={5} value={state.narrative} onChange={(e) => update('narrative', e.target.value)} />}
              </Field>
            </fieldset>

            <fieldset>
              <legend>{t('form.when')}</legend>
              <div className="row-fields">
                <Field field="startDate" label={t('form.startDate')} hint={t('form.dateHint')}>
                  {(p) => <DateInput input={p} name={t('form.startDate')} value={state.start} onChange={(d) => update('start', d)} />}
                </Field>
                <Field field="endDate" label={t('form.endDate')}>
                  {(p) => <DateInput input={p} name={t('form.endDate')} value={state.end} onChange={(d) => update('end', d)} />}
                </Field>
                <Field field="reportDate" label={t('form.reportDate')} hint={t('form.reportDateHint')}>
                  {(p) => <input {...p} type="date" value={state.reportDate} onChange={(e) => update('reportDate', e.target.value)} />}
                </Field>
              </div>
              <label className="check">
                <input type="checkbox" checked={state.dateEstimated} onChange={(e) => update('dateEstimated', e.target.checked)} /> {t('form.dateEstimated')}
              </label>
            </fieldset>

            <fieldset>
              <legend>{t('form.where')}</legend>
              <div className="row-fields">
                <Field field="country" label={t('filters.country')}>
                  {(p) => (
                    <select {...p} value={state.country} onChange={(e) => setState((s) => ({ ...s, country: e.target.value, placeId: '', placeMode: s.placeMode === 'existing' ? 'none' : s.placeMode }))}>
                      <option value="">{t('form.choose')}</option>
                      <TermOptions vocabulary={countries} />
                    </select>
                  )}
                </Field>
                <Field field="admin1" label={t('filters.admin1')}>
                  {(p) => <RegionInput input={p} country={state.country} value={state.admin1} onChange={(v) => update('admin1', v)} />}
                </Field>
                <Field field="placeId" label={t('form.place')}>
                  {(p) => (
                    <select
                      {...p}
                      value={state.placeMode === 'new' ? '__new' : state.placeId}
                      onChange={(e) => {
                        const v = e.target.value;
                        if (v === '__new') setState((s) => ({ ...s, placeMode: 'new', placeId: '' }));
                        else {
                          const place = places.byId.get(v);
                          setState((s) => ({ ...s, placeMode: v ? 'existing' : 'none', placeId: v, admin1: place?.admin1 ?? s.admin1 }));
                        }
                      }}
                    >
                      <option value="">{t('form.noPlace')}</option>
                      {places.items.map((pl) => (
                        <option key={pl.id} value={pl.id}>
                          {pl.name}
                          {pl.admin1 ? ` (${pl.admin1})` : ''}
                        </option>
                      ))}
                      <option value="__new">{t('form.newPlace')}</option>
                    </select>
                  )}
                </Field>
              </div>
              {state.placeMode === 'new' && (
                <div className="row-fields">
                  <Field field="newPlace.name" label={t('form.newPlaceName')}>
                    {(p) => <input {...p} value={state.newPlace.name} onChange={(e) => update('newPlace', { ...state.newPlace, name: e.target.value })} />}
                  </Field>
                  <Field field="newPlace.latitude" label={t('form.latitude')}>
                    {(p) => <input {...p} inputMode="decimal" value={state.newPlace.latitude} onChange={(e) => update('newPlace', { ...state.newPlace, latitude: e.target.value })} />}
                  </Field>
                  <Field field="newPlace.longitude" label={t('form.longitude')}>
                    {(p) => <input {...p} inputMode="decimal" value={state.newPlace.longitude} onChange={(e) => update('newPlace', { ...state.newPlace, longitude: e.target.value })} />}
                  </Field>
                </div>
              )}
              <p className="muted small" id="picker-hint">
                {t('form.pickerHint')}
                {selectedPlace ? ` ${t('form.placeChosen', { name: selectedPlace.name })}` : ''}
              </p>
              <Suspense fallback={<div className="map picker placeholder">{t('common.loading')}</div>}>
                <PlacePickerMap
                  country={state.country}
                  places={places.items}
                  selectedPlaceId={state.placeMode === 'existing' ? state.placeId : ''}
                  point={point}
                  onPickPlace={(pid) => setState((s) => ({ ...s, placeMode: 'existing', placeId: pid, admin1: places.byId.get(pid)?.admin1 ?? s.admin1 }))}
                  onPickPoint={(lat, lon) => {
                    setState((s) => ({ ...s, placeMode: 'new', placeId: '', newPlace: { ...s.newPlace, latitude: String(lat), longitude: String(lon) } }));
                    void fillRegionAt(lat, lon);
                  }}
                />
              </Suspense>
            </fieldset>

            <fieldset>
              <legend>{t('form.whoWhom')}</legend>
              <ActsEditor acts={state.acts} country={state.country} onChange={(acts) => update('acts', acts)} drafts={state.newRecords} onDrafts={(d) => update('newRecords', d)} />
            </fieldset>

            <fieldset>
              <legend>{t('form.howWeKnow')}</legend>
              <SourcesEditor state={state} setState={setState} />
              <EvidenceField ids={state.evidenceIds} onChange={(ids) => update('evidenceIds', ids)} />
            </fieldset>

            <LinksEditor selfId={incident?.id} links={state.links} onChange={(links) => update('links', links)} />
          </div>

          <aside className="form-side">
            <div className="card sticky">
              <h2>{t('form.level')}</h2>
              <p className="live-level" aria-live="polite" data-testid="live-level">
                {shown ? (
                  <>
                    <LevelBadge level={shown} withName />
                    <small className="muted">{state.override.enabled && state.override.level ? t('form.levelOverridden', { derived: derived ?? '—' }) : t('form.levelDerived')}</small>
                  </>
                ) : (
                  <span className="muted">{t('form.levelNone')}</span>
                )}
              </p>
              <label className="check">
                <input type="checkbox" checked={state.override.enabled} onChange={(e) => update('override', { ...state.override, enabled: e.target.checked })} /> {t('form.override')}
              </label>
              {state.override.enabled && (
                <>
                  <Field field="pyramidLevelOverride.level" label={t('form.overrideLevel')}>
                    {(p) => (
                      <select {...p} value={state.override.level} onChange={(e) => update('override', { ...state.override, level: e.target.value })}>
                        <option value="">{t('form.choose')}</option>
                        <TermOptions vocabulary={levels} withCode />
                      </select>
                    )}
                  </Field>
                  <Field field="pyramidLevelOverride.reason" label={t('form.overrideReason')}>
                    {(p) => <textarea {...p} rows={2} value={state.override.reason} onChange={(e) => update('override', { ...state.override, reason: e.target.value })} />}
                  </Field>
                </>
              )}
              <Field field="verificationStatus" label={t('filters.verification')}>
                {(p) => (
                  <select {...p} value={state.verificationStatus} onChange={(e) => update('verificationStatus', e.target.value)}>
                    <TermOptions vocabulary={verification} />
                  </select>
                )}
              </Field>
              <Field field="confidentiality" label={t('form.confidentiality')}>
                {(p) => (
                  <select {...p} value={state.confidentiality} onChange={(e) => update('confidentiality', e.target.value)}>
                    <TermOptions vocabulary={confidentiality} />
                  </select>
                )}
              </Field>
              <fieldset className="access" data-testid="access">
                <legend>{t('access.section')}</legend>
                <TeamPicker teams={teams.items} picked={state.pickedTeams} onPick={(picked) => update('pickedTeams', picked)} other={state.teams} onOther={(text) => update('teams', text)} />
                {withholdable.map((f) => (
                  <Field key={f} field={`withhold.${f}`} label={t(`access.withhold.${f}`)}>
                    {(p) => (
                      <select {...p} value={state.withhold[f]} onChange={(e) => update('withhold', { ...state.withhold, [f]: e.target.value })}>
                        <option value="">{t('access.notWithheld')}</option>
                        <TermOptions vocabulary={confidentiality} />
                      </select>
                    )}
                  </Field>
                ))}
              </fieldset>
              <Field field="monitoringStatus" label={t('form.monitoring')}>
                {(p) => (
                  <select {...p} value={state.monitoringStatus} onChange={(e) => update('monitoringStatus', e.target.value)}>
                    <TermOptions vocabulary={monitoring} />
                  </select>
                )}
              </Field>
              <div className="actions">
                <button type="submit" disabled={saving} data-testid="save">
                  {saving ? t('form.saving') : incident ? t('form.saveChanges') : t('form.create')}
                </button>
                <Link to={incident ? `/incidents/${incident.id}` : '/incidents'} className="button secondary">
                  {t('common.cancel')}
                </Link>
              </div>
              {dirty && <p className="muted small">{t('form.unsaved')}</p>}
            </div>
          </aside>
        </form>
      </FieldErrors.Provider>
    </section>
  );
}

function SourcesEditor({ state, setState }: { state: FormState; setState: React.Dispatch<React.SetStateAction<FormState>> }) {
  const { t, label } = useI18n();
  const sources = useRegistry('sources');
  const connections = useTaxonomy('source-connections');
  const materials = useTaxonomy('material-types');
  const credibility = useTaxonomy('information-credibility');
  const reliability = useTaxonomy('source-reliability');
  const set = (i: number, patch: Partial<FormState['sources'][number]>) => setState((s) => ({ ...s, sources: s.sources.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const addDraft = (i: number) => {
    const key = newKey();
    setState((s) => ({ ...s, newRecords: { ...s.newRecords, sources: [...s.newRecords.sources, { key, name: '', code: '' }] }, sources: s.sources.map((x, j) => (j === i ? { ...x, sourceId: newRef(key) } : x)) }));
  };
  return (
    <div className="sources">
      <h3>{t('form.sources')}</h3>
      {state.sources.length === 0 && <p className="muted small">{t('form.noSources')}</p>}
      {state.sources.map((src, i) => {
        const source = sources.byId.get(src.sourceId);
        const draft = state.newRecords.sources.find((d) => d.key === newKeyOf(src.sourceId));
        return (
          <div key={i} className="subcard">
            <div className="row-fields">
              <Field field={`sources.${i}.sourceId`} label={t('form.source')} hint={source ? t('form.reliability', { grade: source.reliability, label: label(reliability.byCode.get(source.reliability), '') }) : undefined}>
                {(p) => (
                  <select {...p} value={src.sourceId} onChange={(e) => (e.target.value === addNewValue ? addDraft(i) : set(i, { sourceId: e.target.value }))}>
                    <option value="">{t('form.choose')}</option>
                    {sources.items.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name} ({s.reliability})
                      </option>
                    ))}
                    <NewRecordOptions kind="sources" drafts={state.newRecords.sources} />
                  </select>
                )}
              </Field>
              <Field field={`sources.${i}.connection`} label={t('form.connection')}>
                {(p) => (
                  <select {...p} value={src.connection} onChange={(e) => set(i, { connection: e.target.value })}>
                    <option value="">{t('form.choose')}</option>
                    <TermOptions vocabulary={connections} />
                  </select>
                )}
              </Field>
              <Field field={`sources.${i}.materialType`} label={t('form.material')}>
                {(p) => (
                  <select {...p} value={src.materialType} onChange={(e) => set(i, { materialType: e.target.value })}>
                    <option value="">{t('form.choose')}</option>
                    <TermOptions vocabulary={materials} />
                  </select>
                )}
              </Field>
              <Field field={`sources.${i}.credibility`} label={t('form.credibility')}>
                {(p) => (
                  <select {...p} value={src.credibility} onChange={(e) => set(i, { credibility: e.target.value })}>
                    <option value="">{t('form.choose')}</option>
                    <TermOptions vocabulary={credibility} withCode />
                  </select>
                )}
              </Field>
              <Field field={`sources.${i}.informationDate`} label={t('form.informationDate')}>
                {(p) => <input {...p} type="date" value={src.informationDate} onChange={(e) => set(i, { informationDate: e.target.value })} />}
              </Field>
            </div>
            {draft && state.sources.findIndex((x) => x.sourceId === src.sourceId) === i && (
              <NewRecordFields kind="sources" draft={draft} onChange={(d) => setState((s) => ({ ...s, newRecords: { ...s.newRecords, sources: s.newRecords.sources.map((x) => (x.key === d.key ? d : x)) } }))} />
            )}
            <Field field={`sources.${i}.note`} label={t('form.note')}>
              {(p) => <input {...p} value={src.note} onChange={(e) => set(i, { note: e.target.value })} />}
            </Field>
            <button type="button" className="link danger" onClick={() => setState((s) => ({ ...s, sources: s.sources.filter((_, j) => j !== i) }))}>
              {t('form.removeSource')}
            </button>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => setState((s) => ({ ...s, sources: [...s.sources, emptySource()] }))}>
        {t('form.addSource')}
      </button>
    </div>
  );
}

