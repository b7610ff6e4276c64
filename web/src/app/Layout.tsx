import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCan } from '../access/can';
import { AccountArea } from '../accounts/AccountArea';
import { languages, useI18n, type Language } from '../i18n/i18n';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const can = useCan();
  // Move focus to the new page's heading after navigation to another page, so screen readers
  // announce it — never when only the query changes: a filter, a facet or the timeline's brush
  // keeps the focus where the person is working.
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
    }
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label={t('app.home')}>
          <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true">
            <path d="M8 1 15 15H1z" fill="#800026" />
            <path d="M8 6 11.5 13h-7z" fill="#fd8d3c" />
          </svg>
          <span>{t('app.name')}</span>
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.dashboard')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/incidents" end>
                {t('nav.incidents')}
              </NavLink>
            </li>
            {can('incident.edit') && (
              <li>
                <NavLink to="/incidents/new">{t('nav.new')}</NavLink>
              </li>
            )}
            {(['groups', 'actors', 'sources'] as const).map((kind) => (
              <li key={kind}>
                <NavLink to={`/${kind}`}>{t(`nav.${kind}`)}</NavLink>
              </li>
            ))}
            {can('alert.read') && (
              <li>
                <NavLink to="/alerts">{t('nav.alerts')}</NavLink>
              </li>
            )}
            {can('watchlist.read') && (
              <li>
                <NavLink to="/watchlist">{t('nav.watchlist')}</NavLink>
              </li>
            )}
            {can('review.read') && (
              <li>
                <NavLink to="/review">{t('nav.review')}</NavLink>
              </li>
            )}
            {(can('imports.run') || can('imports.read')) && (
              <li>
                <NavLink to={can('imports.run') ? '/import' : '/import/batches'}>{t('nav.import')}</NavLink>
              </li>
            )}
            {can('framework.read') && (
              <li>
                <NavLink to="/framework">{t('nav.framework')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <label className="lang">
          <span className="visually-hidden">{t('nav.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            {Object.entries(languages).map(([code, l]) => (
              <option key={code} value={code} lang={code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <AccountArea />
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
