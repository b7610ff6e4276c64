import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './app/routes';
import { RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/i18n';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  </StrictMode>,
);
