import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Container } from '@mantine/core';
import { ErrorPanel } from './error-panel';

interface AppErrorBoundaryProps {
  readonly children: ReactNode;
}

interface AppErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * The last line of defence: anything that escapes the route boundaries lands here instead of a white
 * screen. "Try again" re-renders the app in place, so the URL (and the user's place) is kept.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unexpected error in the dashboard', error.name, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <ErrorPanel
          title="Something went wrong"
          description="The dashboard hit an unexpected problem. Your place is kept: try again, and if it keeps happening, reload the page."
          details={[{ label: 'Error', value: this.state.error.message || this.state.error.name }]}
          onRetry={() => {
            this.setState({ error: null });
          }}
        />
      </Container>
    );
  }
}
