import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, apiSend } from '../api/client';
import { ErrorNote } from '../app/Loading';
import { useSession, type SessionInfo } from '../access/session';
import { useI18n } from '../i18n/i18n';
import { TextField } from './TextField';

/** Sign-in: login name and password, then the one-time code when the account has a second factor. */
export default function SignInPage() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  if (session?.firstRun) return <Navigate to="/setup" replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await apiSend<SessionInfo | { totpRequired: true }>('POST', '/api/session', { login, password, ...(needsTotp ? { totp } : {}) });
      if ('totpRequired' in answer) setNeedsTotp(true);
      else {
        await refresh(answer);
        navigate(from, { replace: true });
      }
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <h1>{t('signIn.title')}</h1>
      <form className="card account-form" onSubmit={submit}>
        <TextField id="signin-login" label={t('signIn.login')} autoComplete="username" value={login} onValue={setLogin} required />
        <TextField id="signin-password" label={t('signIn.password')} type="password" autoComplete="current-password" value={password} onValue={setPassword} required />
        {needsTotp && (
          <TextField id="signin-totp" label={t('signIn.totp')} hint={t('signIn.totpHint')} inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" value={totp} onValue={setTotp} required autoFocus />
        )}
        {error && <SignInError error={error} />}
        <button type="submit" disabled={busy} data-testid="sign-in">
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}

function SignInError({ error }: { error: Error }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 429)) return <ErrorNote error={error} />;
  const detail = error.problem.detail ?? '';
  const message =
    error.status === 429
      ? t('signIn.locked', { minutes: Math.max(1, Math.ceil(Number((error.problem as { retryAfter?: number }).retryAfter ?? 60) / 60)) })
      : /disabled/.test(detail)
        ? t('signIn.disabled')
        : /one-time/.test(detail)
          ? t('signIn.wrongTotp')
          : t('signIn.wrong');
  return (
    <p className="error-note" role="alert" data-testid="sign-in-error">
      {message}
    </p>
  );
}
