import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './app/routes';
import { RouterProvider } from 'react-router';
import { SessionProvider } from './access/session';
import { I18nProvider } from './i18n/i18n';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
