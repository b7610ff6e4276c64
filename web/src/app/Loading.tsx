import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

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

export function ErrorNote({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="error-note" role="alert">
      {t('common.error', { message: error.message })}
    </p>
  );
}
