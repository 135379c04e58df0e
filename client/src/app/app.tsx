import { StrictMode } from 'react';
import { RouterProvider } from 'react-router/dom';
import '../shared/i18n/i18n';
import { createAppRouter } from './router';
import './app.css';

const router = createAppRouter();

/** Providers: i18n is initialised on import (react-i18next's global instance); the router renders the rest. */
export function App() {
  return (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
}
