import { Component, type ReactNode } from 'react';
import { RouteErrorPage } from './route-error-page';

interface State {
  failed: boolean;
}

/**
 * Catches a page that failed to render, most often its chunk failing to download, and shows
 * RouteErrorPage inside the shell, so the header and language switch stay usable. Keyed by the
 * path where it is used, so opening another page starts afresh.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A page failed to render', error);
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
