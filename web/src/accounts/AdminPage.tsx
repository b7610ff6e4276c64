import { useState, type FormEvent } from 'react';
import { apiSend } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useCan } from '../access/can';
import type { AccountUser } from '../access/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { useTaxonomy } from '../vocab/vocab';

/** The roles an account may hold and the confidentiality levels (src/access/scope.ts). */
export const accountRoles = ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'] as const;
const clearances = ['public', 'internal', 'confidential', 'strictly-confidential'] as const;

interface Team {
  id: string;
  name: string;
  members: number;
}

/** Administrators manage accounts (create, role, clearance, teams, password reset, disable) and teams. */
export default function AdminPage() {
  const { t } = useI18n();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const users = useApi<{ items: AccountUser[] }>(can('users.manage') ? '/api/users' : null, reload);
  const teams = useApi<{ items: Team[] }>(can('users.manage') ? '/api/teams' : null, reload);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const changed = (message?: string) => {
    setNotice(message);
    setError(undefined);
    setReload((r) => r + 1);
  };
  const attempt = async (work: () => Promise<unknown>, message?: string) => {
    try {
      await work();
      changed(message);
    } catch (err) {
      setNotice(undefined);
      setError(err as Error);
    }
  };

  if (users.error) return <ErrorNote error={users.error} />;
  if (!users.data || !teams.data) return <Loading />;

  return (
    <section className="page">
      <h1>{t('admin.title')}</h1>
      {notice && (
        <p className="notice" role="status" data-testid="notice">
          {notice}
        </p>
      )}
      <ErrorNote error={error} />
      <div className="card">
        <h2>{t('admin.users')}</h2>
        <table className="admin-table" data-testid="users">
          <thead>
            <tr>
              <th scope="col">{t('admin.login')}</th>
              <th scope="col">{t('admin.displayName')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.clearance')}</th>
              <th scope="col">{t('admin.teams')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.resetPassword')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => (
              <UserRow key={`${u.id}-${reload}`} user={u} teams={teams.data!.items} onChange={attempt} />
            ))}
          </tbody>
        </table>
      </div>
      <NewUser teams={teams.data.items} onCreate={(body) => attempt(() => apiSend('POST', '/api/users', body), t('admin.created', { login: String(body.login) }))} />
      <TeamsCard teams={teams.data.items} onChange={attempt} />
    </section>
  );
}

type Attempt = (work: () => Promise<unknown>, message?: string) => Promise<void>;

/** The confidentiality levels, labelled in the reader's language. */
function ClearanceOptions() {
  const { label } = useI18n();
  const levels = useTaxonomy('confidentiality-levels');
  return (
    <>
      {clearances.map((c) => (
        <option key={c} value={c}>
          {label(levels.byCode.get(c), c)}
        </option>
      ))}
    </>
  );
}

function UserRow({ user, teams, onChange }: { user: AccountUser; teams: Team[]; onChange: Attempt }) {
  const { t } = useI18n();
  const put = (body: Record<string, unknown>) => onChange(() => apiSend('PUT', `/api/users/${user.id}`, body), t('admin.saved'));
  const [password, setPassword] = useState('');
  const [resetting, setResetting] = useState(false);
  const id = (what: string) => `user-${user.login}-${what}`;
  return (
    <tr data-login={user.login}>
      <td>{user.login}</td>
      <td>{user.displayName}</td>
      <td>
        <label className="visually-hidden" htmlFor={id('role')}>
          {t('admin.role')}
        </label>
        <select id={id('role')} value={user.role} onChange={(e) => put({ role: e.target.value })}>
          {accountRoles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={id('clearance')}>
          {t('admin.clearance')}
        </label>
        <select id={id('clearance')} value={user.clearance} onChange={(e) => put({ clearance: e.target.value })}>
          <ClearanceOptions />
        </select>
      </td>
      <td>
        <fieldset className="team-checks">
          <legend className="visually-hidden">{t('admin.teams')}</legend>
          {teams.map((team) => {
            const member = user.teams.some((x) => x.id === team.id);
            return (
              <label key={team.id}>
                <input
                  type="checkbox"
                  checked={member}
                  onChange={() => put({ teams: member ? user.teams.filter((x) => x.id !== team.id).map((x) => x.id) : [...user.teams.map((x) => x.id), team.id] })}
                />{' '}
                {team.name}
              </label>
            );
          })}
        </fieldset>
      </td>
      <td>
        {user.disabled ? t('admin.disabled') : t('admin.active')}{' '}
        <button type="button" className="small secondary" onClick={() => put({ disabled: !user.disabled })}>
          {user.disabled ? t('admin.enable') : t('admin.disable')}
        </button>
      </td>
      <td>
        {resetting ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void onChange(() => apiSend('POST', `/api/users/${user.id}/password`, { password }), t('admin.passwordReset', { login: user.login }));
            }}
          >
            <label htmlFor={id('password')} className="visually-hidden">
              {t('admin.newPassword', { login: user.login })}
            </label>
            <input id={id('password')} type="password" autoComplete="new-password" minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} required />
            <button type="submit" className="small">
              {t('admin.save')}
            </button>
          </form>
        ) : (
          <button type="button" className="small secondary" onClick={() => setResetting(true)}>
            {t('admin.resetPassword')}
          </button>
        )}
      </td>
    </tr>
  );
}

function NewUser({ teams, onCreate }: { teams: Team[]; onCreate: (body: Record<string, unknown>) => Promise<void> }) {
  const { t } = useI18n();
  const empty = { login: '', displayName: '', role: 'viewer', clearance: '', password: '', teams: [] as string[] };
  const [form, setForm] = useState(empty);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: FormEvent) {
    e.preventDefault();
    await onCreate({ ...form, displayName: form.displayName || undefined, clearance: form.clearance || undefined });
    setForm(empty);
  }
  return (
    <form className="card account-form" onSubmit={submit} data-testid="new-user">
      <h2>{t('admin.newUser')}</h2>
      <div className="row-fields">
        <div className="field">
          <label htmlFor="new-login">{t('admin.login')}</label>
          <input id="new-login" value={form.login} onChange={set('login')} required autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="new-name">{t('admin.displayName')}</label>
          <input id="new-name" value={form.displayName} onChange={set('displayName')} />
        </div>
        <div className="field">
          <label htmlFor="new-role">{t('admin.role')}</label>
          <select id="new-role" value={form.role} onChange={set('role')}>
            {accountRoles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-clearance">{t('admin.clearance')}</label>
          <select id="new-clearance" value={form.clearance} onChange={set('clearance')} aria-describedby="new-clearance-hint">
            <option value="">—</option>
            <ClearanceOptions />
          </select>
          <small id="new-clearance-hint" className="muted">
            {t('admin.clearanceCapped')}
          </small>
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('admin.password')}</label>
          <input id="new-password" type="password" autoComplete="new-password" minLength={12} value={form.password} onChange={set('password')} required />
        </div>
      </div>
      {teams.length > 0 && (
        <fieldset className="team-checks">
          <legend>{t('admin.teams')}</legend>
          {teams.map((team) => (
            <label key={team.id}>
              <input
                type="checkbox"
                checked={form.teams.includes(team.id)}
                onChange={() => setForm({ ...form, teams: form.teams.includes(team.id) ? form.teams.filter((x) => x !== team.id) : [...form.teams, team.id] })}
              />{' '}
              {team.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" data-testid="create-user">
        {t('admin.create')}
      </button>
    </form>
  );
}

function TeamsCard({ teams, onChange }: { teams: Team[]; onChange: Attempt }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <div className="card">
      <h2>{t('admin.teamList')}</h2>
      {teams.length ? (
        <ul className="team-list">
          {teams.map((team) => (
            <li key={team.id}>
              {team.name} <span className="muted">{t('admin.members', { count: team.members })}</span>{' '}
              <button type="button" className="link danger" onClick={() => onChange(() => apiSend('DELETE', `/api/teams/${team.id}`))} aria-label={t('admin.removeTeam', { name: team.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('admin.noTeams')}</p>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onChange(() => apiSend('POST', '/api/teams', { name })).then(() => setName(''));
        }}
      >
        <label htmlFor="new-team">{t('admin.teamName')}</label>
        <input id="new-team" value={name} onChange={(e) => setName(e.target.value)} required />
        <button type="submit" className="small">
          {t('admin.addTeam')}
        </button>
      </form>
    </div>
  );
}
