import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { apiSend } from '../api/client';
import { ErrorNote, Loading } from '../app/Loading';
import { useSession, type SessionInfo } from '../access/session';
import { useI18n } from '../i18n/i18n';
import { TextField } from './TextField';

/** The first run: a loopback server without accounts creates its first administrator, who is then signed in. */
export default function FirstRunPage() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<Error>();
  const [mismatch, setMismatch] = useState(false);

  if (!session) return <Loading />;
  if (!session.firstRun)
    return (
      <section className="page narrow">
        <h1>{t('firstRun.title')}</h1>
        <p>
          {t('firstRun.done')} <Link to="/sign-in">{t('account.signIn')}</Link>
        </p>
      </section>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    setError(undefined);
    try {
      const signedIn = await apiSend<SessionInfo>('POST', '/api/setup', { login, displayName: displayName || undefined, password });
      await refresh(signedIn);
      navigate('/admin', { replace: true });
    } catch (err) {
      setError(err as Error);
    }
  }

  return (
    <section className="page narrow">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <form className="card account-form" onSubmit={submit}>
        <TextField id="setup-login" label={t('signIn.login')} autoComplete="username" value={login} onValue={setLogin} required />
        <TextField id="setup-name" label={t('firstRun.displayName')} autoComplete="name" value={displayName} onValue={setDisplayName} />
        <TextField id="setup-password" label={t('firstRun.password')} type="password" autoComplete="new-password" minLength={12} value={password} onValue={setPassword} required />
        <TextField id="setup-confirm" label={t('firstRun.confirm')} type="password" autoComplete="new-password" value={confirm} onValue={setConfirm} required />
        {mismatch && (
          <p className="error-note" role="alert">
            {t('firstRun.mismatch')}
          </p>
        )}
        <ErrorNote error={error} />
        <button type="submit" data-testid="create-admin">
          {t('firstRun.submit')}
        </button>
      </form>
    </section>
  );
}
