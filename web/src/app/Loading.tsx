import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { fieldLabel, problemMessage } from '../i18n/problems';

export function Loading({ notFound = false }: { notFound?: boolean }) {
  const { t } = useI18n();
  if (notFound)
    return (
      <section className="page">
        <h1>{t('notFound.title')}</h1>
        <p>
          <Link to="/">{t('nav.dashboard')}</Link>
        </p>
      </section>
    );
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** An error in place of a page or a panel; the API's field problems are named and translated, not quoted. */
export function ErrorNote({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401)
    return (
      <p className="error-note" role="alert">
        {t('account.signInToSee')} <Link to="/sign-in">{t('account.signIn')}</Link>
      </p>
    );
  const problems = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const message = problems.length
    ? problems.map((p) => t('problem.summaryItem', { field: fieldLabel(t, p.field), message: problemMessage(t, p) })).join(' ')
    : error.message;
  return (
    <p className="error-note" role="alert">
      {t('common.error', { message })}
    </p>
  );
}
