// Catches a crash (or a lazy chunk that fails to load) below it and shows `fallback` with the error's
// message instead of unmounting the page. Remount it (a new `key`) to try again.
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  fallback(message: string): ReactNode;
}

export class ErrorBoundary extends Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error);
  }
}
