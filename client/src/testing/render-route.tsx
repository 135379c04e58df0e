import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../app/router';

/** Renders the real app routes (shell included) at a URL, in memory. */
export function renderRoute(url: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}
