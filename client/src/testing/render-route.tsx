import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes } from '../app/router';

/**
 * Renders the real app routes (shell included) at a URL, in memory, without transitions as in app.tsx;
 * `location()` says where the app is now.
 */
export function renderRoute(url: string) {
  const current: { location?: Location } = {};
  function LocationProbe() {
    current.location = useLocation();
    return null;
  }
  const rendered = render(
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  return {
    ...rendered,
    location: () => current.location!,
  };
}
