// Every page is its own lazy chunk, so the trainee's first load carries only the shell and the page opened.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { appPaths } from '../shared/config/paths';
import { AppLayout, AppLayoutFallback } from './app-layout';
import { RouteErrorPage } from './routes/route-error-page';

export const appRoutes: RouteObject[] = [
  {
    Component: AppLayout,
    HydrateFallback: AppLayoutFallback,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        // Errors inside a page render inside the shell, so the header and language switch stay usable.
        ErrorBoundary: RouteErrorPage,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/home-page')).HomePage }),
          },
          {
            path: appPaths.join,
            lazy: async () => ({ Component: (await import('../features/join-class/routes/join-page')).JoinPage }),
          },
          {
            path: appPaths.facilitatorLogin,
            lazy: async () => ({
              Component: (await import('../features/facilitator-console/routes/facilitator-login-page'))
                .FacilitatorLoginPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found-page')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
