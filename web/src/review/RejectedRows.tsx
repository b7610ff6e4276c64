import { useState } from 'react';
import { Link } from 'react-router';
import { apiGet } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';

interface RejectedRow {
  batchId: string;
  fileName: string;
  sourceSystem: string;
  startedAt: string;
  startedBy: string;
  jobId: string | null;
  row: number;
  file: string | null;
  sheet: string | null;
  problems: { field: string | null; target: string | null; code: string; message: string }[];
}
interface Page {
  items: RejectedRow[];
  nextCursor: string | null;
}

/**
 * Rows imports rejected (issue 16 §4), newest import first: the file and row (with the ZIP
 * member or sheet), each problem's code, column and reason, a link to the import batches and, for an
 * import run from this page, to the error file to fix and import again.
 */
export function RejectedRows({ reload }: { reload: number }) {
  const { t, number, dateTime } = useI18n();
  const first = useApi<Page>('/api/review/rejected-rows?limit=50', reload);
  const [more, setMore] = useState<{ items: RejectedRow[]; cursor: string | null } | null>(null);
  const [error, setError] = useState<Error | undefined>();
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : (first.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await apiGet<Page>(`/api/review/rejected-rows?limit=50&cursor=${encodeURIComponent(cursor)}`);
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], cursor: page.nextCursor }));
    } catch (err) {
      setError(err as Error);
    }
  };
  if (first.error) return <ErrorNote error={first.error} />;
  if (!first.data) return <Loading />;
  if (items.length === 0) return <p>{t('review.rejectedNone')}</p>;
  return (
    <>
      <table className="rejected-rows" data-testid="rejected-rows">
        <thead>
          <tr>
            <th scope="col">{t('review.rejectedImport')}</th>
            <th scope="col">{t('review.rejectedRow')}</th>
            <th scope="col">{t('review.rejectedProblems')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={`${r.batchId}|${r.row}|${r.file ?? ''}|${r.sheet ?? ''}`}>
              <td>
                <Link to="/import/batches">{r.fileName}</Link>
                <div className="muted">{t('review.rejectedBy', { who: r.startedBy, when: dateTime(r.startedAt) })}</div>
                {r.jobId && (
                  <a href={`/api/imports/jobs/${encodeURIComponent(r.jobId)}/errors`} download>
                    {t('review.rejectedErrorFile')}
                  </a>
                )}
              </td>
              <td>
                {number(r.row)}
                {(r.file || r.sheet) && <div className="muted">{[r.file, r.sheet].filter(Boolean).join(' · ')}</div>}
              </td>
              <td>
                <ul>
                  {r.problems.map((p, i) => (
                    // The message names the column already (`violation_type: …`); the code is the problem's own, stable across languages.
                    <li key={i}>
                      <code className="problem-code" data-testid="problem-code">
                        {p.code}
                      </code>{' '}
                      {p.message}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cursor && (
        <button type="button" onClick={loadMore}>
          {t('review.rejectedMore')}
        </button>
      )}
      {error && <ErrorNote error={error} />}
    </>
  );
}
