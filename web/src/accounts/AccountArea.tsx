import { Link, NavLink, useNavigate } from 'react-router';
import { useCan } from '../access/can';
import { useSession } from '../access/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';

/**
 * The header's account corner: the signed-in person with their role, account and
 * administration links and sign-out; "Sign in" for the anonymous public; in local mode a
 * note that nobody signs in, with the way to end it.
 */
export function AccountArea() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const can = useCan();
  const navigate = useNavigate();
  if (!session) return null;
  if (session.mode === 'local')
    return (
      <div className="account-area">
        <span className="local-mode" title={t('account.localModeHint')}>
          {t('account.localMode')}
        </span>
        <Link to="/setup">{t('account.setUp')}</Link>
      </div>
    );
  if (!session.user)
    return (
      <div className="account-area">
        <NavLink to="/sign-in" title={t('account.anonymousHint')}>
          {t('account.signIn')}
        </NavLink>
      </div>
    );
  return (
    <div className="account-area">
      {can('users.manage') && <NavLink to="/admin">{t('account.admin')}</NavLink>}
      <NavLink to="/account" data-testid="signed-in-user">
        {t('account.signedInAs', { name: session.user.displayName, role: t(`role.${session.user.role}` as MessageKey) })}
      </NavLink>
      <button
        type="button"
        className="small secondary"
        onClick={async () => {
          await signOut();
          navigate('/sign-in');
        }}
      >
        {t('account.signOut')}
      </button>
    </div>
  );
}
