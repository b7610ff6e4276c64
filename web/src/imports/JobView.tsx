import { Link } from 'react-router';
import type { ImportJob } from '../api/types';
import { useI18n } from '../i18n/i18n';

/**
 * A job's progress (a progress bar, rows/s and the time left, in a polite live region so a
 * screen reader hears how it goes without losing its place) and, when it ends, its report.
 */
export function JobView({ job, onResume }: { job: ImportJob; onResume: () => void }) {
  const { t, number } = useI18n();
  const p = job.progress;
  const active = job.status === 'queued' || job.status === 'running';
  return (
    <div className="import-job" data-testid="job" data-status={job.status}>
      <div role="status" aria-live="polite" className="job-status">
        <p>
          <strong>{t(`import.status.${job.status}`)}</strong>
          {job.dryRun && ` — ${t('import.dryRunNote')}`}
        </p>
        {active && (
          <p data-testid="progress-text">
            {t('import.progressLine', { read: p.rowsRead, written: p.rowsWritten, rejected: p.rejected, speed: Math.round(p.rowsPerSecond) })}
            {p.etaSeconds !== null && ` — ${t('import.eta', { seconds: p.etaSeconds })}`}
          </p>
        )}
        {job.error && <p className="error-note">{job.error}</p>}
      </div>
      {active && (
        <progress className="import-progress" max={100} value={p.percent ?? undefined} aria-label={t('import.progressLabel')}>
          {p.percent !== null ? `${p.percent}%` : ''}
        </progress>
      )}
      {(job.status === 'interrupted' || job.status === 'failed') && (
        <button type="button" onClick={onResume} data-testid="resume">
          {t('import.resume')}
        </button>
      )}
      {job.report && <ReportView job={job} />}
      {!active && (
        <p>
          <Link to="/import/batches">{t('import.seeBatches')}</Link>
        </p>
      )}
      <p className="small muted">{t('import.jobMeta', { id: job.id, rows: number(p.rowsRead) })}</p>
    </div>
  );
}

function ReportView({ job }: { job: ImportJob }) {
  const { t, number } = useI18n();
  const r = job.report!;
  const counts = [
    ['imported', r.imported],
    ['updated', r.updated],
    ['unchanged', r.unchanged],
    ['skipped', r.skipped],
    ['conflicts', r.conflicts],
    ['rejected', r.rejectedCount],
  ] as const;
  return (
    <section aria-labelledby="report-h" data-testid="report">
      <h3 id="report-h">{t('import.report')}</h3>
      <dl className="report-counts">
        {counts.map(([key, n]) => (
          <div key={key} data-count={key}>
            <dt>{t(`import.count.${key}`)}</dt>
            <dd>{number(n)}</dd>
          </div>
        ))}
      </dl>
      {r.errorFile && (
        <p>
          <a className="button secondary" href={r.errorFile} download data-testid="error-file">
            {t('import.downloadErrors')}
          </a>{' '}
          <span className="small muted">{t('import.errorFileHint')}</span>
        </p>
      )}
      {r.rejected.length > 0 && (
        <div className="table-scroll">
          <table className="rejected-rows" data-testid="rejected">
            <caption>{t('import.rejectedCaption', { shown: r.rejected.length, count: r.rejectedCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.target')}</th>
                <th scope="col">{t('import.problemCode')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rejected.map((x, i) => (
                <tr key={i}>
                  <th scope="row">{[x.file, x.sheet, number(x.row)].filter(Boolean).join(' · ')}</th>
                  <td>{x.field}</td>
                  <td>{x.target}</td>
                  <td>
                    <code className="problem-code">{x.code}</code>
                  </td>
                  <td>{x.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.unknownCodes.length > 0 && <p className="small">{t('import.unknownAfterRun', { count: r.unknownCodes.length })}</p>}
    </section>
  );
}
