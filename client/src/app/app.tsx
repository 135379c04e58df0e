import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import '../shared/i18n/i18n';
import { AppRoutes } from './router';
import './tokens.css';
import './app.css';

/**
 * Providers: i18n is initialised on import (react-i18next's global instance); the router renders the rest.
 * Without transitions, a page whose chunk is still on its way shows "Memuat halaman…" at once
 * instead of leaving the previous page up with no sign that anything happens.
 */
export function App() {
  return (
    <StrictMode>
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>
  );
}
