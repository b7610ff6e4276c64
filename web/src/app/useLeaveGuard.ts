import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../i18n/i18n';

/**
 * Unsaved changes are not lost by a click elsewhere or a closed tab: while `dirty`, moving to
 * another page asks first and the browser warns before unloading. `exempt` is read when the
 * navigation happens (the page's own save or delete moving on), so it may read a ref.
 */
export function useLeaveGuard(dirty: boolean, exempt: () => boolean = () => false): void {
  const { t } = useI18n();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !exempt() && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('form.unsavedConfirm'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
