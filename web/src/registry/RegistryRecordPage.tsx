import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { ApiError, apiGet, apiSend } from '../api/client';
import type { Problem } from '../api/types';
import { ErrorNote, Loading } from '../app/Loading';
import { FieldErrors } from '../incidents/Field';
import { errorsByField, inputIdFor } from '../incidents/formModel';
import { useI18n } from '../i18n/i18n';
import { problemMessage } from '../i18n/problems';
import { emptyDraft, fromRecord, mergeDrafts, toRecordBody, type DraftField, type RecordDraft, type RegistryKind, type RegistryRecord } from './kinds';
import { RecordFields } from './RecordFields';
import { UsageLink } from './UsageLink';

/** One group, perpetrator or source: create, edit with its version, delete and restore, and where it is used. */
export default function RegistryRecordPage({ kind }: { kind: RegistryKind }) {
  const { id } = useParams();
  const [loaded, setLoaded] = useState<{ record: RegistryRecord | null; error?: Error } | null>(id ? null : { record: null });
  useEffect(() => {
    if (!id) return setLoaded({ record: null });
    let live = true;
    setLoaded(null);
    apiGet<RegistryRecord>(`/api/${kind}/${id}`).then(
      (record) => live && setLoaded({ record }),
      (error: Error) => live && setLoaded({ record: null, error }),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);
  if (!loaded) return <Loading />;
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  return <RecordEditor key={`${kind}:${id ?? 'new'}`} kind={kind} initial={loaded.record} />;
}

type Notice = { key: 'saved' | 'deleted' | 'restored' } | { key: 'merged' | 'changed'; version: number } | null;

/** A stale save both sides changed some fields of: theirs, my values for those fields, and the person's choice for each. */
interface Conflict {
  current: RegistryRecord;
  mine: RecordDraft;
  fields: DraftField[];
  choice: Partial<Record<DraftField, 'mine' | 'theirs'>>;
}

function RecordEditor({ kind, initial }: { kind: RegistryKind; initial: RegistryRecord | null }) {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<RecordDraft>(() => (initial ? fromRecord(kind, initial) : emptyDraft(kind)));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  // Just created: the page it was created on said so before moving here.
  const [notice, setNotice] = useState<Notice>((location.state as { saved?: boolean } | null)?.saved ? { key: 'saved' } : null);
  const [usage, setUsage] = useState<number | undefined>(undefined);
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!initial) return;
    let live = true;
    apiGet<{ incidents: number }>(`/api/${kind}/${initial.id}/usage`).then(
      (u) => live && setUsage(u.incidents),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kind, initial]);

  // Unsaved changes are not lost by a click elsewhere: leaving asks first, as the incident form does.
  const leaving = useRef(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(record ? fromRecord(kind, record) : emptyDraft(kind));
  useLeaveGuard(dirty, () => leaving.current);

  const remaining = useMemo(() => (problem?.errors ?? []).filter((e) => !fixed.has(e.field)), [problem, fixed]);
  const errors = useMemo(() => ({ errors: errorsByField(remaining), clear: (field: string) => setFixed((f) => new Set(f).add(field)) }), [remaining]);

  /** `saving`: the refused request was a save (to merge and retry), not a delete or restore (to show the record as it now is). */
  const fail = async (err: unknown, mine: RecordDraft, saving: boolean): Promise<void> => {
    if (err instanceof ApiError && err.status === 409 && err.problem.current && record) {
      // Merge against the version this edit started from: fields only one side changed need no decision.
      const current = err.problem.current as RegistryRecord;
      const { merged, conflicts } = mergeDrafts(kind, fromRecord(kind, record), mine, fromRecord(kind, current));
      setRecord(current);
      setDraft(merged);
      if (!saving) return setNotice({ key: 'changed', version: current.version });
      if (!conflicts.length) return save(undefined, { version: current.version, draft: merged, merged: true });
      setConflict({ current, mine, fields: conflicts, choice: {} });
      setTimeout(() => conflictRef.current?.focus(), 0);
    } else if (err instanceof ApiError) {
      // `aliases.2` is shown under the aliases input.
      setProblem({ ...err.problem, errors: err.problem.errors?.map((x) => ({ ...x, field: x.field.split('.')[0]! })) });
      setTimeout(() => summaryRef.current?.focus(), 0);
    } else setProblem({ type: 'about:blank', title: t('common.networkError'), status: 0, detail: (err as Error).message });
  };

  /** Saves the draft; after a conflict, `over` holds the version saved meanwhile and the merged draft. */
  const save = async (e?: FormEvent, over?: { version: number; draft: RecordDraft; merged?: boolean }) => {
    e?.preventDefault();
    const sending = over?.draft ?? draft;
    setBusy(true);
    setProblem(null);
    setFixed(new Set());
    setNotice(null);
    try {
      const body = toRecordBody(kind, sending);
      if (!record) {
        const created = await apiSend<RegistryRecord>('POST', `/api/${kind}`, body);
        leaving.current = true;
        navigate(`/${kind}/${created.id}`, { replace: true, state: { saved: true } });
        return;
      }
      const saved = await apiSend<RegistryRecord>('PUT', `/api/${kind}/${record.id}`, { ...body, version: over?.version ?? record.version });
      setRecord(saved);
      setDraft(fromRecord(kind, saved));
      setConflict(null);
      setNotice(over?.merged ? { key: 'merged', version: over.version } : { key: 'saved' });
    } catch (err) {
      await fail(err, sending, true);
    } finally {
      setBusy(false);
    }
  };

  const setDeleted = async (deleted: boolean) => {
    if (!record) return;
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const saved = deleted
        ? await apiSend<RegistryRecord>('DELETE', `/api/${kind}/${record.id}?version=${record.version}`)
        : await apiSend<RegistryRecord>('POST', `/api/${kind}/${record.id}/restore?version=${record.version}`);
      setRecord(saved);
      setDraft(fromRecord(kind, saved));
      setNotice({ key: deleted ? 'deleted' : 'restored' });
    } catch (err) {
      await fail(err, draft, false);
    } finally {
      setBusy(false);
    }
  };

  const deleted = Boolean(record?.deletedAt);
  const theirs = conflict ? fromRecord(kind, conflict.current) : null;
  /** The draft with each conflicting field as the person chose (mine until they choose). */
  const resolved = (c: Conflict): RecordDraft => ({ ...draft, ...Object.fromEntries(c.fields.map((f) => [f, (c.choice[f] === 'theirs' ? theirs : c.mine)?.[f] ?? ''])) });
  const fieldName = (f: string) => (f === 'kind' ? t(kind === 'actors' ? 'registry.field.actorKind' : 'registry.field.sourceKind') : t(`registry.field.${f}` as 'registry.field.name'));

  return (
    <section className="page registry-record" data-testid="registry-record">
      <div className="page-head">
        <h1>{record ? record.name : t(`registry.${kind}.new`)}</h1>
        <p className="muted small">
          {record && <>{t('registry.version', { version: record.version, when: dateTime(record.updatedAt) })} · </>}
          <Link to={`/${kind}`}>{t(`registry.${kind}.all`)}</Link>
        </p>
      </div>
      {deleted && (
        <div className="notice deleted-banner" role="status" data-testid="deleted-banner">
          <p>{t(`registry.${kind}.deletedBanner`)}</p>
          <button type="button" onClick={() => void setDeleted(false)} disabled={busy}>
            {t('registry.restore')}
          </button>
        </div>
      )}
      {notice && (
        <p className="notice ok" role="status" data-testid="notice">
          {'version' in notice ? t(`registry.${notice.key}`, { version: notice.version }) : t(`registry.${notice.key}`)}
        </p>
      )}
      {record && <UsageLink kind={kind} id={record.id} count={usage} />}
      {conflict && theirs && (
        <div ref={conflictRef} tabIndex={-1}>
          <section className="conflict" role="alert" aria-labelledby="conflict-h" data-testid="conflict">
            <h2 id="conflict-h">{t('registry.conflictTitle')}</h2>
            <p>{t('registry.conflictExplain', { version: conflict.current.version, when: dateTime(conflict.current.updatedAt) })}</p>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('conflict.field')}</th>
                    <th scope="col">{t('conflict.mine')}</th>
                    <th scope="col">{t('conflict.theirs', { version: conflict.current.version })}</th>
                    <th scope="col">{t('registry.keep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflict.fields.map((f) => (
                    <tr key={f}>
                      <th scope="row">{fieldName(f)}</th>
                      <td className="mine">{conflict.mine[f] || '—'}</td>
                      <td className="theirs">{theirs[f] || '—'}</td>
                      <td>
                        <fieldset className="choice">
                          <legend className="visually-hidden">{fieldName(f)}</legend>
                          {(['mine', 'theirs'] as const).map((side) => (
                            <label key={side} className="check">
                              <input
                                type="radio"
                                name={`keep-${f}`}
                                checked={(conflict.choice[f] ?? 'mine') === side}
                                onChange={() => setConflict({ ...conflict, choice: { ...conflict.choice, [f]: side } })}
                              />{' '}
                              {t(side === 'mine' ? 'registry.keepMine' : 'registry.keepTheirs')}
                            </label>
                          ))}
                        </fieldset>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="actions">
              <button type="button" onClick={() => void save(undefined, { version: conflict.current.version, draft: resolved(conflict) })} disabled={busy}>
                {t('registry.saveChoices', { version: conflict.current.version })}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setDraft(theirs);
                  setConflict(null);
                }}
              >
                {t('conflict.takeTheirs')}
              </button>
            </div>
          </section>
        </div>
      )}
      {problem && (remaining.length > 0 || !problem.errors?.length) && (
        <div ref={summaryRef} tabIndex={-1} className="error-summary" role="alert" aria-labelledby="error-summary-h" data-testid="error-summary">
          <h2 id="error-summary-h">{remaining.length ? t('form.fixErrors', { count: remaining.length }) : problem.title}</h2>
          {remaining.length ? (
            <ul>
              {remaining.map((x, i) => (
                <li key={i}>
                  <a href={`#${inputIdFor(x.field)}`}>
                    {t('problem.summaryItem', { field: fieldName(x.field), message: problemMessage(t, x) })}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p lang="en" dir="auto">
              {problem.detail}
            </p>
          )}
        </div>
      )}
      <FieldErrors.Provider value={errors}>
        <form className="card registry-form" onSubmit={(e) => void save(e)} noValidate>
          <RecordFields kind={kind} draft={draft} onChange={setDraft} disabled={deleted} />
          <div className="actions">
            {!deleted && (
              <button type="submit" disabled={busy} data-testid="save">
                {busy ? t('registry.saving') : record ? t('registry.save') : t('registry.create')}
              </button>
            )}
            {record && !deleted && (
              <button type="button" className="secondary danger" onClick={() => void setDeleted(true)} disabled={busy}>
                {t('registry.delete')}
              </button>
            )}
          </div>
          {dirty && <p className="muted small">{t('form.unsaved')}</p>}
        </form>
      </FieldErrors.Provider>
    </section>
  );
}
