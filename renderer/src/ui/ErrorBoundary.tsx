import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches a rendering failure in one screen so the rest of the app (navigation, sign-out, lock) keeps
 * working. Data is never at risk here: every write has already finished or been rolled back.
 */
export class ErrorBoundary extends Component<
  { readonly fallback: (reset: () => void) => ReactNode; readonly children: ReactNode },
  { readonly hasError: boolean }
> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasError
      ? this.props.fallback(() => this.setState({ hasError: false }))
      : this.props.children;
  }
}
