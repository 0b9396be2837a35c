import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
      <AppErrorFallback
        error={this.state.error}
        onRetry={() => {
          this.setState({ error: null });
        }}
      />
    );
  }
}

function AppErrorFallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title={t('errors.somethingWentWrong')}
        description={t('errors.somethingWentWrongHelp')}
        details={[{ label: t('errors.errorLabel'), value: error.message || error.name }]}
        onRetry={onRetry}
        error={error}
      />
    </Container>
  );
}
