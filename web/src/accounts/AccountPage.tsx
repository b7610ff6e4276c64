import { useState, type FormEvent } from 'react';
import { apiSend } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useSession } from '../access/session';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { TextField } from './TextField';

interface ApiToken {
  id: string;
  name: string;
  actions: string[] | null;
  expiresAt: string;
  revokedAt: string | null;
}

/** One's own account: the second factor (TOTP) and API tokens. */
export default function AccountPage() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const [reload, setReload] = useState(0);
  const tokens = useApi<{ items: ApiToken[] }>(session?.user ? '/api/tokens' : null, reload);
  const [error, setError] = useState<Error>();
  const attempt = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setError(undefined);
    try {
      const result = await work();
      setReload((r) => r + 1);
      return result;
    } catch (err) {
      setError(err as Error);
      return undefined;
    }
  };

  if (!session) return <Loading />;
  if (!session.user)
    return (
      <section className="page narrow">
        <h1>{t('accountPage.title')}</h1>
        <p>{t('accountPage.localOnly')}</p>
      </section>
    );
  return (
    <section className="page narrow">
      <h1>{t('accountPage.title')}</h1>
      <p>{t('account.signedInAs', { name: session.user.displayName, role: t(`role.${session.user.role}` as MessageKey) })}</p>
      <ErrorNote error={error} />
      <ChangePassword attempt={attempt} />
      <Totp enabled={session.user.totpEnabled} attempt={attempt} onChanged={() => refresh()} />
      <div className="card">
        <h2>{t('accountPage.tokens')}</h2>
        <p className="muted">{t('accountPage.tokensHint')}</p>
        {tokens.data ? <TokenList tokens={tokens.data.items} onRevoke={(id) => attempt(() => apiSend('DELETE', `/api/tokens/${id}`))} /> : <Loading />}
        <NewToken attempt={attempt} />
      </div>
    </section>
  );
}

type Attempt = <T>(work: () => Promise<T>) => Promise<T | undefined>;

function ChangePassword({ attempt }: { attempt: Attempt }) {
  const { t } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if ((await attempt(() => apiSend('PUT', '/api/account/password', { currentPassword, password }).then(() => true))) === true) {
      setCurrent('');
      setPassword('');
      setDone(true);
    }
  }
  return (
    <form className="card account-form" onSubmit={submit}>
      <h2>{t('accountPage.password')}</h2>
      <div className="row-fields">
        <TextField id="current-password" label={t('accountPage.currentPassword')} type="password" autoComplete="current-password" value={currentPassword} onValue={setCurrent} required />
        <TextField id="changed-password" label={t('accountPage.newPassword')} type="password" autoComplete="new-password" minLength={12} value={password} onValue={setPassword} required />
      </div>
      <button type="submit" className="small">
        {t('accountPage.changePassword')}
      </button>
      {done && (
        <p className="notice" role="status">
          {t('accountPage.passwordChanged')}
        </p>
      )}
    </form>
  );
}

function Totp({ enabled, attempt, onChanged }: { enabled: boolean; attempt: Attempt; onChanged: () => void }) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState('');
  async function confirm(e: FormEvent) {
    e.preventDefault();
    const path = enabled ? '/api/account/totp/disable' : '/api/account/totp/confirm';
    if ((await attempt(() => apiSend('POST', path, { code }).then(() => true))) === true) {
      setEnrolment(undefined);
      setCode('');
      onChanged();
    }
  }
  return (
    <div className="card">
      <h2>{t('accountPage.totp')}</h2>
      <p>{enabled ? t('accountPage.totpOn') : t('accountPage.totpOff')}</p>
      {!enabled && !enrolment && (
        <button type="button" onClick={async () => setEnrolment(await attempt(() => apiSend<{ secret: string; uri: string }>('POST', '/api/account/totp')))}>
          {t('accountPage.totpStart')}
        </button>
      )}
      {enrolment && (
        <div>
          <p>{t('accountPage.totpScan')}</p>
          <dl className="secret">
            <dt>{t('accountPage.totpSecret')}</dt>
            <dd>
              <code data-testid="totp-secret">{enrolment.secret}</code>
            </dd>
            <dt>{t('accountPage.totpUri')}</dt>
            <dd>
              <code className="wrap">{enrolment.uri}</code>
            </dd>
          </dl>
        </div>
      )}
      {(enabled || enrolment) && (
        <form className="inline-form" onSubmit={confirm}>
          <label htmlFor="totp-code">{t('accountPage.totpCode')}</label>
          <input id="totp-code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" value={code} onChange={(e) => setCode(e.target.value)} required />
          <button type="submit" className="small">
            {enabled ? t('accountPage.totpDisable') : t('accountPage.totpConfirm')}
          </button>
        </form>
      )}
    </div>
  );
}

function TokenList({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (id: string) => void }) {
  const { t, date } = useI18n();
  if (!tokens.length) return <p className="muted">{t('accountPage.noTokens')}</p>;
  return (
    <ul className="token-list" data-testid="tokens">
      {tokens.map((token) => (
        <li key={token.id}>
          <strong>{token.name}</strong> <span className="muted">{token.actions ? t('accountPage.readOnly') : t('accountPage.readWrite')}</span>{' '}
          <span className="muted">{t('accountPage.expires', { date: date(token.expiresAt.slice(0, 10)) })}</span>{' '}
          {token.revokedAt ? (
            <span>{t('accountPage.revoked')}</span>
          ) : (
            <button type="button" className="small secondary" onClick={() => onRevoke(token.id)}>
              {t('accountPage.revoke')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function NewToken({ attempt }: { attempt: Attempt }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<'read-only' | 'read-write'>('read-only');
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState<string>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await attempt(() => apiSend<{ token: string }>('POST', '/api/tokens', { name, access, expiresInDays: days }));
    if (created) {
      setSecret(created.token);
      setName('');
    }
  }
  return (
    <form className="account-form" onSubmit={submit}>
      <div className="row-fields">
        <TextField id="token-name" label={t('accountPage.tokenName')} value={name} onValue={setName} required />
        <div className="field">
          <label htmlFor="token-access">{t('accountPage.tokenAccess')}</label>
          <select id="token-access" value={access} onChange={(e) => setAccess(e.target.value as 'read-only' | 'read-write')}>
            <option value="read-only">{t('accountPage.readOnly')}</option>
            <option value="read-write">{t('accountPage.readWrite')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="token-days">{t('accountPage.tokenDays')}</label>
          <input id="token-days" type="number" min={1} max={366} value={days} onChange={(e) => setDays(Number(e.target.value))} />
        </div>
      </div>
      <button type="submit" className="small">
        {t('accountPage.createToken')}
      </button>
      {secret && (
        <p className="notice" role="status">
          {t('accountPage.tokenCreated')} <code data-testid="token-secret">{secret}</code>
        </p>
      )}
    </form>
  );
}
